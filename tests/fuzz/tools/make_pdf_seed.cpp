// Makes the signed-PDF seed of fuzz_pdf_signature and the CMS seed of fuzz_cms with
// the project's own PAdES signer, so the fuzzers start from a signature that verifies
// (called by tests/fuzz/make_pki_seeds.sh; not part of the test suite).
// Usage: fuzz_make_pdf_seed UNSIGNED.pdf KEY.pem CERT.der CA.der SIGNED.pdf CMS.bin TWICE.pdf
// CMS.bin is the SHA-256 of the signed bytes followed by the DER CMS (fuzz_cms's input);
// TWICE.pdf is SIGNED.pdf signed once more (two signature fields, two updates).
#include "CadesVerification.h"
#include "PadesSigner.h"
#include "PadesVerifier.h"
#include "PdfByteRange.h"
#include "PdfSignatureLocator.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstdio>

using namespace guichet;

namespace {

QByteArray readFile(const char* path)
{
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const char* path, const QByteArray& bytes)
{
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// RSA PKCS#1 v1.5 over a SHA-256 digest with a key from a PEM file.
class PemRsaSigner final : public Signer
{
public:
    PemRsaSigner(const QByteArray& keyPem, QByteArray certificateDer)
        : m_certificate(std::move(certificateDer))
    {
        BIO* bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        m_key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(bio);
    }
    ~PemRsaSigner() override { EVP_PKEY_free(m_key); }
    PemRsaSigner(const PemRsaSigner&) = delete;
    PemRsaSigner& operator=(const PemRsaSigner&) = delete;

    [[nodiscard]] bool isValid() const { return m_key && !m_certificate.isEmpty(); }
    QByteArray certificate() const override { return m_certificate; }
    SignatureAlgorithm algorithm() const override { return SignatureAlgorithm::RsaPkcs1v15; }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm) override
    {
        EVP_PKEY_CTX* context = EVP_PKEY_CTX_new(m_key, nullptr);
        const auto* in = reinterpret_cast<const unsigned char*>(digest.constData());
        std::size_t length = 0;
        QByteArray signature;
        if (context && EVP_PKEY_sign_init(context) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) == 1 &&
            EVP_PKEY_CTX_set_signature_md(context, EVP_sha256()) == 1 &&
            EVP_PKEY_sign(context, nullptr, &length, in, std::size_t(digest.size())) == 1) {
            signature.resize(qsizetype(length));
            if (EVP_PKEY_sign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                              in, std::size_t(digest.size())) == 1)
                signature.truncate(qsizetype(length));
            else
                signature.clear();
        }
        EVP_PKEY_CTX_free(context);
        if (signature.isEmpty())
            return Error(QStringLiteral("SIGN-003"), QStringLiteral("RSA signing failed"));
        return signature;
    }

private:
    QByteArray m_certificate;
    EVP_PKEY* m_key = nullptr;
};

// The length of the DER object at the start of `der` (the CMS without its padding).
qsizetype derLength(const QByteArray& der)
{
    if (der.size() < 2)
        return 0;
    const int first = quint8(der.at(1));
    if (first < 0x80)
        return 2 + first;
    const int count = first & 0x7F;
    qsizetype length = 0;
    for (int i = 0; i < count && 2 + i < der.size(); ++i)
        length = length << 8 | quint8(der.at(2 + i));
    return 2 + count + length;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 8) {
        std::fprintf(
            stderr, "usage: %s UNSIGNED.pdf KEY.pem CERT.der CA.der SIGNED.pdf CMS.bin TWICE.pdf\n",
            argv[0]);
        return 2;
    }
    PemRsaSigner signer(readFile(argv[2]), readFile(argv[3]));
    if (!signer.isValid()) {
        std::fprintf(stderr, "cannot read the key or the certificate\n");
        return 1;
    }
    forms::PadesOptions options;
    options.signingTime = QDateTime(QDate(2026, 3, 10), QTime(17, 44, 3), Qt::UTC);
    options.signerName = QStringLiteral("Marie Schmit");
    options.reason = QStringLiteral("Demande signée — seed de fuzzing");
    options.chainCertificates = {readFile(argv[4])};
    options.reservedSignatureBytes = 4096; // a small seed: the real client reserves 16 KiB
    const Result<QByteArray> signedPdf = forms::signPdf(readFile(argv[1]), signer, options);
    if (!signedPdf) {
        std::fprintf(stderr, "signing failed: %s\n", qPrintable(signedPdf.error().detail()));
        return 1;
    }
    const Result<forms::PadesCheck> check = forms::verifyPdf(signedPdf.value());
    const Result<forms::pdf::FoundSignature> found =
        forms::pdf::findLastSignature(signedPdf.value());
    if (!check || !found) {
        std::fprintf(stderr, "the signed seed does not verify\n");
        return 1;
    }
    const QByteArray digest =
        forms::pdf::sha256OverByteRange(signedPdf.value(), found.value().range);
    const QByteArray cms = found.value().contents.left(derLength(found.value().contents));
    if (!forms::pdf::verifyCadesSignature(cms, digest)) {
        std::fprintf(stderr, "the CMS seed does not verify\n");
        return 1;
    }
    const Result<QByteArray> twice = forms::signPdf(signedPdf.value(), signer, options);
    if (!twice || !forms::verifyPdf(twice.value())) {
        std::fprintf(stderr, "the second signature failed\n");
        return 1;
    }
    return writeFile(argv[5], signedPdf.value()) && writeFile(argv[6], digest + cms) &&
                   writeFile(argv[7], twice.value())
               ? 0
               : 1;
}
