#include "SystemDiagnosis.h"

#include "CardChecks.h"
#include "KeychainProbe.h"
#include "LocalDataChecks.h"
#include "PortalProbe.h"
#include "SystemCheck.h"

#include <QPointer>
#include <QPromise>
#include <QTimer>

namespace guichet {
namespace {

using diagnosis::Check;
using diagnosis::Probe;

Probe systemProbe()
{
    Probe probe;
    probe.layers = {diagnosis::Layer::System};
    probe.start = [] { return QtFuture::makeReadyFuture(QList<Check>{diagnosis::systemCheck()}); };
    return probe;
}

// The card probe, asked only once the service has had its first look at the readers
// (its first reader snapshot) or after warmUpMs, whichever comes first.
Probe warmedUpCardProbe(CardService& cards, int warmUpMs)
{
    Probe inner = cardProbe(cards);
    if (warmUpMs <= 0)
        return inner;
    Probe probe;
    probe.layers = inner.layers;
    QPointer<CardService> service(&cards);
    probe.start = [service, inner, warmUpMs]() {
        auto promise = std::make_shared<QPromise<QList<Check>>>();
        promise->start();
        auto* gate = new QObject;
        auto fired = std::make_shared<bool>(false);
        const auto ask = [gate, promise, inner, fired] {
            if (*fired)
                return;
            *fired = true;
            gate->deleteLater();
            inner.start().then([promise](const QList<Check>& checks) {
                promise->addResult(checks);
                promise->finish();
            });
        };
        if (service) {
            // The tokens are read right after each reader snapshot, on the card thread,
            // before a diagnosis asked for afterwards is answered.
            QObject::connect(service, &CardService::readersChanged, gate, ask,
                             Qt::QueuedConnection);
            // The first snapshot may have come before this probe started.
            service->diagnostics().then(gate, [ask](const CardDiagnostics& report) {
                if (report.readers.service != pcsc::ServiceState::Unknown)
                    ask();
            });
        }
        QTimer::singleShot(warmUpMs, gate, ask);
        return promise->future();
    };
    return probe;
}

} // namespace

std::unique_ptr<diagnosis::Runner> makeSystemDiagnosis(const DiagnosisTargets& targets,
                                                       int deadlineMs)
{
    QList<Probe> probes{systemProbe()};
    if (targets.cards)
        probes << warmedUpCardProbe(*targets.cards, targets.cardWarmUpMs);
    probes << net::portalProbe(targets.portal) << keychainProbe()
           << store::localDataProbe(targets.dataRoot);
    return std::make_unique<diagnosis::Runner>(probes, deadlineMs);
}

} // namespace guichet
