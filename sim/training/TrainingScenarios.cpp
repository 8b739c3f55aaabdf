#include "TrainingScenarios.h"

#include "ErrorCodes.h"
#include "PortalThread.h"
#include "SimulatedToken.h"

#include <QtGlobal>

namespace guichet::sim {
namespace {

constexpr char PortalDown[] = "portal-unreachable";
constexpr char PortalBusy[] = "portal-503";
constexpr char SlowNetwork[] = "slow-network";
constexpr char ClockOff[] = "clock-ten-minutes-off";

// Longer than every time limit of the client (15 s to the first byte) and of the
// diagnosis (3 s for the answer): the network is not down, only too slow.
constexpr int SlowNetworkMs = 20'000;
constexpr qint64 ClockOffSeconds = 600;

} // namespace

const QList<TrainingScenario>& trainingScenarios()
{
    static const QList<TrainingScenario> all{
        {QLatin1String(PortalDown), QT_TRANSLATE_NOOP("TrainingScenario", "Portal unreachable"),
         QLatin1String(ErrorCode::PortalUnreachable)},
        {QLatin1String(PortalBusy),
         QT_TRANSLATE_NOOP("TrainingScenario", "Portal out of service (HTTP 503)"),
         QLatin1String(ErrorCode::PortalServerError)},
        {QLatin1String(SlowNetwork), QT_TRANSLATE_NOOP("TrainingScenario", "Very slow network"),
         QLatin1String(ErrorCode::PortalTimeout)},
        {QLatin1String(ClockOff),
         QT_TRANSLATE_NOOP("TrainingScenario", "Computer clock ten minutes off"),
         QLatin1String(ErrorCode::ClockDiffers)},
    };
    return all;
}

const TrainingScenario* findTrainingScenario(const QString& id)
{
    for (const TrainingScenario& scenario : trainingScenarios())
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

TrainingWorld::TrainingWorld(PortalThread& portal, SimulatedToken& token)
    : m_portal(portal), m_token(token)
{}

void TrainingWorld::reset()
{
    m_portal.faults().clearAll();
    m_portal.clock().reset();
    m_portal.setAccepting(true);
}

Status TrainingWorld::apply(const QString& id)
{
    if (!id.isEmpty() && !findTrainingScenario(id))
        return Error(ErrorCode::BadCommandLine, QStringLiteral("unknown scenario: ") + id);
    reset();
    m_current = id;
    Fault fault;
    if (id == QLatin1String(PortalDown)) {
        // Closed port for new connections, and kept-alive ones closed on their next use.
        m_portal.setAccepting(false);
        fault.kind = Fault::Kind::CloseWithoutAnswer;
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(PortalBusy)) {
        fault.kind = Fault::Kind::ServerError;
        fault.status = 503;
        fault.title = QStringLiteral("Service temporarily unavailable");
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(SlowNetwork)) {
        fault.kind = Fault::Kind::Latency;
        fault.milliseconds = SlowNetworkMs;
        m_portal.faults().set(QStringLiteral("*"), fault);
    } else if (id == QLatin1String(ClockOff)) {
        // The portal's clock runs ahead: to the client, its own is ten minutes behind.
        m_portal.clock().advance(ClockOffSeconds);
    }
    return {};
}

} // namespace guichet::sim
