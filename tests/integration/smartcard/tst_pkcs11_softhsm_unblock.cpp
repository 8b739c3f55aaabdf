#include "ErrorCodes.h"
#include "Pkcs11Backend.h"
#include "ScriptedPinPrompt.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "tst_pkcs11_softhsm.h"

#include <QCryptographicHash>
#include <QTest>

using namespace guichet;
using namespace guichet::pkcs11;
using softhsm::failure;

// Unblocking the user PIN with the security officer's PIN (the PUK of a PKCS#11
// token), as pkcs11-tool --unlock-pin does: C_Login(CKU_SO), C_InitPIN, C_Logout. On
// SoftHSM2, through pkcs11::Module and through the Pkcs11Backend the card service
// uses. Tokens from make-tokens.sh: user PIN 123456, SO PIN 12345678.
//
// SoftHSM 2.6 never blocks a user PIN (tst_pkcs11_softhsm_pin pins that down): wrong
// PINs only set CKF_USER_PIN_COUNT_LOW. So "blocked" here is "wrong PINs typed", and
// what is checked is that the SO PIN sets a new user PIN that then works while the
// old one no longer does, and how every failure is reported.
class TestPkcs11SoftHsmUnblock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tokens = std::make_unique<softhsm::Tokens>();
        const QString problem = m_tokens->create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Result<std::unique_ptr<Module>> loaded = Module::load(softhsm::module);
        QVERIFY2(loaded.ok(), qPrintable(failure(loaded)));
        m_module = std::move(loaded).value();
        m_stick = softhsm::slotOf(*m_module, softhsm::stick);
        m_citizen = softhsm::slotOf(*m_module, softhsm::citizen);
        QVERIFY(m_stick != ~0UL && m_citizen != ~0UL);
    }

    void cleanup()
    {
        m_module.reset();
        m_tokens.reset();
    }

    void unblocksWithTheSoPinAndTheNewPinWorks()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sign("000000").error().code(), QLatin1String(ErrorCode::PinIncorrect));
        QCOMPARE(pinState(), PinState::CountLow);

        const Status unblocked =
            m_module->unblockPin(m_stick, softhsm::pin("12345678"), softhsm::pin("24681357"));
        QVERIFY2(unblocked.ok(),
                 qPrintable(unblocked.ok() ? QString()
                                           : unblocked.error().code() + QLatin1Char(' ') +
                                                 unblocked.error().detail()));
        const Result<QByteArray> withNew = sign("24681357");
        QVERIFY2(withNew.ok(), qPrintable(failure(withNew)));
        QCOMPARE(pinState(), PinState::Ok);
        QCOMPARE(sign("123456").error().code(), QLatin1String(ErrorCode::PinIncorrect));
        // The security officer was logged out: the user can log in again at once.
        QVERIFY2(sign("24681357").ok(), "user login after the unblocking");
        // Only that token changed.
        const Result<QByteArray> other =
            m_module->sign(m_citizen, QByteArray::fromHex("02"), SignatureScheme::RsaPkcs1v15,
                           HashAlgorithm::Sha256, QByteArray(32, '\x01'), softhsm::pin("123456"));
        QVERIFY2(other.ok(), qPrintable(failure(other)));
    }

    void wrongSoPinIsAWrongPuk()
    {
        const Status status =
            m_module->unblockPin(m_stick, softhsm::pin("87654321"), softhsm::pin("24681357"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::PukIncorrect));
        QCOMPARE(status.error().detail(),
                 QStringLiteral("C_Login(CKU_SO): CKR_PIN_INCORRECT (0xa0)"));
        QVERIFY2(sign("123456").ok(), "the PIN did not change");
        QVERIFY(!sign("24681357"));
    }

    void newPinOutsideTheLimitsIsRefusedBeforeTheSoLogin()
    {
        Status status = m_module->unblockPin(m_stick, softhsm::pin("12345678"), softhsm::pin("12"));
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::NewPinRejected));
        status = m_module->unblockPin(m_stick, SecretBuffer(), softhsm::pin("24681357"));
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::PukFormatInvalid));
        QVERIFY2(sign("123456").ok(), "the PIN did not change");
    }

    // The Pkcs11Backend the card service uses: a card with no known profile whose
    // module (here SoftHSM, set as an extra module) shows the token.
    void theBackendAsksForThePukThenTheNewPin()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("u.ini")),
                          dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.setValue(SettingKeys::ExtraModules, QStringList{softhsm::module}));
        Pkcs11Backend backend(settings);
        backend.setReaders(oneReader(QByteArray::fromHex("3B0102")));
        const TokenStatus token = stickOf(backend.tokens());
        QVERIFY2(!token.id.isEmpty(), "SoftHSM's signing stick is shown");
        QVERIFY(token.profileId.isEmpty());

        ScriptedPinPrompt wrongPins;
        for (int i = 0; i < 3; ++i) {
            wrongPins.answer(QStringLiteral("000000"));
            QCOMPARE(backendSign(backend, token, wrongPins).error().code(),
                     QLatin1String(ErrorCode::PinIncorrect));
        }
        QCOMPARE(stickOf(backend.tokens()).pinState, TokenPinState::CountLow);

        // A wrong PUK first: reported as such, nothing changed.
        ScriptedPinPrompt wrongPuk;
        wrongPuk.answer(QStringLiteral("87654321"));
        wrongPuk.answer(QStringLiteral("24681357"));
        QCOMPARE(backend.unblockPin(token.id, wrongPuk).error().code(),
                 QLatin1String(ErrorCode::PukIncorrect));

        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("12345678"));
        prompt.answer(QStringLiteral("24681357"));
        const Status unblocked = backend.unblockPin(token.id, prompt);
        QVERIFY2(unblocked.ok(),
                 qPrintable(unblocked.ok() ? QString()
                                           : unblocked.error().code() + QLatin1Char(' ') +
                                                 unblocked.error().detail()));
        QCOMPARE(prompt.requests().size(), 2);
        QCOMPARE(prompt.requests().at(0).purpose, PinRequest::Purpose::Puk);
        QCOMPARE(prompt.requests().at(0).triesLeft, -1);
        QCOMPARE(prompt.requests().at(1).purpose, PinRequest::Purpose::NewPin);

        const TokenStatus after = stickOf(backend.tokens());
        ScriptedPinPrompt newPin;
        newPin.answer(QStringLiteral("24681357"));
        const Result<QByteArray> signature = backendSign(backend, after, newPin);
        QVERIFY2(signature.ok(), qPrintable(failure(signature)));
        QCOMPARE(stickOf(backend.tokens()).pinState, TokenPinState::Ok);
        ScriptedPinPrompt oldPin;
        oldPin.answer(QStringLiteral("123456"));
        QCOMPARE(backendSign(backend, after, oldPin).error().code(),
                 QLatin1String(ErrorCode::PinIncorrect));
    }

    // The same module as a Luxembourg identity card's middleware: its issuer keeps the
    // unblocking, so nothing is asked and nothing is sent to the card.
    void theBackendRefusesThePukPathForAnIssuerProfile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("u.ini")),
                          dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.setValue(SettingKeys::EidModules, QStringList{softhsm::module}));
        Pkcs11Backend backend(settings);
        backend.setReaders(
            oneReader(QByteArray::fromHex("3B8F800180318065B0850300EF120FFF82900073")));
        const TokenStatus token = stickOf(backend.tokens());
        QVERIFY2(!token.id.isEmpty(), "SoftHSM's token is shown as the eID");
        QCOMPARE(token.profileId, QStringLiteral("lu-eid-2014"));
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("12345678"));
        prompt.answer(QStringLiteral("24681357"));
        const Status status = backend.unblockPin(token.id, prompt);
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::PinUnblockNotSupported));
        QVERIFY(prompt.requests().isEmpty());
        QVERIFY2(sign("123456").ok(), "the PIN did not change");
    }

private:
    static pcsc::ReaderSnapshot oneReader(const QByteArray& atr)
    {
        pcsc::ReaderSnapshot snapshot;
        snapshot.service = pcsc::ServiceState::Running;
        pcsc::ReaderState reader;
        reader.name = QStringLiteral("Generic Smart Card Reader 00 00");
        reader.cardPresent = true;
        reader.atr = atr;
        snapshot.readers = {reader};
        return snapshot;
    }

    static TokenStatus stickOf(const QList<TokenStatus>& tokens)
    {
        for (const TokenStatus& token : tokens) {
            if (token.label == softhsm::stick)
                return token;
        }
        return {};
    }

    static Result<QByteArray> backendSign(Pkcs11Backend& backend, const TokenStatus& token,
                                          PinPrompt& prompt)
    {
        return backend.sign(
            token.id, QByteArray::fromHex("01"), SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
            QCryptographicHash::hash("backend", QCryptographicHash::Sha256), prompt);
    }

    PinState pinState() const
    {
        Result<TokenInfo> token = m_module->tokenInfo(m_stick);
        return token ? token.value().pinState : PinState::Locked;
    }

    Result<QByteArray> sign(const char* pin)
    {
        const QByteArray digest = QCryptographicHash::hash("unblock", QCryptographicHash::Sha256);
        Result<QByteArray> signature =
            m_module->sign(m_stick, QByteArray::fromHex("01"), SignatureScheme::Ecdsa,
                           HashAlgorithm::Sha256, digest, softhsm::pin(pin));
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

QTEST_GUILESS_MAIN(TestPkcs11SoftHsmUnblock)
#include "tst_pkcs11_softhsm_unblock.moc"
