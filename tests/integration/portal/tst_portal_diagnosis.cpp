// The portal and local-data layers of the diagnosis against real things: the
// simulated portal over TLS on loopback (faults and clock moved by the portal
// itself), a closed port, a server with an untrusted certificate, and real SQLite
// stores made by LocalStore — checked read-only, byte for byte untouched.
#include "ErrorCodes.h"
#include "LocalDataChecks.h"
#include "LocalStore.h"
#include "OutboxTable.h"
#include "PortalProbe.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SimulatedToken.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace guichet;
using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;
using sim::Fault;

namespace {

const QString MetaRoute = QStringLiteral("GET /meta");

Check find(const QList<Check>& checks, Layer layer)
{
    for (const Check& check : checks)
        if (check.layer == layer)
            return check;
    return {};
}

// Every file under a folder with its SHA-256: what "nothing was written" means.
QMap<QString, QByteArray> snapshotOf(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestPortalDiagnosis : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;

    net::PortalEndpoint endpoint() const
    {
        net::PortalEndpoint endpoint;
        endpoint.url = m_server->baseUrl();
        endpoint.trust = net::TlsTrust({m_tls.caCertificate()});
        endpoint.proxy.mode = net::ProxySettings::Mode::None;
        return endpoint;
    }

    static QList<Check> walk(Result<net::PortalEndpoint> target, qint64* elapsed = nullptr)
    {
        net::PortalProbe probe(std::move(target));
        net::PortalProbe::Limits limits;
        limits.connectMs = 1500;
        limits.handshakeMs = 1500;
        limits.answerMs = 1500;
        probe.setLimits(limits);
        QSignalSpy finished(&probe, &net::PortalProbe::finished);
        QElapsedTimer timer;
        timer.start();
        probe.start();
        if (!finished.wait(10000))
            return {};
        if (elapsed)
            *elapsed = timer.elapsed();
        return finished.first().first().value<QList<Check>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Check>>();
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()));
    }

    void init()
    {
        m_server->faults().clearAll();
        m_server->clock().reset();
    }

    void aHealthyPortalPassesEveryLayer()
    {
        const QList<Check> checks = walk(endpoint());
        QCOMPARE(checks.size(), 6);
        for (const Check& check : checks)
            QVERIFY2(check.state == CheckState::Ok,
                     qPrintable(diagnosis::layerId(check.layer) + QLatin1Char(' ') + check.code));
        QCOMPARE(find(checks, Layer::PortalAnswer).value(QStringLiteral("status")),
                 QStringLiteral("200"));
        QCOMPARE(find(checks, Layer::Clock).value(QStringLiteral("source")),
                 QStringLiteral("Date header"));
        QVERIFY(find(checks, Layer::Tls)
                    .value(QStringLiteral("certificate"))
                    .contains(QStringLiteral("Guichet Simulated Portal CA")));
    }

    void aPortalClockTenMinutesOffFailsTheClock()
    {
        m_server->clock().advance(600);
        Check clock = find(walk(endpoint()), Layer::Clock);
        QCOMPARE(clock.state, CheckState::Failed);
        QCOMPARE(clock.code, QLatin1String(ErrorCode::ClockDiffers));
        QVERIFY(qAbs(clock.value(QStringLiteral("difference-seconds")).toInt() + 600) <= 2);

        m_server->clock().reset();
        m_server->clock().advance(-90);
        clock = find(walk(endpoint()), Layer::Clock);
        QCOMPARE(clock.state, CheckState::Warning);
    }

    void aPortalAnswering503IsNamedAtItsLayer()
    {
        Fault busy;
        busy.kind = Fault::Kind::ServerError;
        busy.status = 503;
        m_server->faults().set(MetaRoute, busy);
        const QList<Check> checks = walk(endpoint());
        QCOMPARE(find(checks, Layer::Tls).state, CheckState::Ok);
        const Check answer = find(checks, Layer::PortalAnswer);
        QCOMPARE(answer.state, CheckState::Failed);
        QCOMPARE(answer.code, QLatin1String(ErrorCode::PortalServerError));
        QCOMPARE(answer.value(QStringLiteral("status")), QStringLiteral("503"));
        QCOMPARE(find(checks, Layer::Clock).state, CheckState::NotChecked);
    }

    void aSlowPortalTimesOutWithinItsLimit()
    {
        Fault slow;
        slow.kind = Fault::Kind::Latency;
        slow.milliseconds = 5000;
        m_server->faults().set(MetaRoute, slow);
        qint64 elapsed = 0;
        const Check answer = find(walk(endpoint(), &elapsed), Layer::PortalAnswer);
        QCOMPARE(answer.state, CheckState::Failed);
        QCOMPARE(answer.code, QLatin1String(ErrorCode::PortalTimeout));
        QVERIFY2(elapsed < 4500, qPrintable(QString::number(elapsed)));
    }

    void anUntrustedCertificateFailsTls()
    {
        net::PortalEndpoint untrusted = endpoint();
        untrusted.trust = net::TlsTrust();
        const QList<Check> checks = walk(untrusted);
        QCOMPARE(find(checks, Layer::Connection).state, CheckState::Ok);
        QCOMPARE(find(checks, Layer::Tls).state, CheckState::Failed);
        QCOMPARE(find(checks, Layer::Tls).code, QLatin1String(ErrorCode::PortalTlsFailed));
        QCOMPARE(find(checks, Layer::PortalAnswer).state, CheckState::NotChecked);
    }

    void aClosedPortFailsTheConnection()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close(); // nobody listens there now
        net::PortalEndpoint closed = endpoint();
        closed.url.setPort(port);
        const QList<Check> checks = walk(closed);
        QCOMPARE(find(checks, Layer::Dns).state, CheckState::Ok);
        QCOMPARE(find(checks, Layer::Connection).state, CheckState::Failed);
        QCOMPARE(find(checks, Layer::Connection).code, QLatin1String(ErrorCode::PortalUnreachable));
        QCOMPARE(find(checks, Layer::Tls).state, CheckState::NotChecked);
    }

    void anUnknownHostFailsTheLookup()
    {
        net::PortalEndpoint nowhere = endpoint();
        nowhere.url = QUrl(QStringLiteral("https://portal.invalid"));
        const Check dns = find(walk(nowhere), Layer::Dns);
        QCOMPARE(dns.state, CheckState::Failed);
        QVERIFY(dns.code == QLatin1String(ErrorCode::PortalUnreachable) ||
                dns.code == QLatin1String(ErrorCode::PortalTimeout));
    }

    void noPortalConfiguredIsTheFirstLayer()
    {
        const QList<Check> checks = walk(Error(ErrorCode::PortalNotConfigured));
        QCOMPARE(checks.size(), 6);
        QCOMPARE(checks.first().code, QLatin1String(ErrorCode::PortalNotConfigured));
        for (const Check& check : checks.mid(1))
            QCOMPARE(check.state, CheckState::NotChecked);
    }

    void storesAreCheckedReadOnly()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("identities/4f2a"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto opened = test::openUnlockedStore(folder + QStringLiteral("/space.sqlite"));
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().summary()));
            store::OutboxEntry entry;
            entry.spaceId = QStringLiteral("sp-1");
            entry.kind = QStringLiteral("submission");
            entry.method = QStringLiteral("POST");
            entry.path = QStringLiteral("/spaces/sp-1/submissions");
            entry.idempotencyKey = QStringLiteral("k-1");
            entry.body = "{}";
            const Result<qint64> id = opened.value()->outbox().enqueue(entry);
            QVERIFY(id);
            QVERIFY(opened.value()->outbox().markFailed(
                id.value(), Error(ErrorCode::PortalRequestRefused), false));
            entry.idempotencyKey = QStringLiteral("k-2");
            QVERIFY(opened.value()->outbox().enqueue(entry));
        }
        const QMap<QString, QByteArray> before = snapshotOf(root.path());
        const QList<Check> checks = store::localDataChecks(root.path());
        QCOMPARE(snapshotOf(root.path()), before);

        QCOMPARE(find(checks, Layer::DataFolder).state, CheckState::Ok);
        const Check local = find(checks, Layer::Store);
        QCOMPARE(local.subject, QStringLiteral("identities/4f2a"));
        QCOMPARE(local.value(QStringLiteral("quick-check")), QStringLiteral("ok"));
        QCOMPARE(local.value(QStringLiteral("outbox-waiting")), QStringLiteral("1"));
        QCOMPARE(local.value(QStringLiteral("outbox-refused")), QStringLiteral("1"));
        QCOMPARE(local.value(QStringLiteral("outbox-first-refusal")),
                 QLatin1String(ErrorCode::PortalRequestRefused));
        QCOMPARE(local.state, CheckState::Warning);
    }

    void aDamagedStoreIsReportedAndLeftAlone()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("identities/77aa"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/space.sqlite");
        {
            auto opened = test::openUnlockedStore(path);
            QVERIFY(opened);
        }
        // Scribble over the middle of the file, past the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const QMap<QString, QByteArray> before = snapshotOf(root.path());
        const Check local = find(store::localDataChecks(root.path()), Layer::Store);
        QCOMPARE(snapshotOf(root.path()), before);
        QCOMPARE(local.state, CheckState::Failed);
        QVERIFY2(local.code == QLatin1String(ErrorCode::StoreCorrupt) ||
                     local.code == QLatin1String(ErrorCode::StoreOpenFailed),
                 qPrintable(local.code));
    }

    void aReadOnlyDataFolderFails()
    {
        QTemporaryDir root;
        const QString data = root.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner);
        const Check folder = find(store::localDataChecks(data), Layer::DataFolder);
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(data).isWritable() && ::geteuid() == 0)
            QSKIP("root writes everywhere");
        QCOMPARE(folder.state, CheckState::Failed);
        QCOMPARE(folder.code, QLatin1String(ErrorCode::DataFolderNotWritable));
        QCOMPARE(
            find(store::localDataChecks(root.filePath(QStringLiteral("none"))), Layer::Store).state,
            CheckState::NotChecked);
    }
};

QTEST_GUILESS_MAIN(TestPortalDiagnosis)
#include "tst_portal_diagnosis.moc"
