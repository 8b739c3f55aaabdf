#include "PortalCall.h"

#include "ErrorCodes.h"
#include "PortalClient.h"
#include "ProblemMapping.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace guichet::net {
namespace {

// Problem bodies are small; more of one is not worth keeping.
constexpr qsizetype MaxErrorBodyBytes = 64 * 1024;

QHash<QByteArray, QByteArray> headersOf(const QNetworkReply& reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : reply.rawHeaderPairs())
        headers.insert(name.toLower(), value);
    return headers;
}

bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::TemporaryNetworkFailureError ||
           error == QNetworkReply::NetworkSessionFailedError ||
           error == QNetworkReply::UnknownNetworkError;
}

} // namespace

PortalCall::PortalCall(PortalClient& client, PortalRequest request,
                       std::unique_ptr<ResponseSink> sink, Done done)
    : QObject(&client), m_client(client), m_request(std::move(request)), m_sink(std::move(sink)),
      m_done(std::move(done))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { abortAttempt(AbortReason::ConnectTimeout); });
}

PortalCall::~PortalCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PortalCall::start()
{
    // Asynchronous even when the first attempt fails at once: callers may rely on
    // the callback not running inside send().
    QTimer::singleShot(0, this, &PortalCall::attempt);
}

QString PortalCall::what() const
{
    return QString::fromLatin1(m_request.method) + u' ' + m_request.path;
}

void PortalCall::attempt()
{
    ++m_attempts;
    m_abort = AbortReason::None;
    m_began = false;
    m_status = 0;
    m_received = 0;
    m_errorBody.clear();
    m_cached.reset();
    const bool get = m_request.method == "GET";
    if (get && m_request.useEtagCache && m_client.m_etagCache)
        m_cached = m_client.m_etagCache->lookup(m_client.urlFor(m_request));

    const QNetworkRequest request = m_client.networkRequest(
        m_request, m_sink->attemptHeaders(), m_cached ? m_cached->etag : QByteArray());
    QNetworkAccessManager& network = m_client.m_network;
    QNetworkReply* reply =
        get ? network.get(request)
        : m_request.method == "HEAD"
            ? network.head(request)
            : network.sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::encrypted, this, &PortalCall::onEncrypted);
    connect(reply, &QNetworkReply::metaDataChanged, this, &PortalCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &PortalCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PortalCall::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_connectTimer.stop(); // a slow upload is the transfer timeout's business
    });
    m_connectTimer.start(m_client.m_timeouts.connectMs);
}

void PortalCall::onEncrypted()
{
    m_connectTimer.stop();
    m_trustRefusal =
        m_client.m_trust.refusal(m_reply->sslConfiguration().peerCertificateChain(), what());
    if (m_trustRefusal)
        abortAttempt(AbortReason::Untrusted);
}

void PortalCall::onMetaData()
{
    if (m_began || !m_reply)
        return;
    m_began = true;
    m_connectTimer.stop();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status < 200 || m_status > 299)
        return; // an error or a 304: its body is read into m_errorBody
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_request.maxResponseBytes) {
        abortAttempt(AbortReason::TooLarge);
        return;
    }
    if (Status started = m_sink->begin(m_status, headersOf(*m_reply)); !started) {
        m_sinkError = started.error();
        abortAttempt(AbortReason::SinkFailed);
    }
}

void PortalCall::onReadyRead()
{
    if (!m_reply || m_abort != AbortReason::None)
        return;
    if (!m_began)
        onMetaData();
    if (m_abort != AbortReason::None)
        return;
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    if (m_received > m_request.maxResponseBytes) {
        abortAttempt(AbortReason::TooLarge);
        return;
    }
    if (m_status < 200 || m_status > 299) {
        m_errorBody += data.left(MaxErrorBodyBytes - m_errorBody.size());
        return;
    }
    if (Status written = m_sink->write(data); !written) {
        m_sinkError = written.error();
        abortAttempt(AbortReason::SinkFailed);
    }
}

void PortalCall::abortAttempt(AbortReason reason)
{
    if (!m_reply || m_reply->isFinished())
        return;
    m_abort = reason;
    m_reply->abort(); // emits finished, handled by onFinished
}

void PortalCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_connectTimer.stop();
    if (m_abort == AbortReason::None && reply->bytesAvailable() > 0)
        onReadyRead();
    if (!m_began && m_abort == AbortReason::None)
        onMetaData();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_sink->endAttempt();
    const QHash<QByteArray, QByteArray> headers = headersOf(*reply);

    switch (m_abort) {
    case AbortReason::TooLarge:
        finish(Error(ErrorCode::PortalResponseTooLarge,
                     QStringLiteral("%1: answer larger than %2 bytes")
                         .arg(what())
                         .arg(m_request.maxResponseBytes)));
        return;
    case AbortReason::Untrusted:
        finish(*m_trustRefusal);
        return;
    case AbortReason::SinkFailed:
        finish(m_sinkError);
        return;
    case AbortReason::ConnectTimeout:
        retryOrFail(Error(ErrorCode::PortalTimeout,
                          QStringLiteral("%1: no connection or answer within %2 ms")
                              .arg(what())
                              .arg(m_client.m_timeouts.connectMs)),
                    std::nullopt);
        return;
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply->error();
    if (m_status > 0)
        m_client.m_connectivity.noteAnswer();
    if (m_status >= 400) {
        onHttpError(headers);
        return;
    }
    m_errorString = reply->errorString();
    if (error != QNetworkReply::NoError) {
        if (m_status == 0 && isConnectionFailure(error))
            m_client.m_connectivity.noteConnectionFailure();
        m_networkError = error;
        onNetworkError();
        return;
    }

    PortalResponse response;
    response.status = m_status;
    response.headers = headers;
    response.attempts = m_attempts;
    if (m_status == 304) {
        if (!m_cached) {
            finish(badResponse(what(), QStringLiteral("304 without a cached copy")));
            return;
        }
        response.status = 200;
        response.body = m_cached->body;
        response.fromCache = true;
        finish(std::move(response));
        return;
    }
    response.body = m_sink->takeBody();
    const QByteArray etag = headers.value("etag");
    if (m_status == 200 && m_request.method == "GET" && m_request.useEtagCache &&
        m_client.m_etagCache && !etag.isEmpty() && !etag.startsWith("W/"))
        m_client.m_etagCache->store(m_client.urlFor(m_request), etag, response.body);
    finish(std::move(response));
}

void PortalCall::onHttpError(const QHash<QByteArray, QByteArray>& headers)
{
    const QByteArray contentType = headers.value("content-type");
    const Error error = errorFromStatus(m_status, contentType, m_errorBody, what());

    const bool expiredSession =
        m_status == 401 && error.code() == QLatin1String(ErrorCode::AuthSessionExpired);
    if (expiredSession && !m_refreshed && m_client.m_refreshHook &&
        !m_request.path.startsWith(QLatin1String("/auth/"))) {
        // The portal refused before doing anything, so replaying is safe for any method.
        m_refreshed = true;
        --m_attempts; // a replay is not a retry
        m_client.refreshSession(this, [this, error](bool refreshed) {
            if (refreshed)
                attempt();
            else
                finish(error);
        });
        return;
    }
    if (m_status == 416 && !m_rangeRestarted && m_sink->restartAfterUnsatisfiableRange()) {
        m_rangeRestarted = true;
        attempt();
        return;
    }
    if (!RetryPolicy::isRetriableStatus(m_status)) {
        finish(error);
        return;
    }
    std::optional<int> retryAfter;
    if (m_status == 429 || m_status == 503)
        retryAfter = RetryPolicy::parseRetryAfter(headers.value("retry-after"),
                                                  QDateTime::currentDateTimeUtc());
    retryOrFail(error, retryAfter);
}

void PortalCall::onNetworkError()
{
    const Error error =
        errorFromNetwork(m_networkError, m_errorString, !m_client.m_connectivity.isOnline(), what(),
                         m_client.m_proxy.mode == ProxySettings::Mode::Manual);
    if (RetryPolicy::isRetriableNetworkError(m_networkError))
        retryOrFail(error, std::nullopt);
    else
        finish(error);
}

void PortalCall::retryOrFail(const Error& error, std::optional<int> retryAfterMs)
{
    const RetryPolicy& policy = m_client.m_retry;
    if (!RetryPolicy::isIdempotent(m_request.method, !m_request.idempotencyKey.isEmpty()) ||
        m_attempts >= policy.maxAttempts) {
        finish(error);
        return;
    }
    const std::optional<int> delay = policy.delayMs(m_attempts, retryAfterMs);
    if (!delay) {
        finish(error);
        return;
    }
    QTimer::singleShot(*delay, this, &PortalCall::attempt);
}

void PortalCall::finish(Result<PortalResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(std::move(result));
    deleteLater();
}

} // namespace guichet::net
