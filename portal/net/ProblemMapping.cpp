#include "ProblemMapping.h"

#include "ErrorCatalogue.h"
#include "ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::net {
namespace {

bool isProblemJson(const QByteArray& contentType)
{
    return contentType.split(';').value(0).trimmed().toLower() == "application/problem+json";
}

QJsonObject problemObject(const QByteArray& contentType, const QByteArray& body)
{
    return isProblemJson(contentType) ? QJsonDocument::fromJson(body).object() : QJsonObject();
}

} // namespace

QString problemCode(const QByteArray& contentType, const QByteArray& body)
{
    return problemObject(contentType, body).value(QStringLiteral("code")).toString();
}

Error errorFromStatus(int status, const QByteArray& contentType, const QByteArray& body,
                      const QString& what)
{
    const QJsonObject problem = problemObject(contentType, body);
    const QString code = problem.value(QStringLiteral("code")).toString();
    const QString title = problem.value(QStringLiteral("title")).toString();
    QString detail = QStringLiteral("%1: HTTP %2").arg(what).arg(status);
    if (!code.isEmpty())
        detail += QStringLiteral(" %1 (%2)").arg(code, title);
    else
        detail += QStringLiteral(" without a problem+json body");
    const QString instance = problem.value(QStringLiteral("instance")).toString();
    if (!instance.isEmpty())
        detail += QStringLiteral(" ") + instance; // the Request-Id help-desk can quote

    // The portal's code becomes ours only when it is one of our catalogue's sign-in
    // codes; anything else stays in the detail and is never shown as our code.
    // The answer's status and code travel as fields, for the callers that decide on them.
    if (code.startsWith(QLatin1String("AUTH-")) && ErrorCatalogue::contains(code))
        return Error(code, detail).withPortalAnswer(status, code);
    if (status >= 500)
        return Error(ErrorCode::PortalServerError, detail).withPortalAnswer(status, code);
    return Error(ErrorCode::PortalRequestRefused, detail).withPortalAnswer(status, code);
}

Error errorFromNetwork(QNetworkReply::NetworkError error, const QString& errorString, bool offline,
                       const QString& what, bool throughManualProxy)
{
    const QString detail =
        QStringLiteral("%1: %2 (QNetworkReply error %3)").arg(what, errorString).arg(int(error));
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorCode::PortalTlsFailed, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNAM's transfer timeout aborts the reply
    case QNetworkReply::ProxyTimeoutError:
        return Error(ErrorCode::PortalTimeout, detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(ErrorCode::ProxyAuthenticationFailed, detail);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error(ErrorCode::PortalBadResponse, detail); // a redirect we do not follow
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
        return Error(ErrorCode::ProxyUnreachable, detail);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        if (throughManualProxy)
            return Error(ErrorCode::ProxyUnreachable, detail);
        break;
    default:
        break;
    }
    return Error(offline ? ErrorCode::PortalOffline : ErrorCode::PortalUnreachable, detail);
}

Error badResponse(const QString& what, const QString& why)
{
    return Error(ErrorCode::PortalBadResponse, QStringLiteral("%1: %2").arg(what, why));
}

} // namespace guichet::net
