#include "DiagnoseCommand.h"

#include "CardService.h"
#include "CardThread.h"
#include "DataPaths.h"
#include "DiagnosisFormat.h"
#include "PortalConfiguration.h"
#include "PortalThread.h"
#include "PortalTls.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SimulatedToken.h"
#include "SystemDiagnosis.h"
#include "TrainingScenarios.h"

#include <QEventLoop>

#include <cstdio>

namespace guichet {
namespace {

// The card service is started here, so give it a moment to see the readers; the
// probes of the other layers run meanwhile.
constexpr int CardWarmUpMs = 3000;
constexpr int DeadlineMs = 12'000;

sim::SimulatedPki::Persona personaNamed(const QString& key)
{
    for (const sim::SimulatedPki::Persona& candidate : sim::SimulatedPki::demoPersonas())
        if (candidate.key == key)
            return candidate;
    return sim::SimulatedPki::demoCitizen();
}

} // namespace

int runDiagnose(const CommandLineOptions& options)
{
    const Settings settings(Settings::defaultUserFile(), Settings::defaultSystemFile());
    DiagnosisTargets targets;
    targets.dataRoot = DataPaths(settings.value(SettingKeys::DataDirectory)).root();
    targets.simulatedCard = options.demo;
    targets.cardWarmUpMs = CardWarmUpMs;

    CardThread cardThread(settings.userFile(), Settings::defaultSystemFile());
    std::unique_ptr<sim::PortalTls> demoTls;
    std::unique_ptr<sim::PortalThread> demoPortal;
    std::unique_ptr<sim::TrainingWorld> training;
    if (options.demo) {
        // The same simulated card and embedded portal as `guichet --demo`.
        auto token = std::make_shared<sim::SimulatedToken>(personaNamed(options.persona));
        cardThread.addBackend(token);
        demoTls = std::make_unique<sim::PortalTls>();
        demoPortal = std::make_unique<sim::PortalThread>();
        const Result<QUrl> url = demoPortal->start(
            QList<QByteArray>{token->pki().caCertificateDer()}, demoTls->serverConfiguration());
        if (url) {
            net::PortalEndpoint endpoint;
            endpoint.url = url.value();
            endpoint.trust = net::TlsTrust({demoTls->caCertificate()});
            endpoint.proxy.mode = net::ProxySettings::Mode::None;
            targets.portal = endpoint;
            if (!options.scenario.isEmpty()) {
                training = std::make_unique<sim::TrainingWorld>(*demoPortal, *token);
                (void)training->apply(options.scenario); // checked by parseCommandLine
            }
        } else {
            targets.portal = url.error();
        }
    } else {
        targets.portal = configuredPortal(settings, options.portalUrl, options.portalCaFile);
    }
    // No PIN is ever asked: the diagnosis reads what a card shows without logging in.
    cardThread.start(nullptr);
    targets.cards = cardThread.service();

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
