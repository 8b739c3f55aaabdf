#pragma once

// Independent checks of signed PDFs for the PAdES tests: poppler's pdfsig and
// pdfdetach, OpenSSL's command line, and the signature's pieces cut out by hand
// (not with the code under test). Also a software-key Signer and a signer wrapper
// that counts and times the calls to the key.
#include "Signer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace guichet::test {

struct CommandRun
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

inline CommandRun runCommand(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    CommandRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray pemOfCertificate(const QByteArray& der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

// The last signature's pieces, found by reading the PDF text directly.
struct CutSignature
{
    QByteArray cms;         // the DER, without the zero padding
    QByteArray signedBytes; // the two /ByteRange pieces, concatenated
};

inline CutSignature cutLastSignature(const QByteArray& pdf)
{
    static const QRegularExpression byteRange(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    QRegularExpressionMatch last;
    for (auto it = byteRange.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        last = it.next();
    CutSignature cut;
    if (!last.hasMatch())
        return cut;
    const qsizetype length1 = last.captured(2).toLongLong();
    const qsizetype start2 = last.captured(3).toLongLong();
    const qsizetype length2 = last.captured(4).toLongLong();
    cut.signedBytes = pdf.left(length1) + pdf.mid(start2, length2);
    QByteArray der = QByteArray::fromHex(pdf.mid(length1 + 1, start2 - length1 - 2));
    // The outer SEQUENCE's own length says where the padding starts.
    if (der.size() > 2 && uchar(der.at(0)) == 0x30) {
        const int first = uchar(der.at(1));
        qsizetype header = 2;
        qsizetype length = first;
        if (first & 0x80) {
            length = 0;
            for (int i = 0; i < (first & 0x7F) && header < der.size(); ++i)
                length = (length << 8) | uchar(der.at(header++));
        }
        der.truncate(header + length);
    }
    cut.cms = der;
    return cut;
}

// An NSS database that trusts the given CA certificates, for pdfsig -nssdir.
class NssTrust
{
public:
    bool create(const QList<QByteArray>& caPems)
    {
        if (!m_dir.isValid() || runCommand(QStringLiteral("certutil"),
                                           {"-N", "--empty-password", "-d", databaseArgument()})
                                        .exitCode != 0)
            return false;
        for (qsizetype i = 0; i < caPems.size(); ++i) {
            const QString file = m_dir.filePath(QStringLiteral("ca%1.pem").arg(i));
            if (!writeFile(file, caPems.at(i)) ||
                runCommand(QStringLiteral("certutil"),
                           {"-A", "-t", "CT,C,C", "-n", QStringLiteral("ca%1").arg(i), "-i", file,
                            "-d", databaseArgument()})
                        .exitCode != 0)
                return false;
        }
        return true;
    }
    [[nodiscard]] QString databaseArgument() const { return QStringLiteral("sql:") + m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A plain RSA key in software (PKCS#1 v1.5), as a stand-in for an RSA card.
class SoftwareRsaSigner final : public Signer
{
public:
    SoftwareRsaSigner(QByteArray certificateDer, const QByteArray& privateKeyPem)
        : m_certificate(std::move(certificateDer))
    {
        BIO* bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
        m_key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    ~SoftwareRsaSigner() override { EVP_PKEY_free(m_key); }
    SoftwareRsaSigner(const SoftwareRsaSigner&) = delete;
    SoftwareRsaSigner& operator=(const SoftwareRsaSigner&) = delete;

    [[nodiscard]] bool isValid() const { return m_key != nullptr && !m_certificate.isEmpty(); }
    QByteArray certificate() const override { return m_certificate; }
    SignatureAlgorithm algorithm() const override { return SignatureAlgorithm::RsaPkcs1v15; }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm) override
    {
        EVP_PKEY_CTX* context = EVP_PKEY_CTX_new(m_key, nullptr);
        size_t length = 0;
        QByteArray signature;
        if (context && EVP_PKEY_sign_init(context) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) == 1 &&
            EVP_PKEY_CTX_set_signature_md(context, EVP_sha256()) == 1 &&
            EVP_PKEY_sign(context, nullptr, &length,
                          reinterpret_cast<const unsigned char*>(digest.constData()),
                          size_t(digest.size())) == 1) {
            signature.resize(qsizetype(length));
            if (EVP_PKEY_sign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                              reinterpret_cast<const unsigned char*>(digest.constData()),
                              size_t(digest.size())) != 1)
                signature.clear();
            signature.truncate(qsizetype(length));
        }
        EVP_PKEY_CTX_free(context);
        if (signature.isEmpty())
            return Error(QStringLiteral("SIGN-003"), QStringLiteral("software RSA signing failed"));
        return signature;
    }

private:
    QByteArray m_certificate;
    EVP_PKEY* m_key = nullptr;
};

// Passes through to another signer, counting the calls and the time spent in them
// (the card's own time, left out of the figures).
class CountingSigner final : public Signer
{
public:
    explicit CountingSigner(Signer& inner) : m_inner(inner) {}
    QByteArray certificate() const override { return m_inner.certificate(); }
    SignatureAlgorithm algorithm() const override { return m_inner.algorithm(); }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm algorithm) override
    {
        ++calls;
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> signature = m_inner.signDigest(digest, algorithm);
        nanosecondsInSigner += timer.nsecsElapsed();
        return signature;
    }

    int calls = 0;
    qint64 nanosecondsInSigner = 0;

private:
    Signer& m_inner;
};

} // namespace guichet::test
