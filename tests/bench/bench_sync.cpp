// Sync and local store benchmark helper for tests/bench/sync.py (not a test).
//
//   bench_sync [--curl PATH] [--runs N] [--full-runs N] [--work DIR]
//
// Hosts the simulated portal on its own thread (as `guichet --demo` does), with a
// database file seeded with the catalogue plus one bulk space for Marie (10,000
// documents, 200 dossiers x 10 events, 2,000 access-log entries), signs in as Marie
// with the simulated token, then on the main thread:
//   full:     SyncEngine (bulk space + catalogue fr/de/en) into a fresh store, timed
//             from syncNow to syncFinished; repeated --full-runs times, each into a
//             fresh store, interleaved with
//   curl:     one `curl --config` process fetching the very URLs (and Accept-Language
//             headers) the first full sync requested, over one connection, bodies to
//             /dev/null;
//   nochange: --runs syncs of the synced store with nothing changed (requests, time);
//   search:   CatalogueTable::search per keystroke of "declaration ecole" (fr);
//   open:     LocalStore::open of the synced store, --runs times;
//   rss:      VmRSS of this process (portal included) before and after the first sync.
// Prints key=value lines; times in microseconds, comma-separated.
#include "AuthClient.h"
#include "LocalStore.h"
#include "Personas.h"
#include "PortalClient.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SyncEngine.h"
#include "TestStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <ctime>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <sys/resource.h>

using namespace guichet;

namespace {

const QString BenchSpace = QStringLiteral("sp-pro-bench-space");
const QStringList Languages{QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    return 1;
}

qint64 microseconds(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1000;
}

// Sleeps between events. (processEvents(flags, ms) drops WaitForMoreEvents and never
// sleeps: a loop on it kept a core busy that the portal thread and curl need, which
// slowed the sync it was timing.) The tick bounds each wait so the deadline is seen.
bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QTimer tick;
    tick.start(50);
    const QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// CPU time of the calling thread: the client's own work, whatever the machine's load.
qint64 threadCpuUs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

// CPU time of this process (client, network thread and portal) or of its finished
// children (curl), user + system.
qint64 processCpuUs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto us = [](const timeval& t) { return qint64(t.tv_sec) * 1'000'000 + t.tv_usec; };
    return us(usage.ru_utime) + us(usage.ru_stime);
}

// CPU time of the store writers' threads (StoreWriter, "guichet-store-writer"), from
// the scheduler's own count in nanoseconds; -1 when the kernel does not say.
qint64 writerThreadsCpuUs()
{
    qint64 total = 0;
    bool found = false;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("guichet-store-w"))
            continue;
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!schedstat.open(QIODevice::ReadOnly))
            return -1;
        total += schedstat.readAll().split(' ').value(0).toLongLong() / 1000;
        found = true;
    }
    return found ? total : -1;
}

qint64 rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void print(const char* key, const QList<qint64>& values)
{
    QStringList texts;
    for (qint64 value : values)
        texts.append(QString::number(value));
    std::printf("%s=%s\n", key, qPrintable(texts.join(QLatin1Char(','))));
    std::fflush(stdout);
}

// One GET as the client sent it: what curl has to repeat.
struct Fetch
{
    QUrl url;
    QByteArray language; // Accept-Language, when set (catalogue pages)
};

// The client side: a network manager, a PortalClient, a store and an engine.
struct Identity
{
    QNetworkAccessManager network;
    std::unique_ptr<net::PortalClient> client;
    std::unique_ptr<store::LocalStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
    QList<Fetch> fetches;
    qint64 lastCpuUs = 0; // main-thread CPU of the last sync

    // Time of one sync in us, or -1 when it failed.
    qint64 sync()
    {
        std::optional<bool> ok;
        const QMetaObject::Connection connection = QObject::connect(
            engine.get(), &sync::SyncEngine::syncFinished, [&ok](bool finished) { ok = finished; });
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuUs();
        engine->syncNow();
        const bool ended = waitFor([&] { return ok.has_value(); }, 120'000);
        const qint64 elapsed = microseconds(timer);
        lastCpuUs = threadCpuUs() - cpuBefore;
        QObject::disconnect(connection);
        if (!ended || !*ok) {
            std::fprintf(stderr, "bench_sync: sync failed: %s %s\n",
                         qPrintable(engine->lastError().code()),
                         qPrintable(engine->lastError().detail()));
            return -1;
        }
        return elapsed;
    }
};

std::unique_ptr<Identity> makeIdentity(const QUrl& portal, const QSslCertificate& ca,
                                       const QString& accessToken, const QString& storePath)
{
    auto identity = std::make_unique<Identity>();
    Identity* raw = identity.get();
    QObject::connect(&identity->network, &QNetworkAccessManager::finished,
                     [raw](QNetworkReply* reply) {
                         raw->fetches.append({reply->request().url(),
                                              reply->request().rawHeader("Accept-Language")});
                     });
    identity->client = std::make_unique<net::PortalClient>(identity->network, portal);
    identity->client->setTlsTrust(net::TlsTrust({ca}));
    identity->client->setTokenProvider([accessToken] { return accessToken; });
    identity->client->connectivity().setUseSystemReachability(false);
    auto opened = guichet::test::openUnlockedStore(storePath);
    if (!opened) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(opened.error().detail()));
        return nullptr;
    }
    identity->store = std::move(opened).value();
    identity->engine = std::make_unique<sync::SyncEngine>(*identity->client, *identity->store);
    identity->engine->setSpaces({BenchSpace});
    identity->engine->setCatalogueLanguages(Languages);
    return identity;
}

// A curl config file fetching `fetches` in order; `next` starts each transfer, which
// keeps curl's connection cache (one TLS connection for all, checked by num_connects).
QByteArray curlConfig(const QList<Fetch>& fetches, const QString& caPath, const QString& token)
{
    QByteArray config;
    for (qsizetype i = 0; i < fetches.size(); ++i) {
        if (i > 0)
            config += "next\n";
        config += "url = \"" + fetches[i].url.toEncoded() + "\"\n";
        config += "cacert = \"" + caPath.toUtf8() + "\"\n";
        config += "header = \"Authorization: Bearer " + token.toUtf8() + "\"\n";
        if (!fetches[i].language.isEmpty())
            config += "header = \"Accept-Language: " + fetches[i].language + "\"\n";
        config += "output = \"/dev/null\"\nsilent\nfail\n";
        config += "write-out = \"%{http_code} %{num_connects} %{size_download}\\n\"\n";
    }
    return config;
}

struct CurlRun
{
    qint64 us = -1;
    int connects = 0;
    int ok = 0;
    qint64 bytes = 0;
};

CurlRun runCurl(const QString& curl, const QString& configPath)
{
    CurlRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, {QStringLiteral("--config"), configPath});
    // The portal answers on its own thread: blocking here does not stall it.
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_sync: curl failed: %s\n",
                     process.readAllStandardError().constData());
        return run;
    }
    run.us = microseconds(timer);
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            continue;
        run.ok += parts[0] == "200" ? 1 : 0;
        run.connects += parts[1].toInt();
        run.bytes += parts[2].toLongLong();
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::map<std::string, std::string> options{
        {"curl", "curl"}, {"runs", "20"}, {"full-runs", "3"}};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strncmp(argv[i], "--", 2) != 0)
            return fail(
                QStringLiteral("unexpected argument %1").arg(QString::fromLocal8Bit(argv[i])));
        options[argv[i] + 2] = argv[i + 1];
    }
    const int runs = std::max(1, std::stoi(options["runs"]));
    const int fullRuns = std::max(1, std::stoi(options["full-runs"]));
    QTemporaryDir temporary;
    const QString work =
        options.count("work") ? QString::fromStdString(options["work"]) : temporary.path();
    QDir().mkpath(work);

    // The portal on its own thread, its database in a file (as guichet-portal-sim).
    sim::SimulatedToken marieToken;
    sim::PortalTls tls;
    QThread portalThread;
    portalThread.start();
    QObject anchor;
    anchor.moveToThread(&portalThread);
    std::unique_ptr<sim::PortalServer> server;
    QString startError;
    qint64 seedUs = 0;
    qint64 bulkUs = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            sim::PortalServer::Options portalOptions;
            portalOptions.databasePath = QDir(work).filePath(QStringLiteral("portal.sqlite"));
            server = std::make_unique<sim::PortalServer>(
                QList<QByteArray>{marieToken.pki().caCertificateDer()}, portalOptions);
            QElapsedTimer timer;
            timer.start();
            const Result<quint16> port = server->start(tls.serverConfiguration());
            seedUs = microseconds(timer);
            if (!port) {
                startError = port.error().detail();
                return;
            }
            timer.restart();
            sim::seed::SpaceSeed bulk =
                sim::seed::bulkSpace(BenchSpace, server->clock().now(), 10'000, 200, 10, 2'000);
            bulk.space.insert(QStringLiteral("kind"), QStringLiteral("professional"));
            bulk.space.insert(QStringLiteral("displayName"), QStringLiteral("Bench space"));
            bulk.space.insert(QStringLiteral("role"), QStringLiteral("administrator"));
            server->store().addSpace(QStringLiteral("marie-schmit"), bulk);
            bulkUs = microseconds(timer);
        },
        Qt::BlockingQueuedConnection);
    const auto stopPortal = [&] {
        QMetaObject::invokeMethod(
            &anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
        portalThread.quit();
        portalThread.wait();
    };
    if (!startError.isEmpty()) {
        stopPortal();
        return fail(startError);
    }
    const QUrl portal = server->baseUrl();
    std::printf("portal=%s\nseed-us=%lld\nbulk-seed-us=%lld\n", qPrintable(portal.toString()),
                static_cast<long long>(seedUs), static_cast<long long>(bulkUs));

    // Sign in as Marie with the simulated token.
    QString accessToken;
    {
        QNetworkAccessManager network;
        test::SimulatedTokenSigner signer(marieToken,
                                          QByteArray(sim::SimulatedToken::AuthenticationKeyId));
        AuthClient auth(network, portal, {tls.caCertificate()});
        bool ended = false;
        QObject::connect(&auth, &AuthClient::loggedIn, [&](const PortalSession& session) {
            accessToken = session.accessToken;
            ended = true;
        });
        QObject::connect(&auth, &AuthClient::failed, [&] { ended = true; });
        auth.login(signer);
        waitFor([&] { return ended; }, 30'000);
    }
    if (accessToken.isEmpty()) {
        stopPortal();
        return fail(QStringLiteral("login as Marie failed"));
    }
    const QString caPath = QDir(work).filePath(QStringLiteral("portal-ca.pem"));
    {
        QFile ca(caPath);
        if (!ca.open(QIODevice::WriteOnly) || ca.write(tls.caCertificate().toPem()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(caPath));
    }
    std::printf("rss-before-kib=%lld\n", static_cast<long long>(rssKib()));

    // Full syncs into fresh stores, each followed by curl fetching the same pages.
    const QString storePath = QDir(work).filePath(QStringLiteral("space.sqlite"));
    const QString configPath = QDir(work).filePath(QStringLiteral("curl.config"));
    const QString curl = QString::fromStdString(options["curl"]);
    QList<qint64> fullTimes, curlTimes;
    // CPU of the client's thread during each sync, and of the portal's thread during
    // each sync and each curl run: the portal's share should be the same for both.
    QList<qint64> clientCpu, writerCpu, portalCpuSync, portalCpuCurl;
    // Everything each side burnt: this process during a sync (client, network thread,
    // portal), and this process plus the curl process during curl.
    QList<qint64> totalCpuSync, totalCpuCurl;
    const auto portalCpuUs = [&] {
        qint64 cpu = 0;
        QMetaObject::invokeMethod(
            &anchor, [&cpu] { cpu = threadCpuUs(); }, Qt::BlockingQueuedConnection);
        return cpu;
    };
    std::unique_ptr<Identity> identity;
    int status = 0;
    for (int run = 0; run < fullRuns && status == 0; ++run) {
        const QString path =
            run == 0 ? storePath : QDir(work).filePath(QStringLiteral("space-%1.sqlite").arg(run));
        auto fresh = makeIdentity(portal, tls.caCertificate(), accessToken, path);
        if (!fresh) {
            status = 1;
            break;
        }
        const qint64 portalBefore = portalCpuUs();
        const qint64 totalBefore = processCpuUs(RUSAGE_SELF);
        const qint64 writerBefore = writerThreadsCpuUs();
        const qint64 elapsed = fresh->sync();
        totalCpuSync.append(processCpuUs(RUSAGE_SELF) - totalBefore);
        if (writerBefore >= 0)
            writerCpu.append(writerThreadsCpuUs() - writerBefore);
        if (elapsed < 0) {
            status = 1;
            break;
        }
        portalCpuSync.append(portalCpuUs() - portalBefore);
        fullTimes.append(elapsed);
        clientCpu.append(fresh->lastCpuUs);
        if (run == 0) {
            std::printf("rss-after-sync-kib=%lld\n", static_cast<long long>(rssKib()));
            store::ObjectFilter filter;
            filter.spaceId = BenchSpace;
            std::printf("objects=%d\n", fresh->store->objects().count(filter).valueOr(-1));
            int procedures = 0;
            for (const QString& language : Languages)
                procedures += fresh->store->catalogue().count(language).valueOr(0);
            std::printf("procedures=%d\nrequests=%lld\n", procedures,
                        static_cast<long long>(fresh->fetches.size()));
            QFile config(configPath);
            if (!config.open(QIODevice::WriteOnly) ||
                config.write(curlConfig(fresh->fetches, caPath, accessToken)) < 0)
                return fail(QStringLiteral("cannot write %1").arg(configPath));
            QFile urls(QDir(work).filePath(QStringLiteral("urls.txt")));
            if (urls.open(QIODevice::WriteOnly))
                for (const Fetch& fetch : fresh->fetches)
                    urls.write(fetch.language + ' ' + fetch.url.toEncoded() + '\n');
            identity = std::move(fresh);
        }
        const qint64 portalBeforeCurl = portalCpuUs();
        const qint64 totalBeforeCurl = processCpuUs(RUSAGE_SELF) + processCpuUs(RUSAGE_CHILDREN);
        const CurlRun curlRun = runCurl(curl, configPath);
        totalCpuCurl.append(processCpuUs(RUSAGE_SELF) + processCpuUs(RUSAGE_CHILDREN) -
                            totalBeforeCurl);
        if (curlRun.us < 0) {
            status = 1;
            break;
        }
        portalCpuCurl.append(portalCpuUs() - portalBeforeCurl);
        curlTimes.append(curlRun.us);
        std::printf("curl-check=%d,%d,%lld\n", curlRun.ok, curlRun.connects,
                    static_cast<long long>(curlRun.bytes));
    }
    print("full-us", fullTimes);
    print("curl-us", curlTimes);
    print("full-client-cpu-us", clientCpu);
    if (!writerCpu.isEmpty())
        print("full-writer-cpu-us", writerCpu);
    print("full-portal-cpu-us", portalCpuSync);
    print("curl-portal-cpu-us", portalCpuCurl);
    print("full-total-cpu-us", totalCpuSync);
    print("curl-total-cpu-us", totalCpuCurl);

    if (status == 0 && identity) {
        // Nothing changed: the same identity syncs again.
        QList<qint64> times, requests;
        for (int i = 0; i < runs; ++i) {
            const qsizetype before = identity->fetches.size();
            const qint64 elapsed = identity->sync();
            if (elapsed < 0) {
                status = 1;
                break;
            }
            times.append(elapsed);
            requests.append(identity->fetches.size() - before);
        }
        print("nochange-us", times);
        print("nochange-requests", requests);

        // Catalogue search, one call per keystroke, as CataloguePage does.
        const QString typed = QStringLiteral("declaration ecole");
        QList<qint64> keystrokes, matches;
        for (int round = 0; round < 3; ++round) {
            for (qsizetype length = 1; length <= typed.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                const auto found = identity->store->catalogue().search(QStringLiteral("fr"),
                                                                       typed.left(length), {}, 201);
                keystrokes.append(microseconds(timer));
                if (round == 0)
                    matches.append(found ? found.value().size() : -1);
            }
        }
        print("search-us", keystrokes);
        print("search-matches", matches);
        std::printf("fulltext=%d\n", identity->store->catalogue().usesFullTextIndex() ? 1 : 0);
        identity.reset();

        QList<qint64> opens;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto opened = guichet::test::openUnlockedStore(storePath);
            const qint64 elapsed = microseconds(timer);
            if (!opened) {
                status = fail(opened.error().detail());
                break;
            }
            opens.append(elapsed);
        }
        print("open-us", opens);
    }
    stopPortal();
    return status;
}
