#include "ErrorCodes.h"
#include "Pkcs11Ecdsa.h"
#include "Pkcs11Objects.h"
#include "Pkcs11Session.h"
#include "tst_pkcs11_softhsm.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/pem.h>

#include <dlfcn.h>

using namespace guichet;
using namespace guichet::pkcs11;
using softhsm::failure;

Q_DECLARE_METATYPE(guichet::pkcs11::SignatureScheme)
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

// PKCS#1 v1.5 is deterministic: OpenSSL with the software key gives the same bytes.
QByteArray softwarePkcs1Signature(const QString& keyPem, HashAlgorithm hash,
                                  const QByteArray& digest)
{
    QFile file(keyPem);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    softhsm::KeyPtr key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    EVP_PKEY_CTX* ctx = key ? EVP_PKEY_CTX_new(key.get(), nullptr) : nullptr;
    unsigned char signature[512];
    size_t length = sizeof signature;
    const bool ok = ctx && EVP_PKEY_sign_init(ctx) == 1 &&
                    EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 &&
                    EVP_PKEY_CTX_set_signature_md(ctx, softhsm::evpHash(hash)) == 1 &&
                    EVP_PKEY_sign(ctx, signature, &length,
                                  reinterpret_cast<const unsigned char*>(digest.constData()),
                                  size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok ? QByteArray(reinterpret_cast<const char*>(signature), qsizetype(length))
              : QByteArray();
}

} // namespace

// Signatures made through the API on SoftHSM keys, checked with OpenSSL against the
// test PKI's certificates.
class TestPkcs11SoftHsmSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_tokens.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Result<std::unique_ptr<Module>> loaded = Module::load(softhsm::module);
        QVERIFY2(loaded.ok(), qPrintable(failure(loaded)));
        m_module = std::move(loaded).value();
        m_citizen = softhsm::slotOf(*m_module, softhsm::citizen);
        m_stick = softhsm::slotOf(*m_module, softhsm::stick);
        QVERIFY(m_citizen != ~0UL && m_stick != ~0UL);
    }

    void cleanupTestCase() { m_module.reset(); }

    void signaturesVerify_data()
    {
        QTest::addColumn<bool>("onStick");
        QTest::addColumn<QByteArray>("keyId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<SignatureScheme>("scheme");
        QTest::addColumn<HashAlgorithm>("hash");
        const auto pkcs1 = SignatureScheme::RsaPkcs1v15;
        const auto pss = SignatureScheme::RsaPss;
        const auto ecdsa = SignatureScheme::Ecdsa;
        const QByteArray id1 = QByteArray::fromHex("01");
        const QByteArray id2 = QByteArray::fromHex("02");
        const QByteArray id3 = QByteArray::fromHex("03");
        for (auto [hash, name] : {std::pair{HashAlgorithm::Sha256, "SHA-256"},
                                  std::pair{HashAlgorithm::Sha384, "SHA-384"},
                                  std::pair{HashAlgorithm::Sha512, "SHA-512"}}) {
            QTest::addRow("citizen-sign RSA PKCS#1 v1.5 %s", name)
                << false << id2 << QStringLiteral("citizen-sign") << pkcs1 << hash;
            QTest::addRow("citizen-auth RSA-PSS %s", name)
                << false << id1 << QStringLiteral("citizen-auth") << pss << hash;
            QTest::addRow("stick-auth ECDSA P-256 %s", name)
                << true << id1 << QStringLiteral("stick-auth") << ecdsa << hash;
            QTest::addRow("stick-sign-ec ECDSA P-384 %s", name)
                << true << id3 << QStringLiteral("stick-sign-ec") << ecdsa << hash;
        }
        // The always-authenticate key: context-specific login on every signature.
        QTest::newRow("stick-sign RSA PKCS#1 v1.5 SHA-256 always-auth")
            << true << id2 << QStringLiteral("stick-sign") << pkcs1 << HashAlgorithm::Sha256;
        QTest::newRow("stick-sign RSA-PSS SHA-384 always-auth")
            << true << id2 << QStringLiteral("stick-sign") << pss << HashAlgorithm::Sha384;
    }

    void signaturesVerify()
    {
        QFETCH(bool, onStick);
        QFETCH(QByteArray, keyId);
        QFETCH(QString, name);
        QFETCH(SignatureScheme, scheme);
        QFETCH(HashAlgorithm, hash);
        const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), qtHash(hash));
        Result<QByteArray> signature = m_module->sign(onStick ? m_stick : m_citizen, keyId, scheme,
                                                      hash, digest, softhsm::pin("123456"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        const QByteArray certificate = softhsm::pkiFile(name + QStringLiteral(".cert.der"));
        QVERIFY(softhsm::verifyDigest(certificate, scheme, hash, digest, signature.value()));
        // A changed digest must not verify (the check itself works).
        QByteArray other = digest;
        other[0] = char(other[0] ^ 1);
        QVERIFY(!softhsm::verifyDigest(certificate, scheme, hash, other, signature.value()));
    }

    void pkcs1MatchesOpenSsl()
    {
        const QByteArray digest =
            QCryptographicHash::hash("DigestInfo", QCryptographicHash::Sha384);
        Result<QByteArray> signature =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha384, digest, softhsm::pin("123456"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(signature.value().toHex(),
                 softwarePkcs1Signature(softhsm::pkiPath(QStringLiteral("citizen-sign.key.pem")),
                                        HashAlgorithm::Sha384, digest)
                     .toHex());
    }

    void messageVerifiesWithDigestVerify()
    {
        const QByteArray message("Demande de certificat de résidence, Luxembourg-Ville");
        const QByteArray digest = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
        Result<QByteArray> rsa =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha256, digest, softhsm::pin("123456"));
        QVERIFY(rsa.ok());
        QVERIFY(softhsm::verifyMessage(softhsm::pkiFile(QStringLiteral("citizen-sign.cert.der")),
                                       HashAlgorithm::Sha256, message, rsa.value()));
        Result<QByteArray> ec =
            m_module->sign(m_stick, QByteArray::fromHex("01"), SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, digest, softhsm::pin("123456"));
        QVERIFY(ec.ok());
        QVERIFY(softhsm::verifyMessage(softhsm::pkiFile(QStringLiteral("stick-auth.cert.der")),
                                       HashAlgorithm::Sha256, message, ec.value()));
    }

    void ecdsaRawForm()
    {
        const QByteArray digest = QCryptographicHash::hash("raw", QCryptographicHash::Sha384);
        Result<QByteArray> raw = m_module->sign(m_stick, QByteArray::fromHex("03"),
                                                SignatureScheme::Ecdsa, HashAlgorithm::Sha384,
                                                digest, softhsm::pin("123456"), EcdsaEncoding::Raw);
        QVERIFY2(raw.ok(), qPrintable(failure(raw)));
        QCOMPARE(raw.value().size(), 96); // P-384: r and s of 48 bytes
        Result<QByteArray> der = ecdsaRawToDer(raw.value());
        QVERIFY(der.ok());
        QVERIFY(softhsm::verifyDigest(softhsm::pkiFile(QStringLiteral("stick-sign-ec.cert.der")),
                                      SignatureScheme::Ecdsa, HashAlgorithm::Sha384, digest,
                                      der.value()));
    }

    void softHsmEnforcesAlwaysAuthenticate()
    {
        // Without the context-specific login SoftHSM refuses C_Sign with this key: a
        // signature from it proves the layer took that path.
        Result<Session> session = Session::open(rawFunctions(), m_stick);
        QVERIFY2(session.ok(), qPrintable(failure(session)));
        QVERIFY(session.value().login(softhsm::pin("123456"), false).ok());
        Result<PrivateKey> key = findPrivateKey(session.value(), QByteArray::fromHex("02"));
        QVERIFY2(key.ok(), qPrintable(failure(key)));
        QVERIFY(key.value().alwaysAuthenticate);
        CK_MECHANISM mechanism{CKM_RSA_PKCS, nullptr, 0};
        CK_FUNCTION_LIST* f = session.value().functions();
        QCOMPARE(f->C_SignInit(session.value().handle(), &mechanism, key.value().handle),
                 CK_RV(CKR_OK));
        QByteArray input = digestInfo(HashAlgorithm::Sha256, QByteArray(32, '\x01'));
        unsigned char out[512];
        CK_ULONG length = sizeof out;
        QCOMPARE(f->C_Sign(session.value().handle(), reinterpret_cast<CK_BYTE*>(input.data()),
                           CK_ULONG(input.size()), out, &length),
                 CK_RV(CKR_USER_NOT_LOGGED_IN));
    }

    void alwaysAuthenticateInASigningSession()
    {
        Result<std::unique_ptr<SigningSession>> session =
            m_module->openSigningSession(m_stick, softhsm::pin("123456"));
        QVERIFY2(session.ok(), qPrintable(failure(session)));
        const QByteArray certificate = softhsm::pkiFile(QStringLiteral("stick-sign.cert.der"));
        for (int i = 0; i < 3; ++i) {
            const QByteArray digest =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
            Result<QByteArray> signature =
                session.value()->sign(QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                                      HashAlgorithm::Sha256, digest, softhsm::pin("123456"));
            QVERIFY2(signature.ok(), qPrintable(failure(signature)));
            QVERIFY(softhsm::verifyDigest(certificate, SignatureScheme::RsaPkcs1v15,
                                          HashAlgorithm::Sha256, digest, signature.value()));
        }
        QCOMPARE(session.value()->contextSpecificLogins(), 3);
        // A key without the attribute needs no second login.
        Result<QByteArray> ec =
            session.value()->sign(QByteArray::fromHex("01"), SignatureScheme::Ecdsa,
                                  HashAlgorithm::Sha256, QByteArray(32, '\x07'), SecretBuffer());
        QVERIFY2(ec.ok(), qPrintable(failure(ec)));
        QCOMPARE(session.value()->contextSpecificLogins(), 3);
    }

    void wrongContextPin()
    {
        Result<std::unique_ptr<SigningSession>> session =
            m_module->openSigningSession(m_stick, softhsm::pin("123456"));
        QVERIFY(session.ok());
        const QByteArray digest(32, '\x09');
        Result<QByteArray> signature =
            session.value()->sign(QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                                  HashAlgorithm::Sha256, digest, softhsm::pin("999999"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QCOMPARE(signature.error().detail(),
                 QStringLiteral("C_Login(context-specific): CKR_PIN_INCORRECT (0xa0)"));
        signature = session.value()->sign(QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                                          HashAlgorithm::Sha256, digest, softhsm::pin("123456"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
    }

    void digestOfTheWrongSize()
    {
        Result<QByteArray> signature =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha512, QByteArray(32, '\x01'), softhsm::pin("123456"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::DigestInvalid));
    }

    void schemeOfTheWrongKeyType()
    {
        // Known before login from the certificate: the PIN is not used.
        Result<QByteArray> signature =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, QByteArray(32, '\x01'), softhsm::pin("000000"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::MechanismNotSupported));
        Result<TokenInfo> token = m_module->tokenInfo(m_citizen);
        QVERIFY(token.ok());
        QCOMPARE(token.value().pinState, PinState::Ok);
    }

    void unknownKey()
    {
        Result<QByteArray> signature =
            m_module->sign(m_citizen, QByteArray::fromHex("7f"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha256, QByteArray(32, '\x01'), softhsm::pin("123456"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::KeyNotFound));
    }

private:
    CK_FUNCTION_LIST* rawFunctions()
    {
        // The same module instance the Module uses (the loader counts references).
        void* handle = dlopen(SOFTHSM_MODULE, RTLD_NOW | RTLD_NOLOAD);
        auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
        CK_FUNCTION_LIST* list = nullptr;
        getList(&list);
        dlclose(handle);
        return list;
    }

    softhsm::Tokens m_tokens;
    std::unique_ptr<Module> m_module;
    unsigned long m_citizen = 0;
    unsigned long m_stick = 0;
};

QTEST_GUILESS_MAIN(TestPkcs11SoftHsmSigning)
#include "tst_pkcs11_softhsm_signing.moc"
