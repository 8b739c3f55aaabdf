// The smartcard room on the real stack: pcscd + vpcd + the virtual card, the real
// OpenSC module, and SoftHSM configured as the eID profile's vendor module.
#include "AuthClient.h"
#include "CardService.h"
#include "CardServiceOnThread.h"
#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "ReaderMonitor.h"
#include "ScriptedPinPrompt.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SignatureChecks.h"
#include "virtualcard/VirtualCardProcess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

using namespace guichet;
using namespace guichet::test;

namespace {

// A public ATR of the Luxembourg eID (pcsc-tools' list), presented by the
// virtual card's ATR-only personality; SoftHSM plays the vendor middleware.
const char EidAtr[] = "3B8F8001803180 65B08503 00EF120FFF829000 73";

QString pki()
{
    return qEnvironmentVariable("GUICHET_TEST_PKI");
}

using Service = CardServiceOnThread;

// Issue #4's card login over real TLS to a simulated portal, with the PIN already
// scripted by the caller.
Result<PortalSession> loginToPortal(Signer& signer, sim::PortalServer& portal,
                                    const sim::PortalTls& tls)
{
    QNetworkAccessManager network;
    AuthClient client(network, portal.baseUrl(), {tls.caCertificate()});
    QSignalSpy done(&client, &AuthClient::loggedIn);
    QSignalSpy failed(&client, &AuthClient::failed);
    client.login(signer);
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000))
        return Error(QStringLiteral("GEN-000"), QStringLiteral("no answer from the portal"));
    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    return done.first().first().value<PortalSession>();
}

} // namespace

class TestRealStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pki().isEmpty(), "GUICHET_TEST_PKI not set");
        QVERIFY2(pcscdFixture(QStringLiteral("start")) == 0, "pcscd did not start");
    }

    void monitorSeesCardsComeAndGo()
    {
        pcsc::ReaderMonitor monitor;
        QSignalSpy events(&monitor, &pcsc::ReaderMonitor::readerEvent);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().reader(virtualReader0), 10000);
        QCOMPARE(monitor.snapshot().service, pcsc::ServiceState::Running);

        VirtualCardProcess card({QStringLiteral("--pki"), pki(), QStringLiteral("--removed")});
        QVERIFY(card.start());
        events.clear();
        card.send(QStringLiteral("insert"));
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().reader(virtualReader0)->cardPresent, 5000);
        QCOMPARE(monitor.snapshot().reader(virtualReader0)->atr.toHex(),
                 QByteArray("3b8b800180f9a00000030800001000c8"));
        QVERIFY(std::any_of(events.begin(), events.end(), [](const QList<QVariant>& args) {
            return args.first().value<pcsc::ReaderEvent>().kind ==
                   pcsc::ReaderEvent::Kind::CardInserted;
        }));
        card.send(QStringLiteral("remove"));
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.snapshot().reader(virtualReader0)->cardPresent, 5000);
        QVERIFY(monitor.snapshot().blockingProblem() == QLatin1String(ErrorCode::NoCard));
    }

    void monitorSurvivesPcscdRestart()
    {
        pcsc::ReaderMonitor monitor;
        monitor.setRetryInterval(100);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().reader(virtualReader0), 10000);
        VirtualCardProcess card({QStringLiteral("--pki"), pki()});
        QVERIFY(card.start());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().reader(virtualReader0) &&
                                     monitor.snapshot().reader(virtualReader0)->cardPresent,
                                 8000);
        const int killed = pcscdFixture(QStringLiteral("kill"));
        if (killed == 77)
            QSKIP("pcscd was not started by this test run; not killing it");
        QCOMPARE(killed, 0);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.snapshot().service, pcsc::ServiceState::NotRunning, 8000);
        QCOMPARE(monitor.snapshot().blockingProblem(),
                 QLatin1String(ErrorCode::PcscServiceNotRunning));
        QCOMPARE(pcscdFixture(QStringLiteral("restart")), 0);
        // Back without restarting anything of ours, card included.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().service == pcsc::ServiceState::Running &&
                                     monitor.snapshot().reader(virtualReader0) &&
                                     monitor.snapshot().reader(virtualReader0)->cardPresent,
                                 15000);
    }

    void signsThroughOpenScWithThePivCard()
    {
        VirtualCardProcess card({QStringLiteral("--pki"), pki()});
        QVERIFY(card.start());
        Service cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        const TokenStatus token = *cards.tokenIn(virtualReader0);
        QVERIFY2(token.modulePath.contains(QStringLiteral("opensc-pkcs11")),
                 qPrintable(token.modulePath));
        QVERIFY(token.profileId.isEmpty()); // a PIV card is no Luxembourg profile
        QCOMPARE(token.certificates.size(), 3);

        const QByteArray digest = QCryptographicHash::hash("form", QCryptographicHash::Sha256);
        cards.prompt.answer(QStringLiteral("123456"));
        const Result<QByteArray> rsa = cards.sign(token, 0, digest);
        QVERIFY2(rsa.ok(), qPrintable(rsa.ok() ? QString() : rsa.error().detail()));
        QVERIFY(verifiesDigest(token.certificates.at(0).der, digest, rsa.value(), true));
        int ec = -1;
        for (int i = 0; i < token.certificates.size(); ++i) {
            if (token.certificates[i].keyType == TokenKeyType::Ec)
                ec = i;
        }
        QVERIFY(ec >= 0);
        cards.prompt.answer(QStringLiteral("123456"));
        const Result<QByteArray> ecdsa = cards.sign(token, ec, digest);
        QVERIFY(ecdsa.ok());
        QVERIFY(verifiesDigest(token.certificates.at(ec).der, digest, ecdsa.value(), false));
    }

    void wrongPinsLowerTheTriesThenBlock()
    {
        VirtualCardProcess card(
            {QStringLiteral("--pki"), pki(), QStringLiteral("--tries"), QStringLiteral("3")});
        QVERIFY(card.start());
        Service cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        const QByteArray digest(32, '\x42');
        for (int i = 0; i < 2; ++i) {
            cards.prompt.answer(QStringLiteral("000000"));
            const auto wrong = cards.sign(*cards.tokenIn(virtualReader0), 0, digest);
            QCOMPARE(wrong.error().code(), QLatin1String(ErrorCode::PinIncorrect));
        }
        // OpenSC reports the final try; the next PIN request shows it.
        QTRY_COMPARE_WITH_TIMEOUT(cards.tokenIn(virtualReader0)->pinState, TokenPinState::FinalTry,
                                  5000);
        QCOMPARE(cards.tokenIn(virtualReader0)->triesLeft, 1);
        cards.prompt.answer(QStringLiteral("000000"));
        const auto blocked = cards.sign(*cards.tokenIn(virtualReader0), 0, digest);
        QCOMPARE(blocked.error().code(), QLatin1String(ErrorCode::PinBlocked));
        QTRY_COMPARE_WITH_TIMEOUT(cards.tokenIn(virtualReader0)->pinState, TokenPinState::Locked,
                                  5000);
        // Blocked: refused without asking for a PIN at all.
        const int asked = int(cards.prompt.requests().size());
        QCOMPARE(cards.sign(*cards.tokenIn(virtualReader0), 0, digest).error().code(),
                 QLatin1String(ErrorCode::PinBlocked));
        QCOMPARE(cards.prompt.requests().size(), asked);
    }

    void cardPulledOutWhileSigningIsACleanError()
    {
        VirtualCardProcess card(
            {QStringLiteral("--pki"), pki(), QStringLiteral("--remove-on-sign")});
        QVERIFY(card.start());
        Service cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        cards.prompt.answer(QStringLiteral("123456"));
        const auto result = cards.sign(*cards.tokenIn(virtualReader0), 0, QByteArray(32, 'r'));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code() == QLatin1String(ErrorCode::CardRemoved) ||
                     result.error().code() == QLatin1String(ErrorCode::TokenRemoved),
                 qPrintable(result.error().code() + QLatin1Char(' ') + result.error().detail()));
        QTRY_VERIFY_WITH_TIMEOUT(!cards.tokenIn(virtualReader0).has_value(), 10000);
    }

    // Issue #4's login over real TLS, with the PIV card through the real OpenSC (RSA).
    void logsInToThePortalWithThePivCard()
    {
        VirtualCardProcess card({QStringLiteral("--pki"), pki()});
        QVERIFY(card.start());
        Service cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        const TokenStatus token = *cards.tokenIn(virtualReader0);
        QFile ca(pki() + QStringLiteral("/ca.cert.der"));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        sim::PortalTls tls;
        sim::PortalServer portal({ca.readAll()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        // 9A: the PIV authentication key (RSA 2048, digitalSignature).
        TokenSigner signer(*cards.service, token.id, token.certificates.at(0));
        QCOMPARE(signer.algorithm(), SignatureAlgorithm::RsaPkcs1v15);
        cards.prompt.answer(QStringLiteral("123456"));
        const Result<PortalSession> login = loginToPortal(signer, portal, tls);
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().detail()));
        QVERIFY(login.value().identityId.startsWith("id-"));
        QCOMPARE(cards.prompt.requests().last().purpose, PinRequest::Purpose::Authenticate);
    }

    void eidCardIsRecognisedUsesItsModuleAndLogsIn()
    {
        QTemporaryDir tokens;
        QProcess make;
        make.start(QStringLiteral("bash"), {QStringLiteral(MAKE_TOKENS), tokens.path(), pki()});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        qputenv("SOFTHSM2_CONF", tokens.filePath(QStringLiteral("softhsm2.conf")).toUtf8());

        VirtualCardProcess card({QStringLiteral("--port"), QStringLiteral("35964"),
                                 QStringLiteral("--personality"), QStringLiteral("atr-only"),
                                 QStringLiteral("--atr"),
                                 QString::fromLatin1(EidAtr).remove(QLatin1Char(' '))});
        QVERIFY(card.start());
        // The administrator's setting names the vendor module for the eID card.
        Service cards("[smartcard]\neidModules=" SOFTHSM_MODULE "\n");
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader1).has_value(), 20000);
        TokenStatus token;
        for (const TokenStatus& t : cards.tokens()) {
            if (t.readerName == virtualReader1 && t.label == QLatin1String("citizen eID"))
                token = t;
        }
        QVERIFY2(token.profileId.startsWith(QStringLiteral("lu-eid")), qPrintable(token.profileId));
        QCOMPARE(token.modulePath, QStringLiteral(SOFTHSM_MODULE));
        QCOMPARE(token.pinMinLength, 6);
        QCOMPARE(token.pinMaxLength, 8);
        QCOMPARE(token.certificates.size(), 2);
        cards.prompt.answer(QStringLiteral("123456"));
        const QByteArray digest = QCryptographicHash::hash("eid", QCryptographicHash::Sha256);
        const auto signature = cards.sign(token, 1, digest);
        QVERIFY(signature.ok());
        QVERIFY(verifiesDigest(token.certificates.at(1).der, digest, signature.value(), true));
        QCOMPARE(cards.prompt.requests().last().minLength, 6);

        // Issue #4's login over real TLS with the SoftHSM eID (EC): the portal knows the
        // holder by the national number and opens Marie's seeded space.
        QFile ca(pki() + QStringLiteral("/ca.cert.der"));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        sim::PortalTls tls;
        sim::PortalServer portal({ca.readAll()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        // The token lists its certificates in no fixed order: take the authentication one.
        const auto authentication =
            std::find_if(token.certificates.begin(), token.certificates.end(), [](const auto& c) {
                const auto info = parseCertificate(c.der);
                return info && info.value().role == CertificateRole::Authentication;
            });
        QVERIFY(authentication != token.certificates.end());
        TokenSigner signer(*cards.service, token.id, *authentication);
        cards.prompt.answer(QStringLiteral("123456"));
        const Result<PortalSession> login = loginToPortal(signer, portal, tls);
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().detail()));
        const PortalSession& session = login.value();
        QCOMPARE(session.givenName, QStringLiteral("Marie"));
        QCOMPARE(portal.store().spacesOf(QStringLiteral("marie-schmit")).size(), 1);
        QVERIFY(portal.sessions().byAccessToken(session.accessToken).has_value());
        QCOMPARE(portal.sessions().byAccessToken(session.accessToken)->personaKey,
                 QStringLiteral("marie-schmit"));
    }
};

QTEST_GUILESS_MAIN(TestRealStack)
#include "tst_realstack.moc"
