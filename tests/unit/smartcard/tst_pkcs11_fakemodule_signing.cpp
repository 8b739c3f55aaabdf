#include "ErrorCodes.h"
#include "Pkcs11Module.h"
#include "Pkcs11Signing.h"
#include "tst_pkcs11_fakemodule.h"

#include <QTest>

#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::pkcs11;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
template <typename T>
QString failure(const Result<T>& result)
{
    return result.ok() ? QString()
                       : result.error().code() + QLatin1Char(' ') + result.error().detail();
}

SecretBuffer pinOf(const char* text)
{
    return SecretBuffer::fromLatin1(text, std::strlen(text), 16);
}

const QByteArray ecKey = QByteArray::fromHex("01");
const QByteArray rsaKey = QByteArray::fromHex("02");
const QByteArray sha256Digest(32, '\x5a');

QByteArray counting(int first, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(char(first + i));
    return bytes;
}

} // namespace

// Signing, login paths and errors against the fake module, where the test decides
// what the token answers and sees what the layer sent.
class TestPkcs11FakeModuleSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fake.control(), FAKE_PKCS11_MODULE " cannot be loaded"); }

    void init()
    {
        m_fake.reset();
        m_control = m_fake.control();
        Result<std::unique_ptr<Module>> module = Module::load(QStringLiteral(FAKE_PKCS11_MODULE));
        QVERIFY2(module.ok(), qPrintable(failure(module)));
        m_module = std::move(module).value();
    }

    void cleanup()
    {
        // Every operation closes what it opened.
        QCOMPARE(m_control->openSessions, 0);
        m_module.reset();
    }

    void keysVisibleWithoutLogin()
    {
        m_control->ecKeyAlwaysAuthenticate = 1;
        Result<QList<KeyObject>> keys = m_module->keys(fakepkcs11::slotId);
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 2);
        const KeyObject& ec = keys.value().at(0);
        QCOMPARE(ec.id, ecKey);
        QCOMPARE(ec.label, QStringLiteral("EC key"));
        QCOMPARE(ec.keyType, KeyType::Ec);
        QCOMPARE(ec.keyBits, 256);
        QVERIFY(ec.alwaysAuthenticate);
        QVERIFY(ec.privateKeyVisible);
        QVERIFY(ec.certificateDer.isEmpty());
        const KeyObject& rsa = keys.value().at(1);
        QCOMPARE(rsa.keyType, KeyType::Rsa);
        QCOMPARE(rsa.keyBits, 2048); // from CKA_MODULUS: the fake has no CKA_MODULUS_BITS
        QVERIFY(!rsa.alwaysAuthenticate);
        QCOMPARE(m_control->loginCalls, 0);
    }

    void ecdsaComesAsDerOrRaw()
    {
        const QByteArray raw = counting(0x01, 32) + counting(0x80, 32);
        Result<QByteArray> der = m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa,
                                                HashAlgorithm::Sha256, sha256Digest, pinOf("1234"));
        QVERIFY2(der.ok(), qPrintable(failure(der)));
        QCOMPARE(der.value().toHex(), (QByteArray::fromHex("30450220") + counting(0x01, 32) +
                                       QByteArray::fromHex("022100") + counting(0x80, 32))
                                          .toHex());
        QCOMPARE(m_control->lastSignMechanism, CK_MECHANISM_TYPE(CKM_ECDSA));
        QCOMPARE(m_control->lastSignInputLength, 32UL);
        QCOMPARE(m_control->loginCalls, 1);
        QCOMPARE(m_control->contextLoginCalls, 0);

        Result<QByteArray> plain =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"), EcdsaEncoding::Raw);
        QVERIFY(plain.ok());
        QCOMPARE(plain.value(), raw);
    }

    void rsaPkcs1SendsTheDigestInfo()
    {
        const QByteArray digest(64, '\x01');
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, rsaKey, SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha512, digest, pinOf("1234"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(signature.value().size(), 256);
        QCOMPARE(m_control->lastSignMechanism, CK_MECHANISM_TYPE(CKM_RSA_PKCS));
        QCOMPARE(m_control->lastSignInputLength, CK_ULONG(19 + 64));
    }

    void wrongDigestSizeTouchesNothing()
    {
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha384,
                           sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::DigestInvalid));
        QCOMPARE(m_control->loginCalls, 0);
        QCOMPARE(m_control->signInitCalls, 0);
    }

    void unlistedMechanismSparesThePin()
    {
        // The fake lists CKM_RSA_PKCS and CKM_ECDSA only.
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, rsaKey, SignatureScheme::RsaPss,
                           HashAlgorithm::Sha256, sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::MechanismNotSupported));
        QCOMPARE(m_control->loginCalls, 0);
    }

    void schemeOfTheWrongKeyTypeSparesThePin()
    {
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, rsaKey, SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::MechanismNotSupported));
        QCOMPARE(m_control->loginCalls, 0);
    }

    void unknownKey()
    {
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, QByteArray::fromHex("09"), SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::KeyNotFound));
        QCOMPARE(m_control->signInitCalls, 0);
    }

    void tokenRemovedWhileSigning_data()
    {
        QTest::addColumn<qulonglong>("rv");
        QTest::newRow("device removed") << qulonglong(CKR_DEVICE_REMOVED);
        QTest::newRow("token not present") << qulonglong(CKR_TOKEN_NOT_PRESENT);
        QTest::newRow("session handle invalid") << qulonglong(CKR_SESSION_HANDLE_INVALID);
        QTest::newRow("session closed") << qulonglong(CKR_SESSION_CLOSED);
    }

    void tokenRemovedWhileSigning()
    {
        QFETCH(qulonglong, rv);
        m_control->signRv = rv;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::TokenRemoved));
        QVERIFY(signature.error().detail().startsWith(QStringLiteral("C_Sign: CKR_")));
    }

    void generalErrorWhileSigning()
    {
        m_control->signRv = CKR_GENERAL_ERROR;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::TokenError));
        QCOMPARE(signature.error().detail(), QStringLiteral("C_Sign: CKR_GENERAL_ERROR (0x5)"));
    }

    void loginErrors_data()
    {
        QTest::addColumn<qulonglong>("rv");
        QTest::addColumn<QString>("code");
        QTest::newRow("incorrect")
            << qulonglong(CKR_PIN_INCORRECT) << QString::fromLatin1(ErrorCode::PinIncorrect);
        QTest::newRow("locked") << qulonglong(CKR_PIN_LOCKED)
                                << QString::fromLatin1(ErrorCode::PinBlocked);
        QTest::newRow("length") << qulonglong(CKR_PIN_LEN_RANGE)
                                << QString::fromLatin1(ErrorCode::PinFormatInvalid);
        QTest::newRow("cancelled") << qulonglong(CKR_FUNCTION_CANCELED)
                                   << QString::fromLatin1(ErrorCode::PinEntryCancelled);
        QTest::newRow("removed") << qulonglong(CKR_DEVICE_REMOVED)
                                 << QString::fromLatin1(ErrorCode::TokenRemoved);
    }

    void loginErrors()
    {
        QFETCH(qulonglong, rv);
        QFETCH(QString, code);
        m_control->loginRv = rv;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), code);
        QVERIFY(signature.error().detail().startsWith(QStringLiteral("C_Login: ")));
        QCOMPARE(m_control->signInitCalls, 0);
    }

    void lockedTokenIsNotTried()
    {
        m_control->tokenFlags |= CKF_USER_PIN_LOCKED;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinBlocked));
        QCOMPARE(m_control->loginCalls, 0);
    }

    void pinOutsideTheTokenLimitsIsNotTried()
    {
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("123456789"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinFormatInvalid));
        signature = m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa,
                                   HashAlgorithm::Sha256, sha256Digest, SecretBuffer());
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinFormatInvalid));
        QCOMPARE(m_control->loginCalls, 0);
    }

    void pinPadLoginSendsNoPin()
    {
        m_control->tokenFlags |= CKF_PROTECTED_AUTHENTICATION_PATH;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, SecretBuffer());
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(m_control->loginCalls, 1);
        QCOMPARE(m_control->lastLoginPinWasNull, 1);
        QCOMPARE(m_control->lastLoginPinLength, 0UL);
    }

    void pinPadCancelled()
    {
        m_control->tokenFlags |= CKF_PROTECTED_AUTHENTICATION_PATH;
        m_control->loginRv = CKR_FUNCTION_CANCELED;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, SecretBuffer());
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinEntryCancelled));
    }

    void pinGivenOnAPinPadTokenIsUsed()
    {
        m_control->tokenFlags |= CKF_PROTECTED_AUTHENTICATION_PATH;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("4321"));
        QVERIFY(signature.ok());
        QCOMPARE(m_control->lastLoginPinWasNull, 0);
        QCOMPARE(m_control->lastLoginPinLength, 4UL);
    }

    void alwaysAuthenticateLogsInAgain()
    {
        m_control->ecKeyAlwaysAuthenticate = 1;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, pinOf("1234"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(m_control->loginCalls, 1);
        QCOMPARE(m_control->contextLoginCalls, 1);
        QCOMPARE(m_control->lastLoginPinLength, 4UL);
    }

    void alwaysAuthenticateWithPinPad()
    {
        m_control->ecKeyAlwaysAuthenticate = 1;
        m_control->tokenFlags |= CKF_PROTECTED_AUTHENTICATION_PATH;
        Result<QByteArray> signature =
            m_module->sign(fakepkcs11::slotId, ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                           sha256Digest, SecretBuffer());
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(m_control->contextLoginCalls, 1);
        QCOMPARE(m_control->lastLoginPinWasNull, 1);
    }

    void signingSessionLogsInOnce()
    {
        m_control->ecKeyAlwaysAuthenticate = 1;
        Result<std::unique_ptr<SigningSession>> session =
            m_module->openSigningSession(fakepkcs11::slotId, pinOf("1234"));
        QVERIFY(session.ok());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(session.value()
                        ->sign(ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256, sha256Digest,
                               pinOf("1234"))
                        .ok());
            QVERIFY(session.value()
                        ->sign(rsaKey, SignatureScheme::RsaPkcs1v15, HashAlgorithm::Sha256,
                               sha256Digest, SecretBuffer())
                        .ok());
        }
        QCOMPARE(m_control->loginCalls, 1);
        QCOMPARE(session.value()->contextSpecificLogins(), 3);
        QCOMPARE(m_control->contextLoginCalls, 3);
    }

    void wrongContextPinLeavesTheSessionUsable()
    {
        m_control->ecKeyAlwaysAuthenticate = 1;
        Result<std::unique_ptr<SigningSession>> session =
            m_module->openSigningSession(fakepkcs11::slotId, pinOf("1234"));
        QVERIFY(session.ok());
        m_control->contextLoginRv = CKR_PIN_INCORRECT;
        Result<QByteArray> signature = session.value()->sign(
            ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256, sha256Digest, pinOf("9999"));
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QCOMPARE(signature.error().detail(),
                 QStringLiteral("C_Login(context-specific): CKR_PIN_INCORRECT (0xa0)"));
        // The fake keeps the operation active (as OpenSC does): the layer must drop it.
        m_control->contextLoginRv = CKR_OK;
        signature = session.value()->sign(ecKey, SignatureScheme::Ecdsa, HashAlgorithm::Sha256,
                                          sha256Digest, pinOf("1234"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(session.value()->contextSpecificLogins(), 1);
    }

    void changePin()
    {
        QVERIFY(m_module->changePin(fakepkcs11::slotId, pinOf("1234"), pinOf("5678")).ok());
        QCOMPARE(m_control->setPinCalls, 1);
        QCOMPARE(m_control->lastSetPinWasNull, 0);
    }

    void changePinErrors_data()
    {
        QTest::addColumn<qulonglong>("rv");
        QTest::addColumn<QString>("code");
        QTest::newRow("old incorrect")
            << qulonglong(CKR_PIN_INCORRECT) << QString::fromLatin1(ErrorCode::PinIncorrect);
        QTest::newRow("new invalid")
            << qulonglong(CKR_PIN_INVALID) << QString::fromLatin1(ErrorCode::NewPinRejected);
        QTest::newRow("new length")
            << qulonglong(CKR_PIN_LEN_RANGE) << QString::fromLatin1(ErrorCode::NewPinRejected);
        QTest::newRow("locked") << qulonglong(CKR_PIN_LOCKED)
                                << QString::fromLatin1(ErrorCode::PinBlocked);
        QTest::newRow("removed") << qulonglong(CKR_TOKEN_NOT_PRESENT)
                                 << QString::fromLatin1(ErrorCode::TokenRemoved);
    }

    void changePinErrors()
    {
        QFETCH(qulonglong, rv);
        QFETCH(QString, code);
        m_control->setPinRv = rv;
        const Status status = m_module->changePin(fakepkcs11::slotId, pinOf("1234"), pinOf("5678"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), code);
        QVERIFY(status.error().detail().startsWith(QStringLiteral("C_SetPIN: ")));
    }

    void newPinOutsideTheLimitsIsNotSent()
    {
        const Status status =
            m_module->changePin(fakepkcs11::slotId, pinOf("1234"), pinOf("123456789"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::NewPinRejected));
        QCOMPARE(m_control->setPinCalls, 0);
    }

    void changePinOnThePinPad()
    {
        m_control->tokenFlags |= CKF_PROTECTED_AUTHENTICATION_PATH;
        QVERIFY(m_module->changePin(fakepkcs11::slotId, SecretBuffer(), SecretBuffer()).ok());
        QCOMPARE(m_control->lastSetPinWasNull, 1);
    }

private:
    fakepkcs11::Handle m_fake{FAKE_PKCS11_MODULE};
    FakePkcs11Control* m_control = nullptr;
    std::unique_ptr<Module> m_module;
};

QTEST_GUILESS_MAIN(TestPkcs11FakeModuleSigning)
#include "tst_pkcs11_fakemodule_signing.moc"
