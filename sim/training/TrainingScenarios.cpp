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
constexpr char PinLastTry[] = "pin-one-try-left";
constexpr char PinBlocked[] = "pin-blocked";

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
        // The card's own counter: the PIN dialog, My card and the diagnosis read it as
        // they read a real card's. No code until a wrong PIN is typed (P11-004).
        {QLatin1String(PinLastTry), QT_TRANSLATE_NOOP("TrainingScenario", "PIN with one try left"),
         QString()},
        {QLatin1String(PinBlocked), QT_TRANSLATE_NOOP("TrainingScenario", "PIN blocked"),
         QLatin1String(ErrorCode::PinBlocked)},
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
    // Leaving a PIN scenario gives back a fresh card (a PIN unblocked with the PUK
    // during the exercise is fresh already).
    if (m_current == QLatin1String(PinLastTry) || m_current == QLatin1String(PinBlocked))
        m_token.setTriesLeftForTraining(SimulatedToken::MaxTries);
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
    } else if (id == QLatin1String(PinLastTry)) {
        m_token.setTriesLeftForTraining(1);
    } else if (id == QLatin1String(PinBlocked)) {
        m_token.setTriesLeftForTraining(0);
    }
    return {};
}

} // namespace guichet::sim
