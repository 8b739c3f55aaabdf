// Unblocking a blocked PIN with the PUK: the simulated token (PUK 12345678, three
// tries of its own), the card service's future around it, and which cards' issuers
// keep that path (CardProfile::unblock).
#include "CardProfile.h"
#include "CardService.h"
#include "ErrorCodes.h"
#include "ScriptedPcsc.h"
#include "ScriptedPinPrompt.h"
#include "SimulatedToken.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace guichet;
using guichet::sim::SimulatedToken;

namespace {

const QString Token = QLatin1String(SimulatedToken::TokenId);

Status signWith(SimulatedToken& token, const char* pin)
{
    ScriptedPinPrompt prompt;
    prompt.answer(QString::fromLatin1(pin));
    const auto signature =
        token.sign(Token, QByteArray(SimulatedToken::SignatureKeyId), SignatureAlgorithm::Ecdsa,
                   DigestAlgorithm::Sha256,
                   QCryptographicHash::hash("unblock", QCryptographicHash::Sha256), prompt);
    if (!signature)
        return signature.error();
    return {};
}

} // namespace

class TestSimulatedTokenUnblock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unblocksWithThePukAndANewPin()
    {
        SimulatedToken token;
        token.blockPin();
        QCOMPARE(token.tokens().first().pinState, TokenPinState::Locked);
        QCOMPARE(signWith(token, "123456").error().code(), QLatin1String(ErrorCode::PinBlocked));

        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("12345678"));
        prompt.answer(QStringLiteral("24681357"));
        const Status unblocked = token.unblockPin(Token, prompt);
        QVERIFY2(unblocked.ok(), qPrintable(unblocked.ok() ? QString() : unblocked.error().code()));

        // The PUK first (its own rules and tries), then the new PIN.
        const QList<PinRequest> requests = prompt.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).purpose, PinRequest::Purpose::Puk);
        QCOMPARE(requests.at(0).minLength, 8);
        QCOMPARE(requests.at(0).maxLength, 8);
        QCOMPARE(requests.at(0).triesLeft, SimulatedToken::MaxPukTries);
        QCOMPARE(requests.at(1).purpose, PinRequest::Purpose::NewPin);
        QCOMPARE(requests.at(1).minLength, 6);
        QCOMPARE(requests.at(1).triesLeft, -1);

        // The tries are back, the new PIN signs and the old one no longer does.
        const TokenStatus status = token.tokens().first();
        QCOMPARE(status.pinState, TokenPinState::Ok);
        QCOMPARE(status.triesLeft, SimulatedToken::MaxTries);
        QVERIFY(signWith(token, "24681357").ok());
        QCOMPARE(signWith(token, "123456").error().code(), QLatin1String(ErrorCode::PinIncorrect));
    }

    void wrongPukCountsDownAndBlocksThePuk()
    {
        SimulatedToken token;
        token.blockPin();
        for (int attempt = 1; attempt <= SimulatedToken::MaxPukTries; ++attempt) {
            ScriptedPinPrompt prompt;
            prompt.answer(QStringLiteral("87654321"));
            prompt.answer(QStringLiteral("24681357"));
            const Status result = token.unblockPin(Token, prompt);
            QVERIFY(!result);
            QCOMPARE(result.error().code(),
                     QLatin1String(attempt < SimulatedToken::MaxPukTries ? ErrorCode::PukIncorrect
                                                                         : ErrorCode::PukBlocked));
            QCOMPARE(token.pukTriesLeft(), SimulatedToken::MaxPukTries - attempt);
            QCOMPARE(token.tokens().first().pinState, TokenPinState::Locked);
        }
        // A blocked PUK is refused before anything is asked, even the right one.
        ScriptedPinPrompt prompt;
        prompt.answer(QStringLiteral("12345678"));
        prompt.answer(QStringLiteral("24681357"));
        QCOMPARE(token.unblockPin(Token, prompt).error().code(),
                 QLatin1String(ErrorCode::PukBlocked));
        QVERIFY(prompt.requests().isEmpty());
        QCOMPARE(signWith(token, "123456").error().code(), QLatin1String(ErrorCode::PinBlocked));
    }

    void aRightPukAfterAWrongOneRestoresItsTries()
    {
        SimulatedToken token;
        token.blockPin();
        ScriptedPinPrompt wrong;
        wrong.answer(QStringLiteral("11111111"));
        wrong.answer(QStringLiteral("24681357"));
        QCOMPARE(token.unblockPin(Token, wrong).error().code(),
                 QLatin1String(ErrorCode::PukIncorrect));
        QCOMPARE(token.pukTriesLeft(), SimulatedToken::MaxPukTries - 1);
        ScriptedPinPrompt right;
        right.answer(QStringLiteral("12345678"));
        right.answer(QStringLiteral("24681357"));
        QVERIFY(token.unblockPin(Token, right).ok());
        QCOMPARE(right.requests().first().triesLeft, SimulatedToken::MaxPukTries - 1);
        QCOMPARE(token.pukTriesLeft(), SimulatedToken::MaxPukTries);
    }

    void cancelOrMalformedEntriesChangeNothing()
    {
        SimulatedToken token;
        token.blockPin();
        // Cancelled at the PUK, then at the new PIN: no PUK try is spent.
        ScriptedPinPrompt cancelPuk;
        cancelPuk.answer(std::nullopt);
        QCOMPARE(token.unblockPin(Token, cancelPuk).error().code(),
                 QLatin1String(ErrorCode::PinEntryCancelled));
        ScriptedPinPrompt cancelPin;
        cancelPin.answer(QStringLiteral("12345678"));
        cancelPin.answer(std::nullopt);
        QCOMPARE(token.unblockPin(Token, cancelPin).error().code(),
                 QLatin1String(ErrorCode::PinEntryCancelled));
        // A PUK of the wrong length, a new PIN the card would refuse.
        ScriptedPinPrompt shortPuk;
        shortPuk.answer(QStringLiteral("1234"));
        QCOMPARE(token.unblockPin(Token, shortPuk).error().code(),
                 QLatin1String(ErrorCode::PukFormatInvalid));
        ScriptedPinPrompt shortPin;
        shortPin.answer(QStringLiteral("12345678"));
        shortPin.answer(QStringLiteral("12"));
        QCOMPARE(token.unblockPin(Token, shortPin).error().code(),
                 QLatin1String(ErrorCode::NewPinRejected));
        QCOMPARE(token.pukTriesLeft(), SimulatedToken::MaxPukTries);
        QCOMPARE(token.tokens().first().pinState, TokenPinState::Locked);
        // Another token id, a token taken out.
        ScriptedPinPrompt none;
        QCOMPARE(token.unblockPin(QStringLiteral("simulated:9"), none).error().code(),
                 QLatin1String(ErrorCode::TokenNotFound));
        token.setInserted(false);
        QCOMPARE(token.unblockPin(Token, none).error().code(),
                 QLatin1String(ErrorCode::TokenRemoved));
        QVERIFY(none.requests().isEmpty());
    }

    void theCardServiceUnblocksOnTheCardThread()
    {
        QTemporaryDir dir;
        sim::ScriptedPcsc pcsc;
        pcsc.setReaders({QStringLiteral("Reader 0")});
        auto token = std::make_shared<SimulatedToken>();
        CardService service(dir.filePath(QStringLiteral("u.ini")), QString(), true, pcsc);
        service.addBackend(token);
        ScriptedPinPrompt prompt;
        service.setPinPrompt(&prompt);
        QThread thread;
        service.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&service, &CardService::start);
        QSignalSpy tokens(&service, &CardService::tokensChanged);
        token->blockPin();

        prompt.answer(QStringLiteral("12345678"));
        prompt.answer(QStringLiteral("13572468"));
        QFuture<Status> future = service.unblockPin(Token);
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.result().ok());
        QCOMPARE(prompt.requests().first().purpose, PinRequest::Purpose::Puk);
        // The service tells the screens at once that the PIN is ready again.
        QTRY_VERIFY(!tokens.isEmpty() &&
                    tokens.last().first().value<QList<TokenStatus>>().first().pinState ==
                        TokenPinState::Ok);
        QCOMPARE(token->triesLeft(), SimulatedToken::MaxTries);

        QFuture<Status> unknown = service.unblockPin(QStringLiteral("nothing:1"));
        QTRY_VERIFY(unknown.isFinished());
        QCOMPARE(unknown.result().error().code(), QLatin1String(ErrorCode::TokenNotFound));

        QMetaObject::invokeMethod(&service, &CardService::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    // The Luxembourg eID and LuxTrust devices are unblocked through their issuers;
    // cards without a profile (PIV through OpenSC, SoftHSM, the simulated token) may
    // try the PUK path.
    void issuersDecideTheUnblockingPath()
    {
        for (const char* id :
             {"lu-eid-2014", "lu-eid-2021", "luxtrust-smartcard", "luxtrust-signing-stick"}) {
            const QString profile = QLatin1String(id);
            QVERIFY2(findCardProfile(profile), id);
            QCOMPARE(unblockPathFor(profile), UnblockPath::IssuerProcedure);
        }
        QCOMPARE(allCardProfiles().size(), 4);
        for (const char* id : {"", "simulated", "piv"})
            QCOMPARE(unblockPathFor(QLatin1String(id)), UnblockPath::WithPuk);
        QVERIFY(!findCardProfile(QStringLiteral("simulated")));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedTokenUnblock)
#include "tst_simulatedtoken_unblock.moc"
