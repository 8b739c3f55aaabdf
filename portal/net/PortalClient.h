#pragma once

#include "ConnectivityMonitor.h"
#include "DownloadSink.h"
#include "EtagCache.h"
#include "PortalRequest.h"
#include "ProxySettings.h"
#include "Result.h"
#include "RetryPolicy.h"
#include "TlsTrust.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace guichet::net {

class MultipartBody;
class PortalCall;

struct DownloadRequest
{
    QString path;                 // relative to the API root, e.g. ".../documents/DOC-1/content"
    QString targetFile;           // the finished file; "<targetFile>.part" while it arrives
    QByteArray expectedSha256Hex; // checked when not empty
    qint64 maxBytes = 512LL * 1024 * 1024;
};

// The portal's REST API (docs/api/portal.yaml) over one QNetworkAccessManager, on the
// thread that owns both. Each call is one logical request: the client adds language,
// bearer token and Idempotency-Key, retries what is safe to repeat, refreshes an
// expired session once, serves 304s from the EtagCache, caps answer sizes and maps
// every failure to a catalogue code. Results arrive through callbacks, never before
// the call returns and never after `context` is destroyed.
class PortalClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)

public:
    struct Timeouts
    {
        int connectMs = 15'000;  // until the TLS handshake or the first answer byte
        int transferMs = 30'000; // longest silence while the request or answer flows
    };
    using TokenProvider = std::function<QString()>;
    // Called on 401 AUTH-009: refresh the session, then call `done(true)` to replay
    // the request with the new token, or `done(false)` to report AUTH-009.
    using RefreshHook = std::function<void(std::function<void(bool refreshed)> done)>;
    using ResponseHandler = std::function<void(const Result<PortalResponse>&)>;
    using JsonHandler = std::function<void(const Result<QJsonDocument>&)>;
    using DownloadHandler = std::function<void(const Result<DownloadResult>&)>;

    // `baseUrl` is the portal's origin (https://www.myguichet.lu); /api/v1 is added.
    // The client installs its proxy choice on `network` (system proxy by default).
    PortalClient(QNetworkAccessManager& network, QUrl baseUrl, QObject* parent = nullptr);
    ~PortalClient() override;

    void setTlsTrust(const TlsTrust& trust);
    void setLanguage(const QString& language); // "fr", "de" or "en"; others are ignored
    [[nodiscard]] QString language() const { return m_language; }
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setRefreshHook(RefreshHook hook) { m_refreshHook = std::move(hook); }
    // Not owned; must outlive the client or be unset with nullptr.
    void setEtagCache(EtagCache* cache) { m_etagCache = cache; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    [[nodiscard]] const RetryPolicy& retryPolicy() const { return m_retry; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    void setProxy(const ProxySettings& proxy);

    [[nodiscard]] ConnectivityMonitor& connectivity() { return m_connectivity; }
    [[nodiscard]] bool isOnline() const { return m_connectivity.isOnline(); }

    void send(PortalRequest request, QObject* context, ResponseHandler done);
    // GET answering JSON (application/json, or nothing for 204).
    void getJson(const QString& path, const QUrlQuery& query, QObject* context, JsonHandler done);
    // A JSON body; `idempotencyKey` is required by the portal for mutations.
    void sendJson(const QByteArray& method, const QString& path, const QJsonDocument& body,
                  const QByteArray& idempotencyKey, QObject* context, JsonHandler done);
    void sendMultipart(const QByteArray& method, const QString& path, const MultipartBody& body,
                       const QByteArray& idempotencyKey, QObject* context, JsonHandler done);
    void download(const DownloadRequest& request, QObject* context, DownloadHandler done);

    // The JSON of a successful answer, or NET-003 for another media type or bad JSON.
    [[nodiscard]] static Result<QJsonDocument> jsonOf(const PortalResponse& response,
                                                      const QString& what);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    friend class PortalCall;

    [[nodiscard]] QUrl urlFor(const PortalRequest& request) const;
    [[nodiscard]] QNetworkRequest networkRequest(const PortalRequest& request,
                                                 const QList<QPair<QByteArray, QByteArray>>& extra,
                                                 const QByteArray& ifNoneMatch) const;
    // Runs the refresh hook once for all calls that hit AUTH-009 meanwhile.
    void refreshSession(QObject* waiter, std::function<void(bool)> then);
    void start(PortalRequest request, std::unique_ptr<class ResponseSink> sink,
               std::function<void(Result<PortalResponse>)> done);

    struct RefreshWaiter
    {
        QPointer<QObject> waiter;
        std::function<void(bool)> then;
    };

    QNetworkAccessManager& m_network;
    QUrl m_base;
    TlsTrust m_trust;
    QString m_language = QStringLiteral("fr");
    TokenProvider m_tokenProvider;
    RefreshHook m_refreshHook;
    EtagCache* m_etagCache = nullptr;
    RetryPolicy m_retry;
    Timeouts m_timeouts;
    ProxySettings m_proxy;
    bool m_proxyAnswered = false;
    ConnectivityMonitor m_connectivity;
    bool m_refreshing = false;
    QList<RefreshWaiter> m_refreshWaiters;
};

} // namespace guichet::net
