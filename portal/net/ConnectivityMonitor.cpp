#include "ConnectivityMonitor.h"

#include <QNetworkInformation>

namespace guichet::net {

ConnectivityMonitor::ConnectivityMonitor(QObject* parent) : QObject(parent)
{
    setUseSystemReachability(true);
}

void ConnectivityMonitor::setUseSystemReachability(bool use)
{
    QNetworkInformation* system = QNetworkInformation::instance();
    if (use && !system &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        system = QNetworkInformation::instance();
    if (system)
        disconnect(system, nullptr, this, nullptr);
    m_useSystem = use && system;
    m_systemKnows = false;
    if (m_useSystem) {
        connect(system, &QNetworkInformation::reachabilityChanged, this,
                &ConnectivityMonitor::onSystemReachability);
        onSystemReachability();
    }
}

bool ConnectivityMonitor::usesSystemReachability() const
{
    return m_useSystem && m_systemKnows;
}

void ConnectivityMonitor::onSystemReachability()
{
    const QNetworkInformation* system = QNetworkInformation::instance();
    const auto reachability =
        system ? system->reachability() : QNetworkInformation::Reachability::Unknown;
    // Unknown (e.g. no NetworkManager in a container): fall back to our requests.
    m_systemKnows = reachability != QNetworkInformation::Reachability::Unknown;
    if (m_systemKnows)
        setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
}

void ConnectivityMonitor::noteAnswer()
{
    m_failuresInRow = 0;
    if (!usesSystemReachability())
        setOnline(true);
}

void ConnectivityMonitor::noteConnectionFailure()
{
    ++m_failuresInRow;
    if (!usesSystemReachability() && m_failuresInRow >= FailuresBeforeOffline)
        setOnline(false);
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace guichet::net
