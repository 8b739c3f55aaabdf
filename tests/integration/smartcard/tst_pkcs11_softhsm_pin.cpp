#include "ErrorCodes.h"
#include "tst_pkcs11_softhsm.h"

#include <QCryptographicHash>
#include <QTest>

using namespace guichet;
using namespace guichet::pkcs11;
using softhsm::failure;

// PIN state, wrong PINs and PIN changes on SoftHSM2. Every test gets fresh tokens:
// they change the token's PIN state.
//
// What SoftHSM 2.6 does (and these tests pin down): a wrong user PIN sets
// CKF_USER_PIN_COUNT_LOW (also a wrong context-specific PIN), which is stored in the
// token and cleared by the next good login; it never sets CKF_USER_PIN_FINAL_TRY or
// CKF_USER_PIN_LOCKED and never blocks the PIN, however many wrong tries.
class TestPkcs11SoftHsmPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tokens = std::make_unique<softhsm::Tokens>();
        const QString problem = m_tokens->create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        load();
    }

    void cleanup()
    {
        m_module.reset();
        m_tokens.reset();
    }

    void wrongPinSetsCountLow()
    {
        QCOMPARE(pinState(), PinState::Ok);
        Result<QByteArray> signature = sign("654321");
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QCOMPARE(signature.error().detail(), QStringLiteral("C_Login: CKR_PIN_INCORRECT (0xa0)"));
        QCOMPARE(pinState(), PinState::CountLow);

        // Kept in the token: a new process (here: a reloaded module) sees it too.
        load();
        QCOMPARE(pinState(), PinState::CountLow);

        QVERIFY2(sign("123456").ok(), "the right PIN still works");
        QCOMPARE(pinState(), PinState::Ok);
    }

    void softHsmNeverBlocks()
    {
        for (int attempt = 1; attempt <= 15; ++attempt) {
            Result<QByteArray> signature = sign("000000");
            QVERIFY(!signature);
            QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
            QCOMPARE(pinState(), PinState::CountLow);
        }
        Result<QByteArray> signature = sign("123456");
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(pinState(), PinState::Ok);
    }

    void wrongContextPinCountsToo()
    {
        Result<std::unique_ptr<SigningSession>> session =
            m_module->openSigningSession(m_stick, softhsm::pin("123456"));
        QVERIFY(session.ok());
        Result<QByteArray> signature = session.value()->sign(
            QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15, HashAlgorithm::Sha256,
            QByteArray(32, '\x01'), softhsm::pin("999999"));
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QCOMPARE(pinState(), PinState::CountLow);
        signature = session.value()->sign(QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                                          HashAlgorithm::Sha256, QByteArray(32, '\x01'),
                                          softhsm::pin("123456"));
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(pinState(), PinState::Ok);
    }

    void pinOfImpossibleLengthSpendsNoTry()
    {
        Result<QByteArray> signature = sign("12");
        QVERIFY(!signature);
        QCOMPARE(signature.error().code(), QString::fromLatin1(ErrorCode::PinFormatInvalid));
        QCOMPARE(pinState(), PinState::Ok);
    }

    void changePin()
    {
        QVERIFY2(m_module->changePin(m_stick, softhsm::pin("123456"), softhsm::pin("24681357")),
                 "C_SetPIN failed");
        Result<QByteArray> old = sign("123456");
        QVERIFY(!old);
        QCOMPARE(old.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QVERIFY2(sign("24681357").ok(), "the new PIN works");
        // Only that token changed.
        Result<QByteArray> other =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha256, QByteArray(32, '\x01'), softhsm::pin("123456"));
        QVERIFY2(other.ok(), qPrintable(failure(other)));
    }

    void changePinWithWrongOldPin()
    {
        const Status status =
            m_module->changePin(m_stick, softhsm::pin("111111"), softhsm::pin("24681357"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        QCOMPARE(status.error().detail(), QStringLiteral("C_SetPIN: CKR_PIN_INCORRECT (0xa0)"));
        QCOMPARE(pinState(), PinState::CountLow);
        QVERIFY2(sign("123456").ok(), "the PIN did not change");
        QVERIFY(!sign("24681357"));
    }

    void newPinOutsideTheLimits()
    {
        Status status = m_module->changePin(m_stick, softhsm::pin("123456"), softhsm::pin("123"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::NewPinRejected));
        const QByteArray tooLong(256, '7');
        status =
            m_module->changePin(m_stick, softhsm::pin("123456"), softhsm::pin(tooLong.constData()));
        QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::NewPinRejected));
        QVERIFY2(sign("123456").ok(), "the PIN did not change");
    }

private:
    void load()
    {
        m_module.reset();
        Result<std::unique_ptr<Module>> loaded = Module::load(softhsm::module);
        QVERIFY2(loaded.ok(), qPrintable(failure(loaded)));
        m_module = std::move(loaded).value();
        m_stick = softhsm::slotOf(*m_module, softhsm::stick);
        m_citizen = softhsm::slotOf(*m_module, softhsm::citizen);
        QVERIFY(m_stick != ~0UL && m_citizen != ~0UL);
    }

    PinState pinState() const
    {
        Result<TokenInfo> token = m_module->tokenInfo(m_stick);
        return token ? token.value().pinState : PinState::Locked;
    }

    Result<QByteArray> sign(const char* pin)
    {
        const QByteArray digest = QCryptographicHash::hash("pin", QCryptographicHash::Sha256);
        Result<QByteArray> signature =
            m_module->sign(m_stick, QByteArray::fromHex("01"), SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, digest, softhsm::pin(pin));
        // Every signature made here must also be right.
        if (signature &&
            !softhsm::verifyDigest(softhsm::pkiFile(QStringLiteral("stick-auth.cert.der")),
                                   SignatureScheme::Ecdsa, HashAlgorithm::Sha256, digest,
                                   signature.value()))
            return Error(QStringLiteral("TEST"), QStringLiteral("signature does not verify"));
        return signature;
    }

    std::unique_ptr<softhsm::Tokens> m_tokens;
    std::unique_ptr<Module> m_module;
    unsigned long m_stick = 0;
    unsigned long m_citizen = 0;
};

QTEST_GUILESS_MAIN(TestPkcs11SoftHsmPin)
#include "tst_pkcs11_softhsm_pin.moc"
