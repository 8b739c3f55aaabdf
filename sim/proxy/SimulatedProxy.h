#pragma once

#include "Result.h"

#include <QThread>

#include <atomic>

namespace guichet::sim {

// The HTTP proxy of a company network, for the "proxy refusing" training scenario:
// it opens CONNECT tunnels to the embedded portal (and to nothing else: it is no open
// relay) on a thread of its own, and while refusing answers every CONNECT with 403, as
// a proxy does whose rules do not allow the portal — which Qt reports as a refused
// proxy connection. Refusing also closes the tunnels already open.
class SimulatedProxy
{
public:
    SimulatedProxy();
    ~SimulatedProxy();
    SimulatedProxy(const SimulatedProxy&) = delete;
    SimulatedProxy& operator=(const SimulatedProxy&) = delete;

    // Listens on 127.0.0.1 and tunnels only to `allowedPort` there; the proxy's port.
    [[nodiscard]] Result<quint16> start(quint16 allowedPort);
    void setRefusing(bool refusing);
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace guichet::sim
