#pragma once

#include "PortalServer.h"

#include <QSslCertificate>
#include <QThread>

#include <memory>

namespace guichet::sim {

// The simulated portal on a thread of its own, for `guichet --demo`: the window
// never waits for the portal, neither for seeding its database (hundreds of
// milliseconds) nor for a large answer. The server, its database connection and
// its sockets are made, used and destroyed on that thread.
class PortalThread
{
public:
    PortalThread();
    ~PortalThread();
    PortalThread(const PortalThread&) = delete;
    PortalThread& operator=(const PortalThread&) = delete;

    // Listens at once (the call waits only for that), then seeds in the background.
    [[nodiscard]] Result<QUrl> start(QList<QByteArray> trustedCaDer, const QSslConfiguration& tls,
                                     PortalServer::Options options = {});

    // Thread-safe doors for training scenarios (TrainingWorld): faults and the clock
    // are safe from any thread; accepting connections is switched on the portal's own.
    [[nodiscard]] FaultInjector& faults() { return m_server->faults(); }
    [[nodiscard]] SimClock& clock() { return m_server->clock(); }
    void setAccepting(bool accepting);
    void setTlsConfiguration(const QSslConfiguration& tls);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr; // lives on m_thread; calls are queued to it
    std::unique_ptr<PortalServer> m_server;
};

} // namespace guichet::sim
