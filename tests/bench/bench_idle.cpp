// How much the signed-in application costs while it waits in the background (#21):
// the one composition of the portal side (PortalStack) signed in as Marie, with the
// notification center told after every sync round, exactly as the application wires
// it; the simulated portal on a thread of its own. After the first sync it idles for
// --minutes (default 10) with the application's own periodic sync (every 5 minutes)
// and prints the CPU time the process and its GUI thread used, the sync rounds and
// the resident memory before and after. The portal's thread is in the same process,
// so the process figure is an upper bound for the client.
//
// Run through tests/bench/idle.py (inside with-keyring.sh: the refresh token goes to
// the keychain, as in the application).
#include "NotificationCenter.h"
#include "PersonalSpace.h"
#include "PortalStack.h"
#include "PortalThread.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "Settings.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SpaceSource.h"
#if GUICHET_HAS_FREEDESKTOP_NOTIFICATIONS
#include "FreedesktopNotifier.h"
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace guichet;

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool waitUntil(const std::function<bool()>& done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    double minutes = 10;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--minutes")
            minutes = QByteArray(argv[i + 1]).toDouble();

    QTemporaryDir work;
    sim::SimulatedToken token;
    sim::PortalTls tls;
    sim::PortalThread portal;
    const Result<QUrl> url =
        portal.start({token.pki().caCertificateDer()}, tls.serverConfiguration());
    if (!url) {
        std::fprintf(stderr, "bench_idle: the portal did not start\n");
        return 1;
    }
    net::PortalEndpoint endpoint;
    endpoint.url = url.value();
    endpoint.trust = net::TlsTrust({tls.caCertificate()});
    endpoint.proxy.mode = net::ProxySettings::Mode::None;
    endpoint.language = QStringLiteral("en");

    Settings settings(work.filePath(QStringLiteral("user.ini")),
                      work.filePath(QStringLiteral("system.ini")));
    std::unique_ptr<notify::DesktopNotifier> notifier;
#if GUICHET_HAS_FREEDESKTOP_NOTIFICATIONS
    notifier = std::make_unique<notify::FreedesktopNotifier>();
#endif
    notify::NotificationCenter center(settings, notifier.get());
    PortalStack stack(endpoint, QStringLiteral("bench"), DataPaths(work.filePath("data")));
    stack.tellThrough(center);
    stack.start();
    int rounds = 0;
    QObject::connect(&stack.personal(), &PersonalSpace::roundSynced, [&rounds] { ++rounds; });
    stack.sessions().signIn(std::make_unique<test::SimulatedTokenSigner>(
        token, QByteArray(sim::SimulatedToken::AuthenticationKeyId)));
    if (!waitUntil([&] { return rounds > 0; }, 120000)) {
        std::fprintf(stderr, "bench_idle: no first sync\n");
        return 1;
    }
    // Settle: the document fetches and outbox round after the first sync.
    waitUntil([] { return false; }, 3000);

    const qint64 rssBefore = residentKiB();
    const double processBefore = processCpuSeconds();
    const double guiBefore = threadCpuSeconds();
    const int roundsBefore = rounds;
    QElapsedTimer idle;
    idle.start();
    // Idle as the application does: its event loop, woken only by timers.
    QTimer::singleShot(int(minutes * 60'000), &app, &QCoreApplication::quit);
    app.exec();
    const double seconds = double(idle.elapsed()) / 1000.0;
    const double processCpu = processCpuSeconds() - processBefore;
    const double guiCpu = threadCpuSeconds() - guiBefore;
    std::printf("idle-seconds=%.0f\n", seconds);
    std::printf("sync-rounds-while-idle=%d\n", rounds - roundsBefore);
    std::printf("process-cpu-seconds=%.3f (%.3f %% of one core)\n", processCpu,
                100.0 * processCpu / seconds);
    std::printf("gui-thread-cpu-seconds=%.3f\n", guiCpu);
    std::printf("rss-kib-before=%lld\nrss-kib-after=%lld\n", static_cast<long long>(rssBefore),
                static_cast<long long>(residentKiB()));
    std::printf("notifications=%s\n", center.isAvailable() ? "available" : "unavailable");
    stack.sessions().signOut();
    return 0;
}
