#pragma once

#include <QObject>

namespace guichet::net {

// Whether the portal can be reached, for the UI's offline banner and the sync
// engine's pauses. The operating system's view (QNetworkInformation) wins when a
// backend loads and knows the answer; otherwise the outcome of our own requests
// decides: any HTTP answer means online, several connection failures in a row mean
// offline. Nothing here waits for the network.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)

public:
    explicit ConnectivityMonitor(QObject* parent = nullptr);

    // Off: judge from requests only (tests, or a system backend known to be wrong).
    void setUseSystemReachability(bool use);
    [[nodiscard]] bool usesSystemReachability() const;

    [[nodiscard]] bool isOnline() const { return m_online; }

    void noteAnswer();
    void noteConnectionFailure();

    static constexpr int FailuresBeforeOffline = 3;

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void onSystemReachability();
    void setOnline(bool online);

    bool m_online = true;
    bool m_useSystem = false;
    bool m_systemKnows = false;
    int m_failuresInRow = 0;
};

} // namespace guichet::net
