// SyncEngine and OutboxSender against the simulated portal over real TLS, with real
// SQLite stores in temporary folders. Assertions count objects and requests, never
// durations.
#include "AuthClient.h"
#include "DocumentFetcher.h"
#include "DocumentVault.h"
#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "KeyProvider.h"
#include "LocalStore.h"
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
#include "VaultBudget.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace guichet;
using sim::Fault;

namespace {

const QString Marie = QString::fromLatin1(sim::seed::kMariePrivateSpace);
const QString Paul = QString::fromLatin1(sim::seed::kPaulPrivateSpace);
const QString FeedRoute = QStringLiteral("GET /spaces/{spaceId}/changes");

// Kinds with a list endpoint: kind -> list name.
const QList<QPair<QString, QString>> ListedKinds{
    {QStringLiteral("dossier"), QStringLiteral("dossiers")},
    {QStringLiteral("document"), QStringLiteral("documents")},
    {QStringLiteral("message"), QStringLiteral("messages")},
    {QStringLiteral("consent"), QStringLiteral("consents")},
    {QStringLiteral("access"), QStringLiteral("access-log")}};

store::ObjectFilter spaceFilter(const QString& spaceId, const QString& kind = {})
{
    store::ObjectFilter filter;
    filter.spaceId = spaceId;
    filter.kind = kind;
    return filter;
}

Fault fault(Fault::Kind kind, int times)
{
    Fault f;
    f.kind = kind;
    f.times = times;
    f.milliseconds = 5;
    f.bytesPerTick = 512;
    return f;
}

// One identity on this machine: its store, its client and its engine.
struct Identity
{
    QTemporaryDir folder;
    QNetworkAccessManager network;
    std::unique_ptr<net::PortalClient> client;
    std::unique_ptr<store::LocalStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
    int replies = 0; // HTTP attempts, counted on the network manager

    int count(const QString& spaceId, const QString& kind)
    {
        store::ObjectFilter filter;
        filter.spaceId = spaceId;
        filter.kind = kind;
        return store->objects().count(filter).valueOr(-1);
    }

    // One sync run; false when it failed (or never ended).
    bool sync()
    {
        QSignalSpy finished(engine.get(), &sync::SyncEngine::syncFinished);
        engine->syncNow();
        if (!finished.wait(120'000))
            return false;
        if (!finished.first().first().toBool())
            qInfo() << "sync failed:" << engine->spaces() << engine->lastError().code()
                    << engine->lastError().detail();
        return finished.first().first().toBool();
    }
};

} // namespace

class TestPortalSync : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_marieToken;
    sim::SimulatedToken m_paulToken{sim::SimulatedPki::demoPersonas().at(2)};
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    QString m_marieAccess;
    QString m_paulAccess;
    QHash<QString, int> m_apiCounts; // Marie's space per kind, from the API lists

    QString login(sim::SimulatedToken& token)
    {
        return test::signInToPortal(m_network, m_server->baseUrl(), m_tls.caCertificate(), token);
    }

    std::unique_ptr<Identity> makeIdentity(const QString* token, const QString& spaceId)
    {
        auto identity = std::make_unique<Identity>();
        Identity* raw = identity.get();
        connect(&identity->network, &QNetworkAccessManager::finished, this,
                [raw] { ++raw->replies; });
        identity->client =
            std::make_unique<net::PortalClient>(identity->network, m_server->baseUrl());
        identity->client->setTlsTrust(net::TlsTrust({m_tls.caCertificate()}));
        identity->client->setTokenProvider([token] { return *token; });
        net::RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 10;
        policy.random = [] { return 0.5; };
        identity->client->setRetryPolicy(policy);
        identity->client->setTimeouts({5'000, 5'000});
        identity->client->connectivity().setUseSystemReachability(false);
        auto opened = guichet::test::openUnlockedStore(
            identity->folder.filePath(QStringLiteral("space.sqlite")));
        if (!opened)
            return nullptr;
        identity->store = std::move(opened).value();
        identity->engine = std::make_unique<sync::SyncEngine>(*identity->client, *identity->store);
        identity->engine->setSpaces({spaceId});
        identity->engine->setFeedPageSize(40);
        return identity;
    }

    // Every item of a list of the API, following the pages.
    int apiCount(const QString& path)
    {
        int found = 0;
        QString cursor;
        do {
            QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("200")}};
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            std::optional<Result<QJsonDocument>> page;
            Identity probe;
            net::PortalClient client(probe.network, m_server->baseUrl());
            client.setTlsTrust(net::TlsTrust({m_tls.caCertificate()}));
            client.setTokenProvider([this] { return m_marieAccess; });
            client.getJson(path, query, this,
                           [&](const Result<QJsonDocument>& answer) { page.emplace(answer); });
            if (!QTest::qWaitFor([&] { return page.has_value(); }, 30000) || !page->ok())
                return -1;
            const QJsonObject object = page->value().object();
            found += int(object.value(QStringLiteral("items")).toArray().size());
            cursor = object.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        return found;
    }

    QHash<QString, int> apiCounts()
    {
        QHash<QString, int> counts;
        for (const auto& [kind, list] : ListedKinds)
            counts.insert(kind, apiCount(QStringLiteral("/spaces/%1/%2").arg(Marie, list)));
        return counts;
    }

    void verifyMarieCounts(Identity& identity)
    {
        const QHash<QString, int> expected = apiCounts();
        for (const auto& [kind, list] : ListedKinds) {
            QVERIFY2(expected.value(kind) >= 0, qPrintable(kind));
            QCOMPARE(identity.count(Marie, kind), expected.value(kind));
        }
        QVERIFY(identity.count(Marie, QStringLiteral("event")) > 0);
    }

    // Events of every dossier of the space, from the API.
    int apiEventCount(Identity& identity)
    {
        store::ObjectFilter filter;
        filter.spaceId = Marie;
        filter.kind = QStringLiteral("dossier");
        int events = 0;
        const auto dossiers = identity.store->objects().list(filter, 0, 10'000);
        for (const store::StoredObject& dossier : dossiers.value())
            events +=
                apiCount(QStringLiteral("/spaces/%1/dossiers/%2/events").arg(Marie, dossier.id));
        return events;
    }

    static bool integrityOk(const QString& path, int* duplicates)
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
                     query.value(0).toString() == QLatin1String("ok");
                QSqlQuery dups(db);
                *duplicates = -1;
                if (dups.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM objects "
                                             "GROUP BY space_id, kind, id HAVING count(*) > 1)")) &&
                    dups.next())
                    *duplicates = dups.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(QList<QByteArray>{
            m_marieToken.pki().caCertificateDer(), m_paulToken.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        m_marieAccess = login(m_marieToken);
        m_paulAccess = login(m_paulToken);
        QVERIFY(!m_marieAccess.isEmpty());
    }

    void cleanup() { m_server->faults().clearAll(); }

    void fullSyncMatchesTheApiLists()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie);
        QSignalSpy progress(marie->engine.get(), &sync::SyncEngine::progress);
        QSignalSpy notified(marie->engine.get(), &sync::SyncEngine::dossierStatusChanged);
        QVERIFY(marie->sync());
        QCOMPARE(marie->engine->state(), sync::SyncState::Idle);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(notified.count(), 0); // a first sync reports no "changes"
        verifyMarieCounts(*marie);
        QCOMPARE(marie->count(Marie, QStringLiteral("event")), apiEventCount(*marie));
        qInfo("full sync: %d HTTP attempts for %d objects", marie->replies,
              marie->store->objects().count(spaceFilter(Marie)).valueOr(-1));

        // Nothing changed: exactly one request for the space.
        marie->replies = 0;
        QVERIFY(marie->sync());
        QCOMPARE(marie->replies, 1);
        QCOMPARE(marie->engine->lastReports().first().written, 0);
    }

    // The sync writes on its own thread and connection; the screens keep writing on
    // theirs at the same time (a message queued, a document pinned). Each of those
    // waits for the other's transaction, neither fails, nothing is lost.
    void theScreensWriteWhileTheSyncWrites()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie);
        int queued = 0;
        QStringList failures;
        const auto writeFromTheScreens = [&] {
            // Read, then write, in one transaction: what a deferred transaction could
            // not do once the writer had committed in between.
            const Status status = marie->store->inTransaction([&]() -> Status {
                const Result<QList<store::OutboxEntry>> before = marie->store->outbox().list();
                if (!before)
                    return before.error();
                store::OutboxEntry entry;
                entry.spaceId = Marie;
                entry.kind = QStringLiteral("message");
                entry.method = "POST";
                entry.path = QStringLiteral("/spaces/%1/messages").arg(Marie);
                entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
                entry.body =
                    QByteArray("{\"text\":\"") + QByteArray::number(before.value().size()) + "\"}";
                const Result<qint64> id = marie->store->outbox().enqueue(entry);
                return id ? Status() : Status(id.error());
            });
            if (!status)
                failures.append(status.error().detail());
            else
                ++queued;
        };
        // At every answer the network brings: while the writer is busy with the last.
        connect(&marie->network, &QNetworkAccessManager::finished, this, writeFromTheScreens);
        QVERIFY(marie->sync());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(queued > 0);
        QCOMPARE(marie->store->outbox().list().value().size(), queued);
        verifyMarieCounts(*marie);
    }

    // Who accessed my data: a pre-fill on the portal reads authentic sources, which the
    // portal logs; the next sync (one run) brings exactly those entries and says so.
    void anAccessRecordedOnThePortalArrivesAfterOneSync()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        const int before = marie->count(Marie, QStringLiteral("access"));
        store::ObjectFilter ofCedies = spaceFilter(Marie, QStringLiteral("access"));
        ofCedies.administration = QStringLiteral("mesr-cedies");
        const int cediesBefore = marie->store->objects().count(ofCedies).valueOr(-1);
        QCOMPARE(before, apiCount(QStringLiteral("/spaces/%1/access-log").arg(Marie)));

        std::optional<Result<QJsonDocument>> prefilled;
        marie->client->sendJson(
            "POST", QStringLiteral("/spaces/%1/prefill").arg(Marie),
            QJsonDocument(QJsonObject{{QStringLiteral("formId"), QStringLiteral("F-STUDY-GRANT")}}),
            net::newIdempotencyKey(), this,
            [&](const Result<QJsonDocument>& answer) { prefilled.emplace(answer); });
        QTRY_VERIFY_WITH_TIMEOUT(prefilled.has_value(), 30000);
        QVERIFY2(prefilled->ok(),
                 qPrintable(prefilled->ok() ? QString() : prefilled->error().detail()));
        const int logged = apiCount(QStringLiteral("/spaces/%1/access-log").arg(Marie)) - before;
        QVERIFY(logged > 0);

        QSignalSpy arrived(marie->engine.get(), &sync::SyncEngine::accessLogEntriesArrived);
        QVERIFY(marie->sync());
        QCOMPARE(marie->count(Marie, QStringLiteral("access")), before + logged);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().at(0).toString(), Marie);
        QCOMPARE(arrived.first().at(1).toInt(), logged);
        // They name the study grant's administration, as the portal logged them.
        store::ObjectFilter cedies = spaceFilter(Marie, QStringLiteral("access"));
        cedies.administration = QStringLiteral("mesr-cedies");
        QCOMPARE(marie->store->objects().count(cedies).valueOr(-1), cediesBefore + logged);
    }

    void catalogueIsStoredPerLanguage()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        marie->engine->setSpaces({});
        marie->engine->setCatalogueLanguages({QStringLiteral("fr"), QStringLiteral("de")});
        QVERIFY(marie->sync());
        const int french = marie->store->catalogue().count(QStringLiteral("fr")).valueOr(-1);
        QVERIFY(french > 100);
        QCOMPARE(marie->store->catalogue().count(QStringLiteral("de")).valueOr(-1), french);
        QVERIFY(marie->store->syncState()
                    .catalogueUpdatedSince(QStringLiteral("fr"))
                    .valueOr({})
                    .isValid());
        // Due again (interval 0): only what changed since, one request per language.
        marie->engine->setCatalogueInterval(0);
        marie->replies = 0;
        QVERIFY(marie->sync());
        QCOMPARE(marie->replies, 2);
        QCOMPARE(marie->store->catalogue().count(QStringLiteral("fr")).valueOr(-1), french);
    }

    void advancingTheClockBringsEventsAndStatusChanges()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        const int eventsBefore = marie->count(Marie, QStringLiteral("event"));
        QSignalSpy statusChanged(marie->engine.get(), &sync::SyncEngine::dossierStatusChanged);
        m_server->clock().advance(11LL * 24 * 3600);
        m_marieAccess = login(m_marieToken); // the session expired with the jump
        QVERIFY(!m_marieAccess.isEmpty());
        QVERIFY(marie->sync());
        QVERIFY(marie->count(Marie, QStringLiteral("event")) > eventsBefore);
        QVERIFY(!statusChanged.isEmpty());
        const auto change = statusChanged.first().first().value<sync::DossierStatusChange>();
        QCOMPARE(change.spaceId, Marie);
        QVERIFY(change.oldStatus != change.newStatus);
        QCOMPARE(marie->count(Marie, QStringLiteral("event")), apiEventCount(*marie));
    }

    void faultsDuringSyncLeaveNoGapsOrDuplicates_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("kind");
        QTest::newRow("feed 503") << FeedRoute << int(Fault::Kind::ServerError);
        QTest::newRow("feed dropped") << FeedRoute << int(Fault::Kind::DropMidBody);
        QTest::newRow("feed truncated") << FeedRoute << int(Fault::Kind::TruncatedJson);
        QTest::newRow("documents dropped")
            << QStringLiteral("GET /spaces/{spaceId}/documents") << int(Fault::Kind::DropMidBody);
        QTest::newRow("events truncated")
            << QStringLiteral("GET /spaces/{spaceId}/dossiers/{dossierId}/events")
            << int(Fault::Kind::TruncatedJson);
        QTest::newRow("dossiers trickle")
            << QStringLiteral("GET /spaces/{spaceId}/dossiers") << int(Fault::Kind::SlowTrickle);
    }

    void faultsDuringSyncLeaveNoGapsOrDuplicates()
    {
        QFETCH(QString, route);
        QFETCH(int, kind);
        auto marie = makeIdentity(&m_marieAccess, Marie);
        Fault f = fault(Fault::Kind(kind), 5);
        f.status = 503;
        m_server->faults().set(route, f);
        (void)marie->sync(); // may fail or recover through retries
        QVERIFY(m_server->faults().injectedCount(route) > 0);
        m_server->faults().clearAll();
        QVERIFY(marie->sync());
        verifyMarieCounts(*marie);
        int duplicates = -1;
        marie->engine.reset();
        const QString path = marie->store->path();
        QVERIFY(integrityOk(path, &duplicates));
        QCOMPARE(duplicates, 0);
    }

    void expiredCursorResyncs()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        // A local object the portal no longer has must go away with the resync.
        store::ObjectFilter documents = spaceFilter(Marie, QStringLiteral("document"));
        store::StoredObject stale = marie->store->objects().list(documents, 0, 1).value().first();
        QJsonObject json = QJsonDocument::fromJson(stale.json).object();
        json.insert(QStringLiteral("id"), QStringLiteral("DOC-gone"));
        stale.id = QStringLiteral("DOC-gone");
        stale.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY(marie->store->objects().upsert({stale}).ok());
        // Every cursor is now too old; the resync reads the space in one page (the
        // simulated floor would refuse the cursors of a paged resync too).
        marie->engine->setFeedPageSize(1000);
        m_server->store().setFeedFloor(m_server->store().lastChangeSeq() + 1);
        const bool ok = marie->sync();
        m_server->store().setFeedFloor(0);
        QVERIFY(ok);
        QVERIFY(marie->engine->lastReports().first().fullSync);
        QVERIFY(!marie->store->objects()
                     .object(Marie, QStringLiteral("document"), QStringLiteral("DOC-gone"))
                     .value()
                     .has_value());
        verifyMarieCounts(*marie);
    }

    // The portal writes data items, source titles and dossier titles in the language
    // asked for (Accept-Language). A copy read in French is read again, whole, when the
    // client asks in English; a second sync in English reads nothing again.
    void aCopyReadInAnotherLanguageIsReadAgainInTheNewOne()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        const auto labels = [&marie] {
            QStringList all;
            const auto accesses =
                marie->store->objects().list(spaceFilter(Marie, QStringLiteral("access")), 0, 1000);
            for (const store::StoredObject& access : accesses.value()) {
                const QJsonObject json = QJsonDocument::fromJson(access.json).object();
                for (const QJsonValue item : json.value(u"items").toArray())
                    all.append(item.toObject().value(u"label").toString());
            }
            return all;
        };
        QVERIFY(labels().contains(QStringLiteral("Adresse")));
        QVERIFY(!labels().contains(QStringLiteral("Address")));

        marie->client->setLanguage(QStringLiteral("en"));
        marie->engine->setFeedPageSize(1000);
        QVERIFY(marie->sync());
        QVERIFY(marie->engine->lastReports().first().fullSync);
        QVERIFY(labels().contains(QStringLiteral("Address")));
        QVERIFY(!labels().contains(QStringLiteral("Adresse")));
        // Dossiers are titled with their procedure's English title.
        const auto dossiers =
            marie->store->objects().list(spaceFilter(Marie, QStringLiteral("dossier")), 0, 100);
        QVERIFY(!dossiers.value().isEmpty());
        int titled = 0;
        for (const store::StoredObject& dossier : dossiers.value()) {
            const QJsonObject json = QJsonDocument::fromJson(dossier.json).object();
            QVERIFY(!json.contains(u"titleTexts")); // the simulator's own, never sent
            const auto procedure = m_server->store().procedure(
                json.value(u"procedureId").toString(), QStringLiteral("en"));
            if (!procedure)
                continue; // not in the catalogue: the seed's own English title
            QCOMPARE(json.value(u"title").toString(), procedure->value(u"title").toString());
            ++titled;
        }
        QVERIFY(titled > 0);
        QVERIFY(!dossiers.value().isEmpty());
        const auto rent = std::find_if(
            dossiers.value().cbegin(), dossiers.value().cend(), [](const store::StoredObject& d) {
                return QJsonDocument::fromJson(d.json).object().value(u"procedureId").toString() ==
                       QLatin1String("P-CIT-RENT-SUBSIDY");
            });
        QVERIFY(rent != dossiers.value().cend());
        QCOMPARE(QJsonDocument::fromJson(rent->json).object().value(u"title").toString(),
                 QStringLiteral("Rent subsidy"));
        verifyMarieCounts(*marie);

        marie->replies = 0;
        QVERIFY(marie->sync());
        QVERIFY(!marie->engine->lastReports().first().fullSync);
        QCOMPARE(marie->replies, 1);
    }

    void aServerErrorThatMentionsAnExpiredCursorIsNotOne()
    {
        // The portal's free text never steers the client: a 503 whose title reads like
        // the "cursor too old" answer is a server error, not a reason to read the
        // whole space again.
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        Fault unavailable = fault(Fault::Kind::ServerError, -1);
        unavailable.status = 503;
        unavailable.title = QStringLiteral("HTTP 410 FEED-001");
        m_server->faults().set(FeedRoute, unavailable);
        QVERIFY(!marie->sync());
        QCOMPARE(marie->engine->lastError().code(),
                 QString::fromLatin1(ErrorCode::PortalServerError));
        QCOMPARE(marie->engine->lastError().httpStatus(), 503);
        m_server->faults().clearAll();
        QVERIFY(marie->sync());
        QVERIFY(!marie->engine->lastReports().first().fullSync); // the cursor was kept
        verifyMarieCounts(*marie);
    }

    void aFeedThatNeverEndsStopsWithSync001_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("same cursor again") << int(Fault::Kind::RepeatingFeed);
        QTest::newRow("new cursors, no changes") << int(Fault::Kind::EndlessFeed);
    }

    void aFeedThatNeverEndsStopsWithSync001()
    {
        QFETCH(int, kind);
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        marie->engine->setMaxFeedPages(30);
        const int before = m_server->faults().injectedCount(FeedRoute);
        m_server->faults().set(FeedRoute, fault(Fault::Kind(kind), -1));
        QVERIFY(!marie->sync());
        QCOMPARE(marie->engine->lastError().code(),
                 QString::fromLatin1(ErrorCode::SyncFeedEndless));
        const int asked = m_server->faults().injectedCount(FeedRoute) - before;
        QVERIFY2(asked >= 1 && asked <= 30 + 16, qPrintable(QString::number(asked)));
        m_server->faults().clearAll();
        QVERIFY(marie->sync()); // what was kept is intact and the feed goes on
        verifyMarieCounts(*marie);
    }

    void documentDownloadsAreJoinedCheckedAndCapped()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        QVERIFY(marie->sync());
        std::unique_ptr<store::DocumentVault> vault;
        store::InMemoryKeyProvider keys;
        store::DocumentVault::open(marie->folder.filePath(QStringLiteral("vault")), keys,
                                   [&](Result<std::unique_ptr<store::DocumentVault>> opened) {
                                       QVERIFY(opened.ok());
                                       vault = std::move(opened).value();
                                   });
        QVERIFY(QTest::qWaitFor([&] { return vault != nullptr; }, 10000));
        store::VaultBudget budget(marie->store->documentCache(), *vault, 512LL * 1024 * 1024);
        const QString scratch = marie->folder.filePath(QStringLiteral("downloads"));
        sync::DocumentFetcher fetcher(*marie->client, *marie->store, *vault, budget, scratch);
        const QList<store::StoredObject> documents =
            marie->store->objects()
                .list(spaceFilter(Marie, QStringLiteral("document")), 0, 3)
                .value();
        QCOMPARE(documents.size(), 3);

        // Two opens of one document while it downloads: one request, both answered.
        const QString contentRoute =
            QStringLiteral("GET /spaces/{spaceId}/documents/{documentId}/content");
        Fault slow = fault(Fault::Kind::Latency, -1);
        slow.milliseconds = 300;
        const int before = m_server->faults().injectedCount(contentRoute);
        m_server->faults().set(contentRoute, slow);
        QList<Result<QByteArray>> answers;
        for (int i = 0; i < 2; ++i)
            fetcher.open(Marie, documents.at(0).id,
                         [&](const Result<QByteArray>& content) { answers.append(content); });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 20000);
        m_server->faults().clearAll();
        QVERIFY(answers.at(0) && answers.at(1));
        QCOMPARE(answers.at(0).value(), answers.at(1).value());
        QCOMPARE(m_server->faults().injectedCount(contentRoute) - before, 1);
        QVERIFY(vault->contains(documents.at(0).id));

        // Without the sha256 portal.yaml requires, nothing is downloaded (NET-003).
        const auto withMeta = [&](const store::StoredObject& object, auto change) {
            store::StoredObject changed = object;
            QJsonObject json = QJsonDocument::fromJson(object.json).object();
            change(json);
            changed.version += 1;
            changed.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
            QVERIFY(marie->store->objects().upsert({changed}));
        };
        withMeta(documents.at(1), [](QJsonObject& json) { json.remove(QStringLiteral("sha256")); });
        std::optional<Result<QByteArray>> unchecked;
        fetcher.open(Marie, documents.at(1).id,
                     [&](const Result<QByteArray>& content) { unchecked = content; });
        QTRY_VERIFY(unchecked.has_value());
        QCOMPARE(unchecked->error().code(), QString::fromLatin1(ErrorCode::PortalBadResponse));
        QVERIFY(!vault->contains(documents.at(1).id));

        // A body longer than the declared size is cut off there (NET-006).
        withMeta(documents.at(2),
                 [](QJsonObject& json) { json.insert(QStringLiteral("size"), 16); });
        std::optional<Result<QByteArray>> capped;
        fetcher.open(Marie, documents.at(2).id,
                     [&](const Result<QByteArray>& content) { capped = content; });
        QTRY_VERIFY_WITH_TIMEOUT(capped.has_value(), 20000);
        QCOMPARE(capped->error().code(), QString::fromLatin1(ErrorCode::PortalResponseTooLarge));
        QVERIFY(!vault->contains(documents.at(2).id));

        // What is left of a download (plaintext) goes with the scratch folder.
        QVERIFY(QDir().mkpath(scratch));
        QFile partial(QDir(scratch).filePath(QStringLiteral("x.download.part")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("partial plaintext");
        partial.close();
        sync::DocumentFetcher::removeScratch(scratch);
        QVERIFY(!QFileInfo::exists(scratch));
    }

    void uploadQueuedOfflineIsSentExactlyOnce()
    {
        auto marie = makeIdentity(&m_marieAccess, Marie);
        std::optional<std::unique_ptr<store::DocumentVault>> vault;
        store::InMemoryKeyProvider keys;
        store::DocumentVault::open(marie->folder.filePath(QStringLiteral("vault")), keys,
                                   [&](Result<std::unique_ptr<store::DocumentVault>> opened) {
                                       QVERIFY(opened.ok());
                                       vault.emplace(std::move(opened).value());
                                   });
        QVERIFY(QTest::qWaitFor([&] { return vault.has_value(); }, 10000));
        const QByteArray pdf = "%PDF-1.4\n% outbox test\n" + QByteArray(3000, 'x');
        QVERIFY((*vault)->write(QStringLiteral("local-1"), pdf).ok());

        const QString title =
            QStringLiteral("Outbox upload %1").arg(QDateTime::currentMSecsSinceEpoch());
        store::OutboxEntry entry;
        entry.spaceId = Marie;
        entry.kind = QStringLiteral("upload");
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/spaces/%1/documents").arg(Marie);
        entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
        entry.body = QJsonDocument(QJsonObject{{QStringLiteral("fields"),
                                                QJsonObject{{QStringLiteral("title"), title}}},
                                               {QStringLiteral("fileParts"),
                                                QJsonArray{QStringLiteral("file")}}})
                         .toJson(QJsonDocument::Compact);
        entry.attachments = {{QStringLiteral("local-1"), QStringLiteral("payslip.pdf"),
                              QStringLiteral("application/pdf")}};
        const Result<qint64> id = marie->store->outbox().enqueue(entry);
        QVERIFY(id.ok());

        sync::OutboxSender sender(*marie->client, *marie->store, vault->get());
        sender.setRetryInterval(3'600'000); // the test decides when to try again
        QVERIFY(sender.requeueInterrupted().ok());
        QSignalSpy rounds(&sender, &sync::OutboxSender::roundFinished);

        // The portal is down: every attempt answers 503; the entry stays queued.
        const QString route = QStringLiteral("POST /spaces/{spaceId}/documents");
        Fault down = fault(Fault::Kind::ServerError, -1);
        down.status = 503;
        m_server->faults().set(route, down);
        sender.sendPending();
        QVERIFY(rounds.wait(60'000));
        QCOMPARE(rounds.last().at(2).toBool(), true); // retry later
        QCOMPARE(marie->store->outbox().entry(id.value()).value()->state,
                 store::OutboxState::Queued);

        // Back, but the first answer is lost mid-body: the client repeats with the same
        // key and the portal replays its first result.
        m_server->faults().set(route, fault(Fault::Kind::DropMidBody, 1));
        sender.sendPending();
        QVERIFY(rounds.wait(60'000));
        QCOMPARE(rounds.last().at(0).toInt(), 1);
        QVERIFY(m_server->faults().injectedCount(route) > 0);
        const auto sent = marie->store->outbox().entry(id.value()).value();
        QCOMPARE(sent->state, store::OutboxState::Sent);
        QVERIFY(!sent->result.isEmpty());

        int titled = 0;
        QString cursor;
        do {
            QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("200")}};
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            std::optional<Result<QJsonDocument>> page;
            marie->client->getJson(QStringLiteral("/spaces/%1/documents").arg(Marie), query, this,
                                   [&](const Result<QJsonDocument>& a) { page.emplace(a); });
            QVERIFY(QTest::qWaitFor([&] { return page.has_value(); }, 30000));
            QVERIFY(page->ok());
            const QJsonObject object = page->value().object();
            for (const QJsonValue item : object.value(QStringLiteral("items")).toArray())
                titled += item.toObject().value(QStringLiteral("title")).toString() == title;
            cursor = object.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(titled, 1);
    }

    void twoIdentitiesNeverMix()
    {
        // Earlier tests moved the portal's clock past the first sessions: sign in again.
        m_paulAccess = login(m_paulToken);
        m_marieAccess = login(m_marieToken);
        QVERIFY2(!m_paulAccess.isEmpty(), "Paul's simulated token did not sign in");
        auto marie = makeIdentity(&m_marieAccess, Marie);
        auto paul = makeIdentity(&m_paulAccess, Paul);
        QVERIFY(marie->sync());
        QVERIFY(paul->sync());
        QVERIFY(paul->count(Paul, QStringLiteral("dossier")) +
                    paul->count(Paul, QStringLiteral("document")) >
                0);
        QCOMPARE(paul->store->objects().count(spaceFilter(Marie)).valueOr(-1), 0);
        QCOMPARE(marie->store->objects().count(spaceFilter(Paul)).valueOr(-1), 0);
        // Paul's session cannot read Marie's space, and his store stays as it was.
        const int before = paul->store->objects().count(store::ObjectFilter{}).valueOr(-1);
        paul->engine->setSpaces({Marie});
        QVERIFY(!paul->sync());
        QCOMPARE(paul->engine->state(), sync::SyncState::Error);
        QCOMPARE(paul->store->objects().count(store::ObjectFilter{}).valueOr(-1), before);
    }

    void killedSyncResumesCleanly_data()
    {
        QTest::addColumn<int>("afterPages");
        QTest::addColumn<int>("afterMs");
        QTest::newRow("after 1 page") << 1 << 0;
        QTest::newRow("after 3 pages") << 3 << 0;
        QTest::newRow("after 7 pages") << 7 << 0;
        QTest::newRow("after 30 ms") << 0 << 30;
        QTest::newRow("after 150 ms") << 0 << 150;
        QTest::newRow("after 400 ms") << 0 << 400;
    }

    void killedSyncResumesCleanly()
    {
        QFETCH(int, afterPages);
        QFETCH(int, afterMs);
        QTemporaryDir dir;
        const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
        const QString tokenFile = dir.filePath(QStringLiteral("token"));
        const QString storeFile = dir.filePath(QStringLiteral("space.sqlite"));
        {
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(m_tls.caCertificate().toPem());
            QFile token(tokenFile);
            QVERIFY(token.open(QIODevice::WriteOnly));
            token.write(m_marieAccess.toLatin1());
        }
        const QStringList args{m_server->baseUrl().toString(),
                               caFile,
                               tokenFile,
                               storeFile,
                               Marie,
                               QStringLiteral("5")};

        QProcess child;
        child.start(QStringLiteral(SYNC_CHILD), args);
        QVERIFY(child.waitForStarted());
        if (afterPages > 0) {
            const QByteArray mark = "page " + QByteArray::number(afterPages) + '\n';
            QByteArray out;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    out += child.readAllStandardOutput();
                    return out.contains(mark) || child.state() == QProcess::NotRunning;
                },
                60'000));
            QVERIFY2(out.contains(mark), out.constData());
        } else {
            QTest::qWait(afterMs); // the portal keeps answering meanwhile
        }
        child.kill(); // SIGKILL
        QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 10'000));

        if (QFile::exists(storeFile)) {
            int duplicates = -1;
            QVERIFY(integrityOk(storeFile, &duplicates));
            QVERIFY(duplicates <= 0); // -1: killed before the schema was created
        }

        // A second run completes from where the first stopped.
        QProcess again;
        again.start(QStringLiteral(SYNC_CHILD), args);
        QVERIFY(again.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return again.state() == QProcess::NotRunning; }, 120'000));
        const QByteArray out = again.readAllStandardOutput();
        QVERIFY2(out.endsWith("done\n"), (out + again.readAllStandardError()).constData());

        int duplicates = -1;
        QVERIFY(integrityOk(storeFile, &duplicates));
        QCOMPARE(duplicates, 0);
        auto reopened = guichet::test::openUnlockedStore(storeFile);
        QVERIFY(reopened.ok());
        const QHash<QString, int> expected = apiCounts();
        for (const auto& [kind, list] : ListedKinds) {
            const store::ObjectFilter filter = spaceFilter(Marie, kind);
            QCOMPARE(reopened.value()->objects().count(filter).valueOr(-1), expected.value(kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestPortalSync)
#include "tst_portal_sync.moc"
