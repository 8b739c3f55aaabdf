// Unblocking a blocked PIN on the real stack: pcscd + vpcd + the virtual PIV card,
// the real OpenSC module, the card service on its own thread. And a Luxembourg eID
// (ATR-only card, SoftHSM as its middleware) whose issuer keeps the unblocking.
#include "CardService.h"
#include "CardServiceOnThread.h"
#include "ErrorCodes.h"
#include "ScriptedPinPrompt.h"
#include "virtualcard/VirtualCardProcess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

using namespace guichet;
using namespace guichet::test;

namespace {

const char EidAtr[] = "3B8F800180318065B0850300EF120FFF82900073";

QString pki()
{
    return qEnvironmentVariable("GUICHET_TEST_PKI");
}

using Service = CardServiceOnThread;

} // namespace

class TestUnblockVirtualCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pki().isEmpty(), "GUICHET_TEST_PKI not set");
        QVERIFY2(pcscdFixture(QStringLiteral("start")) == 0, "pcscd did not start");
    }

    // A PIV card has no known profile, so the PUK path is offered. OpenSC 0.23 logs the
    // security officer in with VERIFY of the PUK's key reference (81), which PIV cards
    // (and the virtual one) refuse: C_Login(CKU_SO) answers CKR_GENERAL_ERROR, with the
    // card still there. The person gets P11-016 ("this card's software cannot unblock
    // the PIN"), not a generic card error, and the PIN stays blocked.
    void pivCardThroughOpenScSaysItCannotUnblock()
    {
        VirtualCardProcess card(
            {QStringLiteral("--pki"), pki(), QStringLiteral("--tries"), QStringLiteral("3")});
        QVERIFY(card.start());
        Service cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        QVERIFY(cards.tokenIn(virtualReader0)->profileId.isEmpty());
        for (int i = 0; i < 3; ++i) {
            cards.prompt.answer(QStringLiteral("000000"));
            const Result<QByteArray> wrong =
                cards.sign(*cards.tokenIn(virtualReader0), 0, QByteArray(32, '\x42'));
            QVERIFY(!wrong);
        }
        QVERIFY(card.waitForLine(QStringLiteral("pin-blocked")));
        QTRY_COMPARE_WITH_TIMEOUT(cards.tokenIn(virtualReader0)->pinState, TokenPinState::Locked,
                                  5000);

        const int asked = int(cards.prompt.requests().size());
        cards.prompt.answer(QStringLiteral("12345678"));
        cards.prompt.answer(QStringLiteral("654321"));
        const Status result =
            Service::wait(cards.service->unblockPin(cards.tokenIn(virtualReader0)->id));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), QLatin1String(ErrorCode::PinUnblockNotSupported));
        QCOMPARE(result.error().detail(),
                 QStringLiteral("C_Login(CKU_SO): CKR_GENERAL_ERROR (0x5)"));
        // The PUK, then the new PIN, were asked for before the card was touched.
        const QList<PinRequest> requests = cards.prompt.requests().mid(asked);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).purpose, PinRequest::Purpose::Puk);
        QCOMPARE(requests.at(1).purpose, PinRequest::Purpose::NewPin);
        // Still blocked, still in the reader, nothing changed on the card.
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value() &&
                                     cards.tokenIn(virtualReader0)->pinState ==
                                         TokenPinState::Locked,
                                 5000);
        QVERIFY(!card.lines().contains(QStringLiteral("pin-changed")));
        QVERIFY(!card.lines().contains(QStringLiteral("pin-ok")));
    }

    // The Luxembourg eID: its PUK comes with a letter and the CTIE's procedure, so the
    // service refuses the PUK path without asking for anything or touching the card.
    void eidCardIsLeftToItsIssuer()
    {
        QTemporaryDir tokens;
        QProcess make;
        make.start(QStringLiteral("bash"), {QStringLiteral(MAKE_TOKENS), tokens.path(), pki()});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        qputenv("SOFTHSM2_CONF", tokens.filePath(QStringLiteral("softhsm2.conf")).toUtf8());

        VirtualCardProcess card({QStringLiteral("--port"), QStringLiteral("35964"),
                                 QStringLiteral("--personality"), QStringLiteral("atr-only"),
                                 QStringLiteral("--atr"), QString::fromLatin1(EidAtr)});
        QVERIFY(card.start());
        Service cards("[smartcard]\neidModules=" SOFTHSM_MODULE "\n");
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader1).has_value(), 20000);
        const TokenStatus token = *cards.tokenIn(virtualReader1);
        QVERIFY2(token.profileId.startsWith(QStringLiteral("lu-eid")), qPrintable(token.profileId));
        // Nothing queued: a prompt that were shown would count as a cancel.
        const Status result = Service::wait(cards.service->unblockPin(token.id));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), QLatin1String(ErrorCode::PinUnblockNotSupported));
        QVERIFY(cards.prompt.requests().isEmpty());
        // The PIN is the one it was.
        cards.prompt.answer(QStringLiteral("123456"));
        const Result<QByteArray> signature = cards.sign(token, 0, QByteArray(32, '\x42'));
        QVERIFY2(signature.ok(), qPrintable(signature.ok() ? QString() : signature.error().code()));
    }
};

QTEST_MAIN(TestUnblockVirtualCard)
#include "tst_unblock_virtualcard.moc"
