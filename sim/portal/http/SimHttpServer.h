#pragma once

#include "ApiMessage.h"
#include "FaultInjector.h"

#include <QAbstractHttpServer>

#include <functional>

namespace guichet::sim {

// The simulated portal's HTTP layer. It sits on QAbstractHttpServer (Qt HTTP Server
// 6.4) rather than QHttpServer because it needs the raw socket: to answer 405 with
// Allow, to answer HEAD correctly, and to inject faults (drop a connection mid-body,
// trickle bytes) — none of which QHttpServer's router allows in 6.4 (FINDINGS.md).
// Everything else (routing by template, language, Request-Id, ETag/304) is ours.
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    explicit SimHttpServer(QObject* parent = nullptr);

    // `routeTemplate` is relative to /api/v1 and may hold {parameters}, as in the
    // OpenAPI file ("/spaces/{spaceId}/documents").
    void addRoute(const QByteArray& method, const QString& routeTemplate, Handler handler);

    [[nodiscard]] FaultInjector& faults() { return m_faults; }

    // Largest request body read (uploads and submissions); larger is 413 REQ-003.
    static constexpr qsizetype MaxBodyBytes = 20 * 1024 * 1024;
    static constexpr QLatin1StringView BasePath{"/api/v1"};

    // "fr", "de" or "en" from an Accept-Language value (q-values honoured), else "fr".
    [[nodiscard]] static QString negotiateLanguage(const QByteArray& acceptLanguage);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QByteArray method;
        QString routeTemplate;
        QStringList segments;
        Handler handler;
    };

    [[nodiscard]] ApiResponse dispatch(ApiRequest& request);
    void deliver(QTcpSocket* socket, const ApiRequest& request, ApiResponse response);

    QList<Route> m_routes;
    FaultInjector m_faults;
};

} // namespace guichet::sim
