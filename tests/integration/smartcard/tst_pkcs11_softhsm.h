#pragma once

// Shared by the SoftHSM integration tests: tokens made by
// tests/support/softhsm/make-tokens.sh in a private folder, and signature checks
// with OpenSSL against the test PKI's certificates.
#include "Pkcs11Module.h"
#include "Pkcs11Signing.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace softhsm {

inline const QString module = QStringLiteral(SOFTHSM_MODULE);
inline const QString citizen = QStringLiteral("citizen eID");
inline const QString stick = QStringLiteral("signing stick");

inline guichet::SecretBuffer pin(const char* text)
{
    return guichet::SecretBuffer::fromLatin1(text, std::strlen(text), 300);
}

// QVERIFY2 evaluates its message even when the check passes.
template <typename T>
QString failure(const guichet::Result<T>& result)
{
    return result.ok() ? QString()
                       : result.error().code() + QLatin1Char(' ') + result.error().detail();
}

inline QString pkiPath(const QString& file)
{
    return qEnvironmentVariable("GUICHET_TEST_PKI") + QLatin1Char('/') + file;
}

inline QByteArray pkiFile(const QString& file)
{
    QFile in(pkiPath(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// A folder of fresh SoftHSM tokens; SOFTHSM2_CONF points to it from create() on.
class Tokens
{
public:
    // Empty on success, otherwise what went wrong.
    QString create()
    {
        if (!QFile::exists(module))
            return module + QStringLiteral(" is missing (package softhsm2)");
        if (!QFile::exists(pkiPath(QStringLiteral(".complete"))))
            return QStringLiteral("GUICHET_TEST_PKI is not a complete test PKI (run via ctest)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QProcess script;
        script.start(QStringLiteral("bash"), {QStringLiteral(MAKE_TOKENS), m_dir.path(),
                                              qEnvironmentVariable("GUICHET_TEST_PKI")});
        if (!script.waitForFinished(60000) || script.exitCode() != 0)
            return QStringLiteral("make-tokens.sh failed: ") +
                   QString::fromLocal8Bit(script.readAllStandardError());
        const QByteArray conf = QFile::encodeName(m_dir.filePath(QStringLiteral("softhsm2.conf")));
        if (!script.readAllStandardOutput().trimmed().endsWith(conf))
            return QStringLiteral("make-tokens.sh did not print the configuration path");
        // SoftHSM reads it in C_Initialize, so before Module::load.
        qputenv("SOFTHSM2_CONF", conf);
        return {};
    }

private:
    QTemporaryDir m_dir;
};

inline unsigned long slotOf(const guichet::pkcs11::Module& loaded, const QString& label)
{
    const auto tokens = loaded.tokens();
    if (tokens)
        for (const auto& token : tokens.value())
            if (token.label == label)
                return token.slotId;
    return ~0UL;
}

inline const EVP_MD* evpHash(guichet::pkcs11::HashAlgorithm hash)
{
    using guichet::pkcs11::HashAlgorithm;
    switch (hash) {
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha384:
        return EVP_sha384();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;

inline KeyPtr certificateKey(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509* certificate = d2i_X509(nullptr, &data, long(der.size()));
    if (!certificate)
        return nullptr;
    KeyPtr key(X509_get_pubkey(certificate));
    X509_free(certificate);
    return key;
}

// EVP_PKEY_verify of a signature over a digest with the certificate's public key.
inline bool verifyDigest(const QByteArray& certificateDer, guichet::pkcs11::SignatureScheme scheme,
                         guichet::pkcs11::HashAlgorithm hash, const QByteArray& digest,
                         const QByteArray& signature)
{
    using guichet::pkcs11::SignatureScheme;
    KeyPtr key = certificateKey(certificateDer);
    if (!key)
        return false;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key.get(), nullptr);
    bool ok = ctx && EVP_PKEY_verify_init(ctx) == 1 &&
              EVP_PKEY_CTX_set_signature_md(ctx, evpHash(hash)) == 1;
    if (ok && scheme == SignatureScheme::RsaPkcs1v15)
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1;
    if (ok && scheme == SignatureScheme::RsaPss)
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, evpHash(hash)) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, guichet::pkcs11::digestLength(hash)) == 1;
    ok = ok && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                               size_t(signature.size()),
                               reinterpret_cast<const unsigned char*>(digest.constData()),
                               size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

// EVP_DigestVerify over the whole message, as a relying party would check it.
inline bool verifyMessage(const QByteArray& certificateDer, guichet::pkcs11::HashAlgorithm hash,
                          const QByteArray& message, const QByteArray& signature)
{
    KeyPtr key = certificateKey(certificateDer);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        key && ctx && EVP_DigestVerifyInit(ctx, nullptr, evpHash(hash), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace softhsm
