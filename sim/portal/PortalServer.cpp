#include "PortalServer.h"

#include "ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace guichet::sim {
namespace {

QHttpServerResponse json(int status, const QJsonObject& body)
{
    const bool problem = status >= 400;
    QHttpServerResponse response(problem ? QByteArrayLiteral("application/problem+json")
                                         : QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(status));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse requestProblem(int status, const char* code, const QString& title)
{
    return json(status, {{QStringLiteral("type"), QStringLiteral("about:blank")},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("code"), QLatin1String(code)}});
}

// Parses a JSON object body, refusing wrong types, oversized and malformed bodies.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request,
                                    std::optional<QHttpServerResponse>& refusal)
{
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).toLower();
    if (!type.startsWith("application/json")) {
        refusal = requestProblem(415, "REQ-003", QStringLiteral("Expected application/json"));
        return std::nullopt;
    }
    if (request.body().size() > PortalServer::MaxJsonBody) {
        refusal = requestProblem(413, "REQ-004", QStringLiteral("Request body too large"));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        refusal = requestProblem(400, "REQ-001", QStringLiteral("Malformed JSON"));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

PortalServer::PortalServer(QList<QByteArray> trustedCaDer) : m_trustedCa(std::move(trustedCaDer)) {}

PortalServer::~PortalServer() = default;

Result<quint16> PortalServer::start(const QSslConfiguration& tls, quint16 port)
{
    m_server.sslSetup(tls);
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return Error(QStringLiteral("NET-001"), QStringLiteral("listen failed on 127.0.0.1"));
    m_auth = std::make_unique<AuthService>(baseUrl().toString(QUrl::RemovePath), m_trustedCa);
    addRoutes();
    return m_port;
}

QUrl PortalServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void PortalServer::addRoutes()
{
    m_server.route(QStringLiteral("/api/v1/meta"), QHttpServerRequest::Method::Get, [] {
        return json(200, {{QStringLiteral("apiVersion"), QStringLiteral("1.0")},
                          {QStringLiteral("languages"), QJsonArray{"fr", "de", "en"}},
                          {QStringLiteral("serverTime"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("minimumClientVersion"), QStringLiteral("0.1.0")},
                          {QStringLiteral("unauthenticatedProcedures"), true}});
    });
    m_server.route(QStringLiteral("/api/v1/auth/challenge"), QHttpServerRequest::Method::Post,
                   [this] {
                       const AuthService::Reply reply = m_auth->challenge();
                       return json(reply.status, reply.body);
                   });
    m_server.route(QStringLiteral("/api/v1/auth/token"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest& request) {
                       std::optional<QHttpServerResponse> refusal;
                       const std::optional<QJsonObject> body = jsonBody(request, refusal);
                       if (!body)
                           return std::move(*refusal);
                       const AuthService::Reply reply = m_auth->token(*body);
                       return json(reply.status, reply.body);
                   });
}

} // namespace guichet::sim
