#pragma once

#include "Diagnosis.h"
#include "DiagnosisRunner.h"
#include "PortalEndpoint.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSslSocket;
class QTimer;

namespace guichet::net {

class PortalClient;

// Walks the way to the portal one layer at a time, as the help desk would over the
// phone: the settings, the name lookup, a TCP connection (to the proxy when there is
// one), the TLS handshake checked with the application's own trust and pins, one
// HTTP round trip to /meta, and this computer's clock against the portal's Date
// header. A layer is checked only when the one below it passed. Each step has its
// own time limit, so a dead network ends the walk in a few seconds instead of the
// sync's patient timeouts. Nothing is sent but the handshake and one anonymous GET.
class PortalProbe : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int lookupMs = 3000;
        int connectMs = 4000; // TCP, and the proxy's CONNECT
        int handshakeMs = 4000;
        int answerMs = 3000;
        int clockWarningSeconds = 60;
        int clockFailureSeconds = 300; // sign-in nonces live a few minutes
    };

    // `endpoint` as configured, or the reason there is none (CFG-005 ... CFG-008).
    explicit PortalProbe(Result<PortalEndpoint> endpoint, QObject* parent = nullptr);
    ~PortalProbe() override;

    void setLimits(const Limits& limits) { m_limits = limits; }

    // Starts the walk; finished() comes once, with one check per layer.
    void start();

Q_SIGNALS:
    void finished(const QList<guichet::diagnosis::Check>& checks);

private:
    void lookUp();
    void connectSocket();
    void onConnected();
    void onEncrypted();
    void onSocketFailed(const QString& code, const QString& detail);
    void askMeta();
    void onMeta(const QByteArray& dateHeader, const QByteArray& body, int status);
    void finishWith(diagnosis::Layer failedLayer, const QString& code, const QString& detail);
    void finish();
    diagnosis::Check& current(diagnosis::Layer layer);
    void addNotCheckedAfter(diagnosis::Layer layer);

    Result<PortalEndpoint> m_endpoint;
    Limits m_limits;
    QString m_targetHost; // the portal's host, or the proxy's
    quint16 m_targetPort = 0;
    bool m_viaProxy = false;
    QList<diagnosis::Check> m_checks;
    QElapsedTimer m_stepTimer;
    int m_lookupId = -1;
    std::unique_ptr<QSslSocket> m_socket;
    QTimer* m_timer = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PortalClient> m_client;
    bool m_done = false;
};

// The portal layers as a probe of the diagnosis (same thread as the caller).
[[nodiscard]] diagnosis::Probe portalProbe(Result<PortalEndpoint> endpoint,
                                           PortalProbe::Limits limits = {});

} // namespace guichet::net
