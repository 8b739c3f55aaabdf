// Messages through the outbox against the simulated portal over real TLS, with a
// real store and vault: a reply written while the portal cannot be reached is kept,
// sent once when it is back (even when its first answer is lost), and appears in its
// thread after the next sync exactly once; read marks reach the portal.
#include "AuthClient.h"
#include "DocumentVault.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "MessageThreads.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PortalServer.h"
#include "PortalSignIn.h"
#include "PortalTls.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SpaceIds.h"
#include "SyncEngine.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

const QString Marie = QString::fromLatin1(sim::seed::kMariePrivateSpace);

QList<QJsonObject> jsonObjects(const QList<store::StoredObject>& objects)
{
    QList<QJsonObject> list;
    for (const store::StoredObject& object : objects)
        list.append(QJsonDocument::fromJson(object.json).object());
    return list;
}

} // namespace

class TestPortalMessages : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    QString m_access;

    QString login()
    {
        return test::signInToPortal(m_network, m_server->baseUrl(), m_tls.caCertificate(), m_token);
    }

    std::unique_ptr<net::PortalClient> makeClient(const QUrl& base)
    {
        auto client = std::make_unique<net::PortalClient>(m_network, base);
        client->setTlsTrust(net::TlsTrust({m_tls.caCertificate()}));
        client->setTokenProvider([this] { return m_access; });
        net::RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 10;
        policy.random = [] { return 0.5; };
        client->setRetryPolicy(policy);
        client->setTimeouts({5'000, 5'000});
        client->connectivity().setUseSystemReachability(false);
        return client;
    }

    // What the portal itself says about one message.
    QJsonObject portalMessage(net::PortalClient& client, const QString& id)
    {
        std::optional<Result<QJsonDocument>> answer;
        client.getJson(QStringLiteral("/spaces/%1/messages/%2").arg(Marie, id), {}, this,
                       [&](const Result<QJsonDocument>& a) { answer.emplace(a); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000) || !answer->ok())
            return {};
        return answer->value().object();
    }

    // Messages of a thread on the portal whose body is `body`.
    int portalCount(net::PortalClient& client, const QString& threadId, const QString& body)
    {
        std::optional<Result<QJsonDocument>> answer;
        client.getJson(QStringLiteral("/spaces/%1/messages").arg(Marie),
                       QUrlQuery{{QStringLiteral("threadId"), threadId},
                                 {QStringLiteral("limit"), QStringLiteral("200")}},
                       this, [&](const Result<QJsonDocument>& a) { answer.emplace(a); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000) || !answer->ok())
            return -1;
        int found = 0;
        for (const QJsonValue item : answer->value().object().value(u"items").toArray())
            found += item.toObject().value(u"body").toString() == body;
        return found;
    }

    static bool sync(sync::SyncEngine& engine)
    {
        QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
        engine.syncNow();
        return finished.wait(120'000) && finished.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        m_access = login();
        QVERIFY(!m_access.isEmpty());
    }

    void replyWrittenOfflineIsSentOnceAndReadMarksReachThePortal()
    {
        QTemporaryDir folder;
        auto opened =
            guichet::test::openUnlockedStore(folder.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(opened.ok());
        std::unique_ptr<store::LocalStore> store = std::move(opened).value();
        store::InMemoryKeyProvider keys;
        std::unique_ptr<store::DocumentVault> vault;
        store::DocumentVault::open(folder.filePath(QStringLiteral("vault")), keys,
                                   [&](Result<std::unique_ptr<store::DocumentVault>> v) {
                                       if (v)
                                           vault = std::move(v).value();
                                   });
        QVERIFY(QTest::qWaitFor([&] { return vault != nullptr; }, 10000));

        std::unique_ptr<net::PortalClient> client = makeClient(m_server->baseUrl());
        sync::SyncEngine engine(*client, *store);
        engine.setSpaces({Marie});
        QVERIFY(sync(engine));
        LocalStoreSource source(*store, vault.get(), Marie);

        // A thread still open with an unread message from the administration.
        const QList<QJsonObject> messages =
            jsonObjects(source.objects(QStringLiteral("message"), {}).value());
        const QList<QJsonObject> dossiers =
            jsonObjects(source.objects(QStringLiteral("dossier"), {}).value());
        const QList<MessageThread> threads = buildThreads(messages, dossiers, {}, {});
        const auto chosen = std::find_if(threads.cbegin(), threads.cend(), [](const auto& t) {
            return !t.closed && t.unread > 0 && !t.replyTo().isEmpty();
        });
        QVERIFY(chosen != threads.cend());
        const QString threadId = chosen->key;
        const QString unreadId = chosen->unreadIds({}).first();
        QVERIFY(portalMessage(*client, unreadId).value(u"readAt").isNull());

        // The portal cannot be reached: nothing listens where this client goes.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        QUrl unreachable = m_server->baseUrl();
        unreachable.setPort(closedPort);
        std::unique_ptr<net::PortalClient> offlineClient = makeClient(unreachable);
        auto offline = std::make_unique<sync::OutboxSender>(*offlineClient, *store, vault.get());
        offline->setRetryInterval(3'600'000);
        // As PersonalSpace does: what is queued goes out at once.
        connect(&source, &SpaceSource::requestQueued, offline.get(),
                &sync::OutboxSender::sendPending);
        QSignalSpy offlineRounds(offline.get(), &sync::OutboxSender::roundFinished);

        const QString body =
            QStringLiteral("Réponse écrite hors ligne %1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString pdfPath = folder.filePath(QStringLiteral("attestation.pdf"));
        const QByteArray pdf = "%PDF-1.4\n% offline message\n" + QByteArray(4000, 'o');
        {
            QFile file(pdfPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf);
        }
        const QJsonObject reply{
            {QStringLiteral("inReplyTo"), chosen->replyTo()},
            {QStringLiteral("subject"), QStringLiteral("Re: ") + chosen->subject},
            {QStringLiteral("body"), body}};
        QVERIFY(source.sendMessage(reply, {pdfPath}, {}));
        QVERIFY(source.markMessageRead(unreadId));
        QVERIFY(source.markMessageRead(unreadId)); // asked twice, queued once
        QVERIFY(offlineRounds.wait(60'000));
        QCOMPARE(offlineRounds.last().at(0).toInt(), 0);
        QCOMPARE(offlineRounds.last().at(2).toBool(), true); // retry later
        QVERIFY(QFile::remove(pdfPath));                     // the vault keeps its copy
        QList<store::OutboxEntry> waiting = source.pendingOutbox().value();
        QCOMPARE(waiting.size(), 2);
        for (const store::OutboxEntry& entry : waiting)
            QCOMPARE(entry.state, store::OutboxState::Queued);
        QCOMPARE(portalCount(*client, threadId, body), 0);
        offline.reset();

        // Back, but the first answer to the message is lost mid-body: the client repeats
        // with the same Idempotency-Key and the portal answers with the first result.
        sim::Fault lost;
        lost.kind = sim::Fault::Kind::DropMidBody;
        lost.times = 1;
        m_server->faults().set(QStringLiteral("POST /spaces/{spaceId}/messages"), lost);
        sync::OutboxSender sender(*client, *store, vault.get());
        QSignalSpy rounds(&sender, &sync::OutboxSender::roundFinished);
        sender.sendPending();
        QVERIFY(rounds.wait(60'000));
        QVERIFY(m_server->faults().injectedCount(
                    QStringLiteral("POST /spaces/{spaceId}/messages")) > 0);
        m_server->faults().clearAll();
        QCOMPARE(rounds.last().at(0).toInt(), 2);
        QVERIFY(source.pendingOutbox().value().isEmpty());
        QCOMPARE(portalCount(*client, threadId, body), 1);
        QVERIFY(!portalMessage(*client, unreadId).value(u"readAt").isNull());

        // The next sync brings both back: the reply in its thread once, with its file as
        // a document of the space, and the message read.
        QVERIFY(sync(engine));
        const QList<QJsonObject> synced =
            jsonObjects(source.objects(QStringLiteral("message"), {}).value());
        const QList<MessageThread> after = buildThreads(
            synced, jsonObjects(source.objects(QStringLiteral("dossier"), {}).value()), {}, {});
        const auto thread = std::find_if(after.cbegin(), after.cend(),
                                         [&](const auto& t) { return t.key == threadId; });
        QVERIFY(thread != after.cend());
        QVERIFY(thread->pending.isEmpty());
        int copies = 0;
        for (const QJsonObject& message : thread->messages) {
            if (message.value(u"body").toString() != body)
                continue;
            ++copies;
            QCOMPARE(message.value(u"direction").toString(), QStringLiteral("outbound"));
            const QJsonArray attachments = message.value(u"attachments").toArray();
            QCOMPARE(attachments.size(), 1);
            const QString documentId =
                attachments.first().toObject().value(u"documentId").toString();
            const auto document =
                store->objects().object(Marie, QStringLiteral("document"), documentId);
            QVERIFY(document && document.value());
        }
        QCOMPARE(copies, 1);
        QVERIFY(!thread->unreadIds({}).contains(unreadId));
    }
};

QTEST_GUILESS_MAIN(TestPortalMessages)
#include "tst_portal_messages.moc"
