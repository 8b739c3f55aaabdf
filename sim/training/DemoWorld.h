#pragma once

#include "Result.h"
#include "TrainingScenarios.h"

#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace guichet::sim {

class PortalThread;
class PortalTls;
class ScriptedPcsc;
class SimulatedProxy;
class SimulatedToken;

// Everything demo mode simulates, built once for the window and for `guichet
// --diagnose --demo`: a smart card service with one reader holding the persona's
// simulated card, a computer without any card middleware (an empty folder stands
// for the root of its file system), and the embedded portal, which trusts the card's
// root; and a company proxy, which only the proxy scenario puts in between. The application sees
// them through its ordinary doors (PcscApi, TokenBackend, HTTPS on loopback), so the training
// scenarios can break any of them for real.
class DemoWorld
{
public:
    static constexpr char ReaderName[] = "Guichet Demo Reader 00 00";

    // The persona with this key (the demo citizen when none has it).
    explicit DemoWorld(const QString& personaKey);
    ~DemoWorld();
    DemoWorld(const DemoWorld&) = delete;
    DemoWorld& operator=(const DemoWorld&) = delete;

    [[nodiscard]] ScriptedPcsc& readers() { return *m_readers; }
    [[nodiscard]] const std::shared_ptr<SimulatedToken>& token() const { return m_token; }
    [[nodiscard]] QString moduleRoot() const;
    // The root the card's certificates chain to.
    [[nodiscard]] QByteArray cardRootDer() const;

    // Starts the embedded portal; its URL. The training scenarios need it running.
    [[nodiscard]] Result<QUrl> startPortal();
    // The CA of the portal's TLS certificate (the client trusts it by configuration).
    [[nodiscard]] QSslCertificate portalCa() const;

    // What the training scenarios switch in other rooms (TrainingWorld::Switches).
    void setTrainingSwitches(TrainingWorld::Switches switches);

    // Puts the world into a training scenario (empty: everything works). APP-004 for
    // an unknown id or when the portal did not start.
    [[nodiscard]] Status applyScenario(const QString& id);

private:
    std::unique_ptr<QTemporaryDir> m_moduleRoot;
    std::unique_ptr<ScriptedPcsc> m_readers;
    std::shared_ptr<SimulatedToken> m_token;
    std::unique_ptr<PortalTls> m_tls;
    std::unique_ptr<PortalThread> m_portal;
    std::unique_ptr<SimulatedProxy> m_proxy;
    std::unique_ptr<TrainingWorld> m_training;
    TrainingWorld::Switches m_switches;
};

} // namespace guichet::sim
