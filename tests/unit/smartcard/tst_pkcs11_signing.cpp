#include "ErrorCodes.h"
#include "Pkcs11Signing.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace guichet;
using namespace guichet::pkcs11;

Q_DECLARE_METATYPE(guichet::pkcs11::HashAlgorithm)

namespace {

QCryptographicHash::Algorithm qtHash(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case HashAlgorithm::Sha384:
        return QCryptographicHash::Sha384;
    case HashAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

const EVP_MD* evpHash(HashAlgorithm hash)
{
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

// The DigestInfo OpenSSL itself puts into a PKCS#1 v1.5 signature: sign with the
// hash set, then recover the padded content without it.
QByteArray openSslDigestInfo(EVP_PKEY* key, HashAlgorithm hash, const QByteArray& digest)
{
    const auto* in = reinterpret_cast<const unsigned char*>(digest.constData());
    EVP_PKEY_CTX* sign = EVP_PKEY_CTX_new(key, nullptr);
    unsigned char signature[512];
    size_t signatureLength = sizeof signature;
    bool ok = EVP_PKEY_sign_init(sign) == 1 &&
              EVP_PKEY_CTX_set_rsa_padding(sign, RSA_PKCS1_PADDING) == 1 &&
              EVP_PKEY_CTX_set_signature_md(sign, evpHash(hash)) == 1 &&
              EVP_PKEY_sign(sign, signature, &signatureLength, in, size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(sign);
    if (!ok)
        return {};
    EVP_PKEY_CTX* recover = EVP_PKEY_CTX_new(key, nullptr);
    unsigned char content[512];
    size_t contentLength = sizeof content;
    ok = EVP_PKEY_verify_recover_init(recover) == 1 &&
         EVP_PKEY_CTX_set_rsa_padding(recover, RSA_PKCS1_PADDING) == 1 &&
         EVP_PKEY_verify_recover(recover, content, &contentLength, signature, signatureLength) == 1;
    EVP_PKEY_CTX_free(recover);
    return ok ? QByteArray(reinterpret_cast<const char*>(content), qsizetype(contentLength))
              : QByteArray();
}

} // namespace

class TestPkcs11Signing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_rsaKey = EVP_RSA_gen(2048); }
    void cleanupTestCase() { EVP_PKEY_free(m_rsaKey); }

    void digestInfo_data()
    {
        QTest::addColumn<HashAlgorithm>("hash");
        QTest::addColumn<QByteArray>("prefix");
        // RFC 8017 §9.2, note 1.
        QTest::newRow("SHA-256") << HashAlgorithm::Sha256
                                 << QByteArray::fromHex("3031300d060960864801650304020105000420");
        QTest::newRow("SHA-384") << HashAlgorithm::Sha384
                                 << QByteArray::fromHex("3041300d060960864801650304020205000430");
        QTest::newRow("SHA-512") << HashAlgorithm::Sha512
                                 << QByteArray::fromHex("3051300d060960864801650304020305000440");
    }

    void digestInfo()
    {
        QFETCH(HashAlgorithm, hash);
        QFETCH(QByteArray, prefix);
        const QByteArray digest = QCryptographicHash::hash("Guichet", qtHash(hash));
        QCOMPARE(digest.size(), digestLength(hash));
        const QByteArray info = pkcs11::digestInfo(hash, digest);
        QCOMPARE(info, prefix + digest);
        QVERIFY(m_rsaKey);
        QCOMPARE(info, openSslDigestInfo(m_rsaKey, hash, digest));
    }

    void digestSizeIsChecked_data()
    {
        QTest::addColumn<HashAlgorithm>("hash");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("accepted");
        for (auto [hash, name] : {std::pair{HashAlgorithm::Sha256, "sha256"},
                                  std::pair{HashAlgorithm::Sha384, "sha384"},
                                  std::pair{HashAlgorithm::Sha512, "sha512"}}) {
            for (int size : {0, 20, 31, 32, 33, 48, 64, 65})
                QTest::addRow("%s-%d", name, size) << hash << size << (size == digestLength(hash));
        }
    }

    void digestSizeIsChecked()
    {
        QFETCH(HashAlgorithm, hash);
        QFETCH(int, size);
        QFETCH(bool, accepted);
        const Status status = checkDigest(hash, QByteArray(size, '\x11'));
        QCOMPARE(status.ok(), accepted);
        if (!accepted) {
            QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::DigestInvalid));
            QVERIFY(status.error().detail().contains(QString::number(size)));
        }
    }

    void pkcs1v15SignsTheDigestInfo()
    {
        Result<SignMechanism> mechanism =
            SignMechanism::make(SignatureScheme::RsaPkcs1v15, HashAlgorithm::Sha384, KeyType::Rsa);
        QVERIFY(mechanism.ok());
        QCOMPARE(mechanism.value().type(), CK_MECHANISM_TYPE(CKM_RSA_PKCS));
        const CK_MECHANISM ck = mechanism.value().mechanism();
        QCOMPARE(ck.pParameter, nullptr);
        const QByteArray digest(48, '\x22');
        QCOMPARE(mechanism.value().input(digest),
                 pkcs11::digestInfo(HashAlgorithm::Sha384, digest));
    }

    void pssParametersFollowTheHash_data()
    {
        QTest::addColumn<HashAlgorithm>("hash");
        QTest::addColumn<qulonglong>("hashMechanism");
        QTest::addColumn<qulonglong>("mgf");
        QTest::addColumn<qulonglong>("saltLength");
        QTest::newRow("SHA-256") << HashAlgorithm::Sha256 << qulonglong(CKM_SHA256)
                                 << qulonglong(CKG_MGF1_SHA256) << 32ULL;
        QTest::newRow("SHA-384") << HashAlgorithm::Sha384 << qulonglong(CKM_SHA384)
                                 << qulonglong(CKG_MGF1_SHA384) << 48ULL;
        QTest::newRow("SHA-512") << HashAlgorithm::Sha512 << qulonglong(CKM_SHA512)
                                 << qulonglong(CKG_MGF1_SHA512) << 64ULL;
    }

    void pssParametersFollowTheHash()
    {
        QFETCH(HashAlgorithm, hash);
        QFETCH(qulonglong, hashMechanism);
        QFETCH(qulonglong, mgf);
        QFETCH(qulonglong, saltLength);
        Result<SignMechanism> mechanism =
            SignMechanism::make(SignatureScheme::RsaPss, hash, KeyType::Rsa);
        QVERIFY(mechanism.ok());
        const CK_MECHANISM ck = mechanism.value().mechanism();
        QCOMPARE(ck.mechanism, CK_MECHANISM_TYPE(CKM_RSA_PKCS_PSS));
        QCOMPARE(ck.ulParameterLen, CK_ULONG(sizeof(CK_RSA_PKCS_PSS_PARAMS)));
        const auto* params = static_cast<const CK_RSA_PKCS_PSS_PARAMS*>(ck.pParameter);
        QCOMPARE(qulonglong(params->hashAlg), hashMechanism);
        QCOMPARE(qulonglong(params->mgf), mgf);
        QCOMPARE(qulonglong(params->sLen), saltLength);
        const QByteArray digest(digestLength(hash), '\x33');
        QCOMPARE(mechanism.value().input(digest), digest);
    }

    void ecdsaSignsTheBareDigest()
    {
        Result<SignMechanism> mechanism =
            SignMechanism::make(SignatureScheme::Ecdsa, HashAlgorithm::Sha256, KeyType::Ec);
        QVERIFY(mechanism.ok());
        QCOMPARE(mechanism.value().type(), CK_MECHANISM_TYPE(CKM_ECDSA));
        const QByteArray digest(32, '\x44');
        QCOMPARE(mechanism.value().input(digest), digest);
    }

    void schemeMustFitTheKey()
    {
        const QString unsupported = QString::fromLatin1(ErrorCode::MechanismNotSupported);
        auto code = [](SignatureScheme scheme, KeyType key) {
            Result<SignMechanism> m = SignMechanism::make(scheme, HashAlgorithm::Sha256, key);
            return m.ok() ? QString() : m.error().code();
        };
        QCOMPARE(code(SignatureScheme::Ecdsa, KeyType::Rsa), unsupported);
        QCOMPARE(code(SignatureScheme::RsaPkcs1v15, KeyType::Ec), unsupported);
        QCOMPARE(code(SignatureScheme::RsaPss, KeyType::Ec), unsupported);
        QCOMPARE(code(SignatureScheme::Ecdsa, KeyType::Ec), QString());
    }

private:
    EVP_PKEY* m_rsaKey = nullptr;
};

QTEST_GUILESS_MAIN(TestPkcs11Signing)
#include "tst_pkcs11_signing.moc"
