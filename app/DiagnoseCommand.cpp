#include "DiagnoseCommand.h"

#include "CardService.h"
#include "CardThread.h"
#include "CredentialStore.h"
#include "DataPaths.h"
#include "DemoSetup.h"
#include "DemoWorld.h"
#include "DiagnosisFormat.h"
#include "PortalConfiguration.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SystemDiagnosis.h"

#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace guichet {
namespace {

// The card service is started here, so give it a moment to see the readers; the
// probes of the other layers run meanwhile.
constexpr int CardWarmUpMs = 3000;
constexpr int DeadlineMs = 12'000;
constexpr int KeychainLimitMs = 3000;

// The keychain's answer within the keychain probe's own limit; empty without one.
QString proxyPasswordFromKeychain()
{
    CredentialStore credentials;
    QString password;
    QEventLoop loop;
    QTimer::singleShot(KeychainLimitMs, &loop, &QEventLoop::quit);
    credentials.load(net::ProxySettings::passwordAccount(),
                     [&password, &loop](const Result<QByteArray>& secret) {
                         if (secret)
                             password = QString::fromUtf8(secret.value());
                         loop.quit();
                     });
    loop.exec();
    return password;
}

} // namespace

int runDiagnose(const CommandLineOptions& options)
{
    const Settings settings(Settings::defaultUserFile(), Settings::defaultSystemFile());
    DiagnosisTargets targets;
    targets.dataRoot = DataPaths(settings.value(SettingKeys::DataDirectory)).root();
    targets.cardWarmUpMs = CardWarmUpMs;

    std::unique_ptr<sim::DemoWorld> demo;
    std::unique_ptr<CardThread> cardThread;
    if (options.demo) {
        // The same simulated world as `guichet --demo`.
        demo = std::make_unique<sim::DemoWorld>(options.persona);
        cardThread = makeDemoCardThread(settings.userFile(), Settings::defaultSystemFile(), *demo);
        targets.portal = startDemoPortal(*demo);
        demo->setTrainingSwitches(demoTrainingSwitches([&targets](const net::ProxySettings& proxy) {
            if (targets.portal)
                targets.portal.value().proxy = proxy;
        }));
        if (targets.portal && !options.scenario.isEmpty())
            (void)demo->applyScenario(options.scenario); // checked by parseCommandLine
    } else {
        cardThread =
            std::make_unique<CardThread>(settings.userFile(), Settings::defaultSystemFile());
        targets.portal = configuredPortal(settings, options.portalUrl, options.portalCaFile);
    }
    // A proxy that asks for a password gets the one the application keeps in the
    // keychain, or the tunnel would fail where the application's requests pass. It is
    // used for the CONNECT only and never shown in the report.
    if (targets.portal && targets.portal.value().proxy.mode == net::ProxySettings::Mode::Manual &&
        !targets.portal.value().proxy.user.isEmpty())
        targets.portal.value().proxy.password = proxyPasswordFromKeychain();
    // No PIN is ever asked: the diagnosis reads what a card shows without logging in.
    cardThread->start(nullptr);
    targets.cards = cardThread->service();

    const std::unique_ptr<diagnosis::Runner> runner = makeSystemDiagnosis(targets, DeadlineMs);
    diagnosis::Report report;
    QEventLoop loop;
    QObject::connect(runner.get(), &diagnosis::Runner::finished, &loop,
                     [&](const diagnosis::Report& done) {
                         report = done;
                         loop.quit();
                     });
    runner->run();
    loop.exec();

    const QByteArray out = options.diagnoseJson ? diagnosis::toJson(report)
                                                : diagnosis::toText(report).toUtf8() + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return diagnosis::exitCodeFor(report.worst());
}

} // namespace guichet
