#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace guichet::sim {

class PortalThread;
class PortalTls;
class ScriptedPcsc;
class SimulatedProxy;
class SimulatedToken;

// A failure help-desk staff can rehearse on their own machine (`guichet --demo
// --scenario NAME`, or the picker on the Diagnostics page in demo mode). Each one is
// made by putting a real failure in front of the real code path — a smart card
// service that stopped, a reader without a card, a card no middleware on the
// computer can read, certificates out of date or from an unknown root, the simulated
// portal refusing connections, answering 503 or late, keeping another time, showing
// a TLS certificate nobody trusts — never by a flag that paints a message, so the
// application, its Diagnostics page and `--diagnose` react exactly as they would to
// the real thing.
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
    TrainingWorld(PortalThread& portal, PortalTls& tls, SimulatedToken& token,
                  ScriptedPcsc& readers, SimulatedProxy& proxy);
    ~TrainingWorld();

    // The world without a scenario: the service running, one reader, the simulated
    // card in it.
    static void placeDemoCard(ScriptedPcsc& readers, SimulatedToken& token);

    // Puts the world into `id` (empty: everything works), undoing the previous one.
    // APP-004 for an unknown id.
    [[nodiscard]] Status apply(const QString& id);
    // What some scenarios must reach in other rooms, handed in by the application:
    // the keychain (taken away, given back) and the client's proxy setting (the
    // demo's company proxy on loopback at `port`; 0: no proxy, the demo's default).
    // A scenario whose switch is missing changes nothing.
    struct Switches
    {
        std::function<void(bool unavailable)> keychain;
        std::function<void(quint16 port)> proxy;
    };
    void setSwitches(Switches switches) { m_switches = std::move(switches); }
    [[nodiscard]] const QString& current() const { return m_current; }

private:
    void reset();

    PortalThread& m_portal;
    PortalTls& m_tls;
    std::unique_ptr<PortalTls> m_strangerTls; // made on first use (a key pair takes a while)
    SimulatedToken& m_token;
    ScriptedPcsc& m_readers;
    SimulatedProxy& m_proxy;
    Switches m_switches;
    QString m_current;
};

} // namespace guichet::sim
