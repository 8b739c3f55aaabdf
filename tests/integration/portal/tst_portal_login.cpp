// Card login over real TLS on loopback: the simulated portal (Qt HTTP Server) and
// the client (AuthClient), signing with the simulated token.
#include "AuthClient.h"
#include "ErrorCodes.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace guichet;
using guichet::sim::SimulatedToken;

namespace {

using TokenKeySigner = guichet::test::SimulatedTokenSigner;

const QByteArray AuthKey(SimulatedToken::AuthenticationKeyId);
const QByteArray SignKey(SimulatedToken::SignatureKeyId);

} // namespace

class TestPortalLogin : public QObject
{
    Q_OBJECT

private:
    SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;

    // host: another name of the same portal (its certificate also names "localhost"),
    // so the client signs another origin than the portal's own, as a client sent there
    // by a look-alike address would.
    Result<PortalSession> login(Signer& signer, QList<QSslCertificate> roots,
                                const QString& host = {})
    {
        // A fresh network manager: a kept-alive TLS connection would skip the handshake.
        QNetworkAccessManager network;
        QUrl portal = m_server->baseUrl();
        if (!host.isEmpty())
            portal.setHost(host);
        AuthClient client(network, portal, std::move(roots));
        QSignalSpy done(&client, &AuthClient::loggedIn);
        QSignalSpy failed(&client, &AuthClient::failed);
        client.login(signer);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000))
            return Error(QStringLiteral("GEN-000"), QStringLiteral("no answer"));
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return done.first().first().value<PortalSession>();
    }

    QNetworkReply* rawPost(const QString& path, const QByteArray& type, const QByteArray& body)
    {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_tls.caCertificate());
        request.setSslConfiguration(tls);
        QNetworkReply* reply = m_network.post(request, body);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        const Result<quint16> port = m_server->start(m_tls.serverConfiguration());
        QVERIFY(port.ok());
        QVERIFY(port.value() > 0);
    }

    void logsInWithTheCard()
    {
        TokenKeySigner signer(m_token, AuthKey);
        const Result<PortalSession> session = login(signer, {m_tls.caCertificate()});
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().detail()));
        QCOMPARE(session.value().givenName, QStringLiteral("Marie"));
        QCOMPARE(session.value().surname, QStringLiteral("Schmit"));
        // A pseudonym: the national number itself never travels in the answer.
        QVERIFY(session.value().identityId.startsWith(QStringLiteral("id-")));
        QVERIFY(session.value().accessToken.size() >= 43);
        QVERIFY(session.value().refreshToken != session.value().accessToken);
    }

    void refreshRotatesTokensAndLogoutEndsTheSession()
    {
        TokenKeySigner signer(m_token, AuthKey);
        const Result<PortalSession> first = login(signer, {m_tls.caCertificate()});
        QVERIFY(first.ok());
        QNetworkAccessManager network;
        AuthClient client(network, m_server->baseUrl(), {m_tls.caCertificate()});
        QSignalSpy refreshed(&client, &AuthClient::loggedIn);
        QSignalSpy failed(&client, &AuthClient::failed);
        client.refresh(first.value().refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY(failed.isEmpty());
        const PortalSession second = refreshed.first().first().value<PortalSession>();
        QVERIFY(second.accessToken != first.value().accessToken);
        QCOMPARE(second.identityId, first.value().identityId);

        // The old refresh token again: a replay, and the portal ends the session.
        client.refresh(first.value().refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(failed.first().first().value<Error>().code(),
                 QLatin1String(ErrorCode::AuthSessionExpired));
        QVERIFY(!m_server->sessions().byAccessToken(second.accessToken).has_value());

        const Result<PortalSession> third = login(signer, {m_tls.caCertificate()});
        QVERIFY(third.ok());
        QVERIFY(m_server->sessions().byAccessToken(third.value().accessToken).has_value());
        QSignalSpy loggedOut(&client, &AuthClient::loggedOut);
        client.logout(third.value().accessToken, third.value().refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(!loggedOut.isEmpty(), 10000);
        QVERIFY(!m_server->sessions().byAccessToken(third.value().accessToken).has_value());
    }

    void businessUserWithASigningStickGetsHisSpaces()
    {
        // Luc's simulated LuxTrust stick: the portal knows him by his SSN, not a national
        // number, and opens his private space and his two companies.
        const auto personas = sim::SimulatedPki::demoPersonas();
        const auto luc = std::find_if(personas.begin(), personas.end(), [](const auto& p) {
            return p.key == QLatin1String("luc-weber");
        });
        QVERIFY(luc != personas.end());
        SimulatedToken stick(*luc);
        sim::PortalServer portal({stick.pki().caCertificateDer()});
        QVERIFY(portal.start(m_tls.serverConfiguration()).ok());
        TokenKeySigner signer(stick, AuthKey);
        QNetworkAccessManager network;
        AuthClient client(network, portal.baseUrl(), {m_tls.caCertificate()});
        QSignalSpy done(&client, &AuthClient::loggedIn);
        QSignalSpy failed(&client, &AuthClient::failed);
        client.login(signer);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY(failed.isEmpty());
        const PortalSession session = done.first().first().value<PortalSession>();
        QCOMPARE(session.givenName, QStringLiteral("Luc"));
        const auto opened = portal.sessions().byAccessToken(session.accessToken);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->personaKey, QStringLiteral("luc-weber"));
        QCOMPARE(portal.store().spacesOf(opened->personaKey).size(), 3);
    }

    void tlsIsVerifiedWithoutExceptions()
    {
        // The portal's CA is not configured: the handshake must fail, never be ignored.
        TokenKeySigner signer(m_token, AuthKey);
        const Result<PortalSession> session = login(signer, {});
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code(), QLatin1String(ErrorCode::PortalTlsFailed));
    }

    void refusesEachBadLogin_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong origin") << QStringLiteral("AUTH-007");
        QTest::newRow("tampered signature") << QStringLiteral("AUTH-008");
        QTest::newRow("signature certificate") << QStringLiteral("AUTH-003");
    }

    void refusesEachBadLogin()
    {
        QFETCH(QString, expected);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        TokenKeySigner signer(m_token,
                              row == QLatin1String("signature certificate") ? SignKey : AuthKey,
                              row == QLatin1String("tampered signature"));
        const Result<PortalSession> session =
            login(signer, {m_tls.caCertificate()},
                  row == QLatin1String("wrong origin") ? QStringLiteral("localhost") : QString());
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code(), expected);
        // A translated message and what to do exist for it.
        QVERIFY(!session.error().whatToDo().isEmpty());
    }

    void refusesAnUntrustedCard()
    {
        SimulatedToken stranger; // same persona, another (untrusted) CA
        TokenKeySigner signer(stranger, AuthKey);
        const Result<PortalSession> session = login(signer, {m_tls.caCertificate()});
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code(), QLatin1String(ErrorCode::AuthCertificateUntrusted));
    }

    void refusesMalformedRequests()
    {
        QNetworkReply* wrongType = rawPost(QStringLiteral("/api/v1/auth/token"), "text/plain", "x");
        QCOMPARE(wrongType->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 415);
        QCOMPARE(wrongType->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/problem+json"));
        QNetworkReply* broken =
            rawPost(QStringLiteral("/api/v1/auth/token"), "application/json", "{\"nonce\": ");
        QCOMPARE(broken->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QJsonDocument::fromJson(broken->readAll()).object().value("code").toString(),
                 QStringLiteral("REQ-001"));
        QNetworkReply* huge = rawPost(QStringLiteral("/api/v1/auth/token"), "application/json",
                                      QByteArray(sim::PortalServer::MaxJsonBody + 10, ' '));
        QCOMPARE(huge->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        for (auto* reply : {wrongType, broken, huge})
            reply->deleteLater();
    }

    void loginRoundTripTime()
    {
        // From asking for the challenge to holding the session, on a new connection each
        // time (TLS handshake included), without the PIN dialog.
        TokenKeySigner signer(m_token, AuthKey);
        QList<qint64> times;
        for (int i = 0; i < 20; ++i) {
            QNetworkAccessManager network;
            AuthClient client(network, m_server->baseUrl(), {m_tls.caCertificate()});
            QElapsedTimer timer;
            qint64 elapsed = -1;
            connect(&client, &AuthClient::loggedIn, this, [&] { elapsed = timer.elapsed(); });
            timer.start();
            client.login(signer);
            QTRY_VERIFY_WITH_TIMEOUT(elapsed >= 0, 15000);
            times.append(elapsed);
        }
        std::sort(times.begin(), times.end());
        qInfo("login round trip with the simulated token over TLS: median %lld ms (min %lld, max "
              "%lld, 20 runs)",
              times.at(10), times.first(), times.last());
    }
};

QTEST_GUILESS_MAIN(TestPortalLogin)
#include "tst_portal_login.moc"
