// PortalClient against the simulated portal over real TLS on loopback. Faults are
// injected per route by the portal itself (sim/portal/http/FaultInjector.h); the
// assertions count attempts and objects, never durations (except lower bounds).
#include "AuthClient.h"
#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "MultipartBody.h"
#include "PortalClient.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace guichet;
using namespace guichet::net;
using sim::Fault;

namespace {

const QString Marie = QStringLiteral("sp-priv-marie-schmit");
const QString DocumentsRoute = QStringLiteral("POST /spaces/{spaceId}/documents");
const QString ContentRoute = QStringLiteral("GET /spaces/{spaceId}/documents/{documentId}/content");
const QString MetaRoute = QStringLiteral("GET /meta");

// Collects one callback's result and waits for it without a nested loop of our own.
template <typename T>
struct Outcome
{
    std::optional<Result<T>> result;

    auto handler()
    {
        return [this](const Result<T>& value) { result.emplace(value); };
    }
    [[nodiscard]] bool wait(int milliseconds = 30000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, milliseconds);
    }
    [[nodiscard]] QString code() const { return result->ok() ? QString() : result->error().code(); }
};

Fault fault(Fault::Kind kind, int times = 1)
{
    Fault f;
    f.kind = kind;
    f.times = times;
    return f;
}

QByteArray pdfOfSize(qsizetype size)
{
    QByteArray bytes = "%PDF-1.4\n% client test\n";
    while (bytes.size() < size)
        bytes += QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '\n';
    return bytes.left(size);
}

// A plain HTTP server on loopback standing in for a misbehaving portal or proxy: once a
// request's headers have arrived, `answer` writes to the socket.
void answerRequests(QTcpServer& server, const std::function<void(QTcpSocket*)>& answer)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                if (socket->readAll().contains("\r\n\r\n"))
                    answer(socket);
            });
        }
    });
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestPortalClient : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    QString m_accessToken;
    QString m_refreshToken;

    // A client trusting the portal's CA, with retries fast enough for tests.
    std::unique_ptr<PortalClient> makeClient(QNetworkAccessManager& network, int maxAttempts = 4)
    {
        auto client = std::make_unique<PortalClient>(network, m_server->baseUrl());
        client->setTlsTrust(TlsTrust({m_tls.caCertificate()}));
        client->setLanguage(QStringLiteral("en"));
        client->setTokenProvider([this] { return m_accessToken; });
        RetryPolicy policy;
        policy.maxAttempts = maxAttempts;
        policy.baseDelayMs = 20;
        policy.random = [] { return 0.5; };
        client->setRetryPolicy(policy);
        client->connectivity().setUseSystemReachability(false);
        return client;
    }

    Result<PortalResponse> send(PortalClient& client, PortalRequest request)
    {
        Outcome<PortalResponse> outcome;
        client.send(std::move(request), this, outcome.handler());
        if (!outcome.wait())
            return Error(QStringLiteral("GEN-000"), QStringLiteral("no answer"));
        return *outcome.result;
    }

    Result<QJsonDocument> getJson(PortalClient& client, const QString& path)
    {
        Outcome<QJsonDocument> outcome;
        client.getJson(path, {}, this, outcome.handler());
        if (!outcome.wait())
            return Error(QStringLiteral("GEN-000"), QStringLiteral("no answer"));
        return *outcome.result;
    }

    PortalRequest upload(const QString& title, const QByteArray& bytes, const QByteArray& key)
    {
        MultipartBody body;
        body.addField("title", title.toUtf8());
        body.addFile("file", "test.pdf", "application/pdf", bytes);
        PortalRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/spaces/%1/documents").arg(Marie);
        request.body = body.serialise();
        request.contentType = body.contentType();
        request.idempotencyKey = key;
        return request;
    }

    // Every document of Marie's space with this title, following the pages.
    int documentsTitled(PortalClient& client, const QString& title)
    {
        int found = 0;
        QString cursor;
        do {
            QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("200")}};
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            Outcome<QJsonDocument> page;
            client.getJson(QStringLiteral("/spaces/%1/documents").arg(Marie), query, this,
                           page.handler());
            if (!page.wait() || !page.result->ok())
                return -1;
            const QJsonObject object = page.result->value().object();
            for (const QJsonValue item : object.value(QStringLiteral("items")).toArray())
                found += item.toObject().value(QStringLiteral("title")).toString() == title;
            cursor = object.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One portal for the whole program: seeding costs about a second.
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());

        test::SimulatedTokenSigner signer(m_token,
                                          QByteArray(sim::SimulatedToken::AuthenticationKeyId));
        AuthClient auth(m_network, m_server->baseUrl(), {m_tls.caCertificate()});
        QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
        QSignalSpy failed(&auth, &AuthClient::failed);
        auth.login(signer);
        QVERIFY(QTest::qWaitFor([&] { return !loggedIn.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY(failed.isEmpty());
        const auto session = loggedIn.first().first().value<PortalSession>();
        m_accessToken = session.accessToken;
        m_refreshToken = session.refreshToken;
    }

    void cleanup() { m_server->faults().clearAll(); }

    void idempotencyKeysHaveThePortalsShape()
    {
        const QByteArray key = newIdempotencyKey();
        QVERIFY(isValidIdempotencyKey(key));
        QVERIFY(newIdempotencyKey() != key);
        QVERIFY(!isValidIdempotencyKey("short"));
        QVERIFY(!isValidIdempotencyKey("has spaces in it, sixteen+"));
        QVERIFY(takesIdempotencyKey("POST", QStringLiteral("/spaces/x/documents")));
        QVERIFY(!takesIdempotencyKey("POST", QStringLiteral("/auth/refresh")));
        QVERIFY(!takesIdempotencyKey("POST", QStringLiteral("/tsa")));
        QVERIFY(!takesIdempotencyKey("GET", QStringLiteral("/spaces")));
    }

    void getIsRetriedAfterServerError()
    {
        auto client = makeClient(m_network);
        m_server->faults().set(MetaRoute, [] {
            Fault f = fault(Fault::Kind::ServerError);
            f.status = 500;
            return f;
        }());
        PortalRequest request;
        request.path = QStringLiteral("/meta");
        const Result<PortalResponse> answer = send(*client, request);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
        QCOMPARE(answer.value().status, 200);
        QCOMPARE(answer.value().attempts, 2);
        QCOMPARE(m_server->faults().injectedCount(MetaRoute), 1);
    }

    void postWithoutKeyIsNotRetried()
    {
        auto client = makeClient(m_network);
        Fault serverError = fault(Fault::Kind::ServerError, -1);
        serverError.status = 500;
        m_server->faults().set(DocumentsRoute, serverError);
        const int before = m_server->faults().injectedCount(DocumentsRoute);
        const Result<PortalResponse> answer =
            send(*client, upload(QStringLiteral("no key"), pdfOfSize(400), {}));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalServerError));
        QVERIFY2(answer.error().detail().contains(QLatin1String("SRV-001")),
                 qPrintable(answer.error().detail()));
        QCOMPARE(m_server->faults().injectedCount(DocumentsRoute) - before, 1);
    }

    void postWithKeyDroppedMidBodyCreatesOneObject()
    {
        auto client = makeClient(m_network);
        const QString title = QStringLiteral("dropped-") + QString::fromLatin1(newIdempotencyKey());
        m_server->faults().set(DocumentsRoute, fault(Fault::Kind::DropMidBody));
        const QByteArray key = newIdempotencyKey();
        const Result<PortalResponse> answer = send(*client, upload(title, pdfOfSize(2000), key));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
        QCOMPARE(answer.value().status, 201);
        QCOMPARE(answer.value().attempts, 2);
        // The second attempt was answered from the portal's record of the first.
        QCOMPARE(answer.value().header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(documentsTitled(*client, title), 1);
    }

    void truncatedJsonIsABadResponse()
    {
        auto client = makeClient(m_network);
        m_server->faults().set(MetaRoute, fault(Fault::Kind::TruncatedJson));
        const Result<QJsonDocument> answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalBadResponse));
    }

    void slowTrickleCompletes()
    {
        auto client = makeClient(m_network);
        const QString route = QStringLiteral("GET /catalogue/procedures/{procedureId}");
        Fault trickle = fault(Fault::Kind::SlowTrickle);
        trickle.bytesPerTick = 200;
        trickle.milliseconds = 5;
        m_server->faults().set(route, trickle);
        const Result<QJsonDocument> answer =
            getJson(*client, QStringLiteral("/catalogue/procedures/P-CIT-STUDY-GRANT"));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
        QCOMPARE(answer.value().object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("P-CIT-STUDY-GRANT"));
        QCOMPARE(m_server->faults().injectedCount(route), 1);
    }

    void latencyAboveTimeoutEndsInTimeout()
    {
        QNetworkAccessManager network; // aborted connections stay out of the shared manager
        auto client = makeClient(network, 2);
        client->setTimeouts({800, 800});
        Fault slow = fault(Fault::Kind::Latency, -1);
        slow.milliseconds = 5000;
        m_server->faults().set(MetaRoute, slow);
        const int before = m_server->faults().injectedCount(MetaRoute);
        const Result<QJsonDocument> answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalTimeout));
        QCOMPARE(m_server->faults().injectedCount(MetaRoute) - before, 2);
    }

    void serviceUnavailableHonoursRetryAfter()
    {
        auto client = makeClient(m_network);
        Fault unavailable = fault(Fault::Kind::ServerError);
        unavailable.status = 503;
        m_server->faults().set(MetaRoute, unavailable);
        QElapsedTimer timer;
        timer.start();
        PortalRequest request;
        request.path = QStringLiteral("/meta");
        const Result<PortalResponse> answer = send(*client, request);
        QVERIFY(answer.ok());
        QCOMPARE(answer.value().attempts, 2);
        // The portal says "Retry-After: 1"; the 20 ms backoff alone would be far shorter.
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void notModifiedIsServedFromTheCache()
    {
        auto client = makeClient(m_network);
        MemoryEtagCache cache;
        client->setEtagCache(&cache);
        PortalRequest request;
        request.path = QStringLiteral("/catalogue/procedures/P-BUS-VAT-REGISTRATION");
        const Result<PortalResponse> first = send(*client, request);
        QVERIFY(first.ok());
        QVERIFY(!first.value().fromCache);
        QVERIFY(!first.value().header("etag").isEmpty());
        const Result<PortalResponse> second = send(*client, request);
        QVERIFY(second.ok());
        QVERIFY(second.value().fromCache);
        QCOMPARE(second.value().status, 200);
        QCOMPARE(second.value().body, first.value().body);
    }

    void downloadResumesAfterADrop()
    {
        auto client = makeClient(m_network);
        const QByteArray bytes = pdfOfSize(600 * 1024);
        const Result<PortalResponse> uploaded =
            send(*client, upload(QStringLiteral("resumable"), bytes, newIdempotencyKey()));
        QVERIFY(uploaded.ok());
        const QString id = PortalClient::jsonOf(uploaded.value(), {})
                               .value()
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QTemporaryDir folder;
        DownloadRequest download;
        download.path = QStringLiteral("/spaces/%1/documents/%2/content").arg(Marie, id);
        download.targetFile = folder.filePath(QStringLiteral("document.pdf"));
        download.expectedSha256Hex = sha256Hex(bytes);

        // A call allowed one attempt fails, and leaves what arrived in the .part file.
        m_server->faults().set(ContentRoute, fault(Fault::Kind::DropMidBody));
        auto once = makeClient(m_network, 1);
        Outcome<DownloadResult> dropped;
        once->download(download, this, dropped.handler());
        QVERIFY(dropped.wait());
        QVERIFY(!dropped.result->ok());
        const qint64 partial = QFileInfo(download.targetFile + QStringLiteral(".part")).size();
        QVERIFY2(partial > 0 && partial < bytes.size(), qPrintable(QString::number(partial)));

        // The next call asks for the rest only; the joined file has the right digest.
        Outcome<DownloadResult> resumed;
        client->download(download, this, resumed.handler());
        QVERIFY(resumed.wait());
        QVERIFY2(resumed.result->ok(), qPrintable(resumed.code()));
        QCOMPARE(resumed.result->value().resumedFrom, partial);
        QCOMPARE(resumed.result->value().sha256Hex, sha256Hex(bytes));
        QFile file(download.targetFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QVERIFY(!QFile::exists(download.targetFile + QStringLiteral(".part")));

        // Within one call: the retry after a drop resumes by itself.
        QVERIFY(QFile::remove(download.targetFile));
        m_server->faults().set(ContentRoute, fault(Fault::Kind::DropMidBody));
        Outcome<DownloadResult> retried;
        client->download(download, this, retried.handler());
        QVERIFY(retried.wait());
        QVERIFY2(retried.result->ok(), qPrintable(retried.code()));
        QVERIFY(retried.result->value().resumedFrom > 0);
        QCOMPARE(retried.result->value().sha256Hex, sha256Hex(bytes));

        // A wrong expected digest is caught and the bad bytes are not kept.
        download.expectedSha256Hex = sha256Hex("something else");
        download.targetFile = folder.filePath(QStringLiteral("other.pdf"));
        Outcome<DownloadResult> mismatch;
        client->download(download, this, mismatch.handler());
        QVERIFY(mismatch.wait());
        QCOMPARE(mismatch.code(), QString::fromLatin1(ErrorCode::PortalBadResponse));
        QVERIFY(!QFile::exists(download.targetFile));
    }

    void answerAboveTheCapIsAborted()
    {
        auto client = makeClient(m_network);
        PortalRequest request;
        request.path = QStringLiteral("/catalogue/procedures");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        request.maxResponseBytes = 4096;
        const Result<PortalResponse> answer = send(*client, request);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalResponseTooLarge));
    }

    void unknownCaFailsTls()
    {
        QNetworkAccessManager network; // no kept-alive connection from earlier tests
        auto client = makeClient(network);
        client->setTlsTrust(TlsTrust());
        Result<QJsonDocument> answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalTlsFailed));

        // Pinned to another CA: the portal's certificate is refused as well.
        const QSslCertificate otherCa(m_token.pki().caCertificateDer(), QSsl::Der);
        client->setTlsTrust(TlsTrust({otherCa}, true));
        answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalTlsFailed));

        // Pinned to the portal's own CA: accepted.
        client->setTlsTrust(TlsTrust({m_tls.caCertificate()}, true));
        answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
    }

    void keyPinsDecideAfterTheHandshake()
    {
        // Pinned to a key the portal does not have: NET-010, and nothing reached it.
        QNetworkAccessManager network;
        auto client = makeClient(network, 1);
        TlsTrust wrong({m_tls.caCertificate()});
        wrong.setKeyPins({QByteArray(32, 'x')});
        client->setTlsTrust(wrong);
        const int before = documentsTitled(*makeClient(m_network), QStringLiteral("pinned upload"));
        Result<PortalResponse> sent = send(
            *client, upload(QStringLiteral("pinned upload"), pdfOfSize(2000), newIdempotencyKey()));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code(), QString::fromLatin1(ErrorCode::PortalKeyNotPinned));
        QCOMPARE(documentsTitled(*makeClient(m_network), QStringLiteral("pinned upload")), before);

        // Sign-in is held to the same pins.
        AuthClient auth(network, m_server->baseUrl());
        auth.setTlsTrust(wrong);
        QSignalSpy failed(&auth, &AuthClient::failed);
        test::SimulatedTokenSigner signer(m_token,
                                          QByteArray(sim::SimulatedToken::AuthenticationKeyId));
        auth.login(signer);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 30000));
        QCOMPARE(failed.first().first().value<Error>().code(),
                 QString::fromLatin1(ErrorCode::PortalKeyNotPinned));

        // The portal's own key: accepted.
        QNetworkAccessManager fresh;
        auto pinned = makeClient(fresh);
        TlsTrust right({m_tls.caCertificate()});
        right.setKeyPins({QByteArray(32, 'x'),
                          TlsTrust::keyPinOf(m_tls.serverConfiguration().localCertificate())});
        pinned->setTlsTrust(right);
        const Result<QJsonDocument> answer = getJson(*pinned, QStringLiteral("/meta"));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
    }

    void proxiesThatRefuseOrAskAreToldApart()
    {
        // A proxy that is not there: NET-011, not "the portal cannot be reached".
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        QNetworkAccessManager network;
        auto client = makeClient(network, 1);
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.host = QStringLiteral("127.0.0.1");
        proxy.port = deadPort;
        client->setProxy(proxy);
        Result<QJsonDocument> answer = getJson(*client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().code() == QLatin1String(ErrorCode::ProxyUnreachable),
                 qPrintable(answer.error().detail()));

        // Signing in goes through the same proxy, and says the same.
        SessionManager sessions(m_server->baseUrl(), {m_tls.caCertificate()});
        sessions.setConnection(TlsTrust({m_tls.caCertificate()}), proxy);
        QSignalSpy failed(&sessions, &SessionManager::signInFailed);
        sessions.signIn(std::make_unique<test::SimulatedTokenSigner>(
            m_token, QByteArray(sim::SimulatedToken::AuthenticationKeyId)));
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 30000));
        QCOMPARE(failed.first().first().value<Error>().code(),
                 QString::fromLatin1(ErrorCode::ProxyUnreachable));

        // A proxy that keeps asking for credentials: they are given once, then NET-009.
        QTcpServer asking;
        QVERIFY(asking.listen(QHostAddress::LocalHost));
        int asked = 0;
        answerRequests(asking, [&asked](QTcpSocket* socket) {
            ++asked;
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                          "Content-Length: 0\r\n\r\n");
        });
        QNetworkAccessManager other;
        auto asked407 = makeClient(other, 1);
        proxy.port = asking.serverPort();
        proxy.user = QStringLiteral("jdoe");
        proxy.password = QStringLiteral("wrong");
        asked407->setProxy(proxy);
        answer = getJson(*asked407, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::ProxyAuthenticationFailed));
        QVERIFY(asked >= 1);
    }

    void redirectsToAnotherOriginAreNotFollowed()
    {
        // A portal (plain HTTP on loopback, for the test) that sends every request to
        // another origin; that origin must never see the request or its bearer token.
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        int reachedElsewhere = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = elsewhere.nextPendingConnection()) {
                ++reachedElsewhere;
                socket->close();
            }
        });
        QTcpServer redirecting;
        QVERIFY(redirecting.listen(QHostAddress::LocalHost));
        const QByteArray target =
            "http://localhost:" + QByteArray::number(elsewhere.serverPort()) + "/api/v1/meta";
        answerRequests(redirecting, [target](QTcpSocket* socket) {
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target +
                          "\r\nContent-Length: 0\r\n\r\n");
        });
        QNetworkAccessManager network;
        PortalClient client(
            network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirecting.serverPort())));
        client.setTokenProvider([] { return QStringLiteral("secret-bearer"); });
        client.connectivity().setUseSystemReachability(false);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        const Result<QJsonDocument> answer = getJson(client, QStringLiteral("/meta"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalBadResponse));
        QTest::qWait(100);
        QCOMPARE(reachedElsewhere, 0);
    }

    void signInAnswersAreCappedWhileTheyStream()
    {
        // A "portal" that answers the challenge with an endless body (no length).
        QTcpServer endless;
        QVERIFY(endless.listen(QHostAddress::LocalHost));
        qint64 sent = 0;
        answerRequests(endless, [&sent](QTcpSocket* socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n{\"nonce\":\"");
            auto* pump = new QTimer(socket);
            QObject::connect(pump, &QTimer::timeout, socket, [socket, &sent] {
                if (socket->state() != QAbstractSocket::ConnectedState || sent > 64 * 1024 * 1024)
                    return;
                sent += socket->write(QByteArray(256 * 1024, 'a'));
            });
            pump->start(1);
        });
        QNetworkAccessManager network;
        AuthClient auth(network,
                        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(endless.serverPort())));
        QSignalSpy failed(&auth, &AuthClient::failed);
        test::SimulatedTokenSigner signer(m_token,
                                          QByteArray(sim::SimulatedToken::AuthenticationKeyId));
        auth.login(signer);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 30000));
        QCOMPARE(failed.first().first().value<Error>().code(),
                 QString::fromLatin1(ErrorCode::PortalResponseTooLarge));
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
    }

    void expiredSessionIsRefreshedOnceAndReplayed()
    {
        auto client = makeClient(m_network);
        int refreshes = 0;
        client->setRefreshHook([&](std::function<void(bool)> done) {
            ++refreshes;
            client->sendJson("POST", QStringLiteral("/auth/refresh"),
                             QJsonDocument(QJsonObject{{"refreshToken", m_refreshToken}}), {}, this,
                             [this, done](const Result<QJsonDocument>& tokens) {
                                 if (tokens) {
                                     const QJsonObject object = tokens.value().object();
                                     m_accessToken = object.value("accessToken").toString();
                                     m_refreshToken = object.value("refreshToken").toString();
                                 }
                                 done(tokens.ok());
                             });
        });
        m_server->sessions().expireAccessTokens();
        Outcome<QJsonDocument> spaces;
        Outcome<QJsonDocument> documents;
        client->getJson(QStringLiteral("/spaces"), {}, this, spaces.handler());
        client->getJson(QStringLiteral("/spaces/%1/documents").arg(Marie), {}, this,
                        documents.handler());
        QVERIFY(spaces.wait());
        QVERIFY(documents.wait());
        QVERIFY2(spaces.result->ok(), qPrintable(spaces.code()));
        QVERIFY2(documents.result->ok(), qPrintable(documents.code()));
        QCOMPARE(refreshes, 1);

        // A refresh that fails reports the portal's AUTH-009 as it is.
        client->setRefreshHook([&](std::function<void(bool)> done) {
            ++refreshes;
            done(false);
        });
        m_server->sessions().expireAccessTokens();
        const Result<QJsonDocument> refused = getJson(*client, QStringLiteral("/spaces"));
        QCOMPARE(refreshes, 2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QString::fromLatin1(ErrorCode::AuthSessionExpired));
        // Later tests need a live session again.
        client->setRefreshHook({});
        Outcome<QJsonDocument> renewed;
        client->sendJson("POST", QStringLiteral("/auth/refresh"),
                         QJsonDocument(QJsonObject{{"refreshToken", m_refreshToken}}), {}, this,
                         renewed.handler());
        QVERIFY(renewed.wait());
        QVERIFY(renewed.result->ok());
        m_accessToken = renewed.result->value().object().value("accessToken").toString();
        m_refreshToken = renewed.result->value().object().value("refreshToken").toString();
    }

    void problemsAreMappedToTheCatalogue()
    {
        auto client = makeClient(m_network);
        Result<QJsonDocument> answer =
            getJson(*client, QStringLiteral("/catalogue/procedures/P-CIT-NOTHING"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalRequestRefused));
        QVERIFY2(answer.error().detail().contains(QLatin1String("RES-001")),
                 qPrintable(answer.error().detail()));

        // AUTH-* codes stay as the portal said them.
        client->setTokenProvider({});
        answer = getJson(*client, QStringLiteral("/spaces"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::AuthTokenMissing));
    }

    void repeatedConnectionFailuresMeanOffline()
    {
        // A port nobody listens on (taken, then released).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl closed = m_server->baseUrl();
        closed.setPort(probe.serverPort());
        probe.close();

        QNetworkAccessManager network;
        PortalClient client(network, closed);
        client.connectivity().setUseSystemReachability(false);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        QSignalSpy changes(&client, &PortalClient::onlineChanged);
        QVERIFY(client.isOnline());
        QString lastCode;
        for (int i = 0; i < ConnectivityMonitor::FailuresBeforeOffline + 1; ++i) {
            const Result<QJsonDocument> answer = getJson(client, QStringLiteral("/meta"));
            QVERIFY(!answer.ok());
            if (i == 0)
                QCOMPARE(answer.error().code(), QString::fromLatin1(ErrorCode::PortalUnreachable));
            lastCode = answer.error().code();
        }
        QVERIFY(!client.isOnline());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(lastCode, QString::fromLatin1(ErrorCode::PortalOffline));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portal_client.moc"
