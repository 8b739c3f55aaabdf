#include "PortalClient.h"

#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "MultipartBody.h"
#include "PortalCall.h"
#include "ProblemMapping.h"
#include "ProxySetup.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcPortalNet, "guichet.portal.net", QtInfoMsg)

namespace guichet::net {
namespace {

const QLatin1StringView ApiRoot("/api/v1");

bool sendsBearerToken(const QString& path)
{
    // The sign-in exchanges themselves carry no session yet.
    return path != QLatin1String("/auth/challenge") && path != QLatin1String("/auth/token") &&
           path != QLatin1String("/auth/refresh");
}

// The context decides whether the caller still wants the answer.
template <typename Handler, typename Value>
void deliver(const QPointer<QObject>& context, bool hadContext, const Handler& handler,
             const Value& value)
{
    if (hadContext && !context)
        return;
    handler(value);
}

} // namespace

PortalClient::PortalClient(QNetworkAccessManager& network, QUrl baseUrl, QObject* parent)
    : QObject(parent), m_network(network), m_base(std::move(baseUrl))
{
    connect(&m_connectivity, &ConnectivityMonitor::onlineChanged, this,
            &PortalClient::onlineChanged);
    connect(&m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy&, QAuthenticator* authenticator) {
                // Asked a second time = the proxy refused them: let the reply fail (NET-009).
                if (m_proxy.mode != ProxySettings::Mode::Manual || m_proxyAnswered ||
                    m_proxy.user.isEmpty())
                    return;
                m_proxyAnswered = true;
                authenticator->setUser(m_proxy.user);
                authenticator->setPassword(m_proxy.password);
            });
    setProxy(ProxySettings{});
}

PortalClient::~PortalClient() = default;

void PortalClient::setTlsTrust(const TlsTrust& trust)
{
    m_trust = trust;
    // Kept-alive connections were checked under the old trust.
    m_network.clearConnectionCache();
}

void PortalClient::setLanguage(const QString& language)
{
    if (language == QLatin1String("fr") || language == QLatin1String("de") ||
        language == QLatin1String("en"))
        m_language = language;
    else
        qCWarning(lcPortalNet) << "ignoring unsupported language" << language;
}

void PortalClient::setProxy(const ProxySettings& proxy)
{
    m_proxy = proxy;
    m_proxyAnswered = false;
    applyProxy(m_network, proxy);
}

QUrl PortalClient::urlFor(const PortalRequest& request) const
{
    QUrl url = m_base;
    url.setPath(ApiRoot + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkRequest PortalClient::networkRequest(const PortalRequest& request,
                                             const QList<QPair<QByteArray, QByteArray>>& extra,
                                             const QByteArray& ifNoneMatch) const
{
    QNetworkRequest out(urlFor(request));
    if (out.url().scheme() == QLatin1String("https"))
        out.setSslConfiguration(m_trust.configuration());
    out.setTransferTimeout(m_timeouts.transferMs);
    // A redirect never takes the bearer token, a refresh token or a signed package to
    // another origin: only same-origin redirects are followed (InsecureRedirectError).
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    if (request.urgent)
        out.setPriority(QNetworkRequest::HighPriority);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    out.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray("GuichetDesktop/") +
                      QCoreApplication::applicationVersion().toLatin1());
    out.setRawHeader("Accept-Language", m_language.toLatin1());
    out.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.contentType.isEmpty())
        out.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.idempotencyKey.isEmpty())
        out.setRawHeader("Idempotency-Key", request.idempotencyKey);
    const QString token =
        m_tokenProvider && sendsBearerToken(request.path) ? m_tokenProvider() : QString();
    if (!token.isEmpty())
        out.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!ifNoneMatch.isEmpty())
        out.setRawHeader("If-None-Match", ifNoneMatch);
    for (const auto& [name, value] : request.headers)
        out.setRawHeader(name, value);
    for (const auto& [name, value] : extra)
        out.setRawHeader(name, value);
    return out;
}

void PortalClient::refreshSession(QObject* waiter, std::function<void(bool)> then)
{
    m_refreshWaiters.append({QPointer<QObject>(waiter), std::move(then)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_refreshHook([self = QPointer<PortalClient>(this)](bool refreshed) {
        if (!self)
            return;
        self->m_refreshing = false;
        const QList<RefreshWaiter> waiters = std::exchange(self->m_refreshWaiters, {});
        for (const RefreshWaiter& waiting : waiters)
            if (waiting.waiter)
                waiting.then(refreshed);
    });
}

void PortalClient::start(PortalRequest request, std::unique_ptr<ResponseSink> sink,
                         std::function<void(Result<PortalResponse>)> done)
{
    if (takesIdempotencyKey(request.method, request.path)) {
        if (request.idempotencyKey.isEmpty())
            qCWarning(lcPortalNet) << request.method << request.path
                                   << "without Idempotency-Key: it will not be retried";
        else if (!isValidIdempotencyKey(request.idempotencyKey))
            qCWarning(lcPortalNet)
                << request.method << request.path << "with a malformed Idempotency-Key";
    }
    auto* call = new PortalCall(*this, std::move(request), std::move(sink), std::move(done));
    call->start();
}

void PortalClient::send(PortalRequest request, QObject* context, ResponseHandler done)
{
    start(std::move(request), std::make_unique<MemorySink>(),
          [guard = QPointer<QObject>(context), hadContext = context != nullptr,
           done = std::move(done)](const Result<PortalResponse>& result) {
              deliver(guard, hadContext, done, result);
          });
}

Result<QJsonDocument> PortalClient::jsonOf(const PortalResponse& response, const QString& what)
{
    if (response.status == 204 || (response.body.isEmpty() && response.status == 202))
        return QJsonDocument();
    const QByteArray type = response.header("content-type").split(';').value(0).trimmed().toLower();
    if (type != "application/json")
        return badResponse(what, QStringLiteral("content type \"%1\" where JSON was expected")
                                     .arg(QString::fromLatin1(type)));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badResponse(what, QStringLiteral("invalid JSON at offset %1: %2")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
    return document;
}

void PortalClient::getJson(const QString& path, const QUrlQuery& query, QObject* context,
                           JsonHandler done)
{
    PortalRequest request;
    request.path = path;
    request.query = query;
    send(std::move(request), context,
         [path, done = std::move(done)](const Result<PortalResponse>& response) {
             if (!response)
                 done(response.error());
             else
                 done(jsonOf(response.value(), QStringLiteral("GET ") + path));
         });
}

void PortalClient::sendJson(const QByteArray& method, const QString& path,
                            const QJsonDocument& body, const QByteArray& idempotencyKey,
                            QObject* context, JsonHandler done)
{
    PortalRequest request;
    request.method = method;
    request.path = path;
    if (!body.isNull()) {
        request.body = body.toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    request.idempotencyKey = idempotencyKey;
    const QString what = QString::fromLatin1(method) + u' ' + path;
    send(std::move(request), context,
         [what, done = std::move(done)](const Result<PortalResponse>& response) {
             if (!response)
                 done(response.error());
             else
                 done(jsonOf(response.value(), what));
         });
}

void PortalClient::sendMultipart(const QByteArray& method, const QString& path,
                                 const MultipartBody& body, const QByteArray& idempotencyKey,
                                 QObject* context, JsonHandler done)
{
    PortalRequest request;
    request.method = method;
    request.path = path;
    request.body = body.serialise();
    request.contentType = body.contentType();
    request.idempotencyKey = idempotencyKey;
    const QString what = QString::fromLatin1(method) + u' ' + path;
    send(std::move(request), context,
         [what, done = std::move(done)](const Result<PortalResponse>& response) {
             if (!response)
                 done(response.error());
             else
                 done(jsonOf(response.value(), what));
         });
}

void PortalClient::download(const DownloadRequest& download, QObject* context, DownloadHandler done)
{
    PortalRequest request;
    request.path = download.path;
    request.maxResponseBytes = download.maxBytes;
    request.useEtagCache = false; // the .part file is the cache
    auto sink = std::make_unique<DownloadSink>(download.targetFile);
    DownloadSink* file = sink.get(); // lives as long as the call that owns it
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    start(std::move(request), std::move(sink),
          [this, file, guard, hadContext, expected = download.expectedSha256Hex,
           done = std::move(done)](const Result<PortalResponse>& response) {
              if (!response) {
                  deliver(guard, hadContext, done, Result<DownloadResult>(response.error()));
                  return;
              }
              file->complete(expected, this,
                             [guard, hadContext, done](const Result<DownloadResult>& result) {
                                 deliver(guard, hadContext, done, result);
                             });
          });
}

} // namespace guichet::net
