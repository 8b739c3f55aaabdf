#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace guichet::sim {

class PortalThread;
class SimulatedToken;

// A failure help-desk staff can rehearse on their own machine (`guichet --demo
// --scenario NAME`, or the picker on the Diagnostics page in demo mode). Each one is
// made by putting a real failure in front of the real code path — the simulated
// portal refusing connections, answering 503, answering late, keeping another time —
// never by a flag that paints a message, so the application, its Diagnostics page
// and `--diagnose` react exactly as they would to the real thing.
struct TrainingScenario
{
    QString id;           // stable, for --scenario
    const char* title;    // QT_TRANSLATE_NOOP("TrainingScenario", ...)
    QString expectedCode; // what the person and the diagnosis are shown
};

// Every scenario, in the order the picker shows them.
[[nodiscard]] const QList<TrainingScenario>& trainingScenarios();
[[nodiscard]] const TrainingScenario* findTrainingScenario(const QString& id);

// The simulated world of a demo run, switched between scenarios at run time.
class TrainingWorld
{
public:
    TrainingWorld(PortalThread& portal, SimulatedToken& token);

    // Puts the world into `id` (empty: everything works), undoing the previous one.
    // APP-004 for an unknown id.
    [[nodiscard]] Status apply(const QString& id);
    [[nodiscard]] const QString& current() const { return m_current; }

private:
    void reset();

    PortalThread& m_portal;
    SimulatedToken& m_token;
    QString m_current;
};

} // namespace guichet::sim
