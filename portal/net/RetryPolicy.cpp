#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace guichet::net {

int RetryPolicy::backoffDelayMs(int retry) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double ceiling =
        std::min<double>(maxDelayMs, double(std::max(0, baseDelayMs)) * std::pow(2.0, exponent));
    const double pick = random ? random() : QRandomGenerator::global()->generateDouble();
    return int(std::floor(std::clamp(pick, 0.0, 1.0) * ceiling));
}

std::optional<int> RetryPolicy::delayMs(int retry, std::optional<int> retryAfterMs) const
{
    const int backoff = backoffDelayMs(retry);
    if (!retryAfterMs)
        return backoff;
    if (*retryAfterMs > maxRetryAfterMs)
        return std::nullopt;
    return std::max(backoff, *retryAfterMs);
}

bool RetryPolicy::isIdempotent(const QByteArray& method, bool hasIdempotencyKey)
{
    return method == "GET" || method == "HEAD" || hasIdempotencyKey;
}

bool RetryPolicy::isRetriableStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

bool RetryPolicy::isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout ends this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid() || !trimmed.endsWith(" GMT"))
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, 24LL * 3600 * 1000));
}

} // namespace guichet::net
