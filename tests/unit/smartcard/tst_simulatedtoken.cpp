#include "ErrorCodes.h"
#include "ScriptedPinPrompt.h"
#include "SignatureChecks.h"
#include "SimulatedToken.h"

#include <QCryptographicHash>
#include <QTest>

using namespace guichet;
using guichet::sim::SimulatedToken;

namespace {

const QString Token = QLatin1String(SimulatedToken::TokenId);
const QByteArray SignKey(SimulatedToken::SignatureKeyId);
const QByteArray AuthKey(SimulatedToken::AuthenticationKeyId);

QByteArray digestOf(const char* text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

} // namespace

class TestSimulatedToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsThePersona()
    {
        SimulatedToken token;
        const QList<TokenStatus> tokens = token.tokens();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().label, QStringLiteral("Marie Schmit"));
        QCOMPARE(tokens.first().certificates.size(), 2);
        QCOMPARE(tokens.first().triesLeft, 3);
        QCOMPARE(tokens.first().pinMinLength, 6);
        token.setInserted(false);
        QVERIFY(token.tokens().isEmpty());
    }

    void signsWithTheRightPin()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("123456"));
        const QByteArray digest = digestOf("summary.pdf");
        const auto signature = token.sign(Token, SignKey, SignatureAlgorithm::Ecdsa,
                                          DigestAlgorithm::Sha256, digest, prompt);
        QVERIFY(signature.ok());
        QVERIFY(verifiesDigest(token.pki().signature().certificateDer, digest, signature.value()));
        QVERIFY(!verifiesDigest(token.pki().authentication().certificateDer, digest,
                                signature.value()));
        QCOMPARE(prompt.requests().first().purpose, PinRequest::Purpose::Sign);
        QCOMPARE(prompt.requests().first().triesLeft, 3);
    }

    void wrongPinsCountDownAndBlock()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        const QByteArray digest = digestOf("x");
        for (int expectedLeft : {2, 1}) {
            prompt.answer(QStringLiteral("000000"));
            const auto r = token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa,
                                      DigestAlgorithm::Sha256, digest, prompt);
            QCOMPARE(r.error().code(), QLatin1String(ErrorCode::PinIncorrect));
            QCOMPARE(token.triesLeft(), expectedLeft);
        }
        QCOMPARE(token.tokens().first().pinState, TokenPinState::FinalTry);
        // The next request says it is the last try and that the PIN was wrong.
        prompt.answer(QStringLiteral("999999"));
        const auto blocked = token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa,
                                        DigestAlgorithm::Sha256, digest, prompt);
        QCOMPARE(blocked.error().code(), QLatin1String(ErrorCode::PinBlocked));
        QCOMPARE(prompt.requests().last().triesLeft, 1);
        QVERIFY(prompt.requests().last().afterWrongPin);
        // Blocked: not even asked any more.
        const int asked = int(prompt.requests().size());
        const auto again = token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa,
                                      DigestAlgorithm::Sha256, digest, prompt);
        QCOMPARE(again.error().code(), QLatin1String(ErrorCode::PinBlocked));
        QCOMPARE(prompt.requests().size(), asked);
    }

    void rightPinRestoresTries()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("111111"));
        prompt.answer(QStringLiteral("123456"));
        const QByteArray digest = digestOf("y");
        QVERIFY(!token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                            digest, prompt));
        QCOMPARE(token.triesLeft(), 2);
        QVERIFY(token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                           digest, prompt));
        QCOMPARE(token.triesLeft(), 3);
    }

    void malformedPinCostsNoTry()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("12a456"));
        prompt.answer(QStringLiteral("123"));
        const QByteArray digest = digestOf("z");
        for (int i = 0; i < 2; ++i) {
            const auto r = token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa,
                                      DigestAlgorithm::Sha256, digest, prompt);
            QCOMPARE(r.error().code(), QLatin1String(ErrorCode::PinFormatInvalid));
        }
        QCOMPARE(token.triesLeft(), 3);
    }

    void refusesBadRequestsBeforeAskingForThePin()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        QCOMPARE(token
                     .sign(Token, SignKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha384,
                           digestOf("short"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::DigestInvalid));
        QCOMPARE(token
                     .sign(Token, SignKey, SignatureAlgorithm::RsaPss, DigestAlgorithm::Sha256,
                           digestOf("a"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::MechanismNotSupported));
        QCOMPARE(token
                     .sign(Token, QByteArray("\x09"), SignatureAlgorithm::Ecdsa,
                           DigestAlgorithm::Sha256, digestOf("a"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::KeyNotFound));
        QVERIFY(prompt.requests().isEmpty());
    }

    void cancelAndRemovalAreCleanErrors()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        prompt.answer(std::nullopt);
        QCOMPARE(token
                     .sign(Token, SignKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                           digestOf("a"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::PinEntryCancelled));
        token.setInserted(false);
        QCOMPARE(token
                     .sign(Token, SignKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                           digestOf("a"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::TokenRemoved));
        QCOMPARE(token.triesLeft(), 3);
    }

    void changesThePin()
    {
        SimulatedToken token;
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("123456"));
        prompt.answer(QStringLiteral("24681357"));
        QVERIFY(token.changePin(Token, prompt).ok());
        QCOMPARE(prompt.requests().at(1).purpose, PinRequest::Purpose::NewPin);
        prompt.answer(QStringLiteral("123456"));
        QCOMPARE(token
                     .sign(Token, AuthKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                           digestOf("a"), prompt)
                     .error()
                     .code(),
                 QLatin1String(ErrorCode::PinIncorrect));
        prompt.answer(QStringLiteral("24681357"));
        QVERIFY(token.sign(Token, AuthKey, SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                           digestOf("a"), prompt));
        // A new PIN that breaks the rules is refused with its own code.
        prompt.answer(QStringLiteral("24681357"));
        prompt.answer(QStringLiteral("12"));
        QCOMPARE(token.changePin(Token, prompt).error().code(),
                 QLatin1String(ErrorCode::NewPinRejected));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedToken)
#include "tst_simulatedtoken.moc"
