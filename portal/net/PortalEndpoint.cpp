#include "PortalEndpoint.h"

#include "ErrorCodes.h"

#include <QFile>
#include <QHostAddress>

namespace guichet::net {
namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<QUrl> checkPortalUrl(const QString& text, bool allowPlainLoopback)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        return Error(ErrorCode::PortalAddressInvalid, QStringLiteral("\"%1\"").arg(trimmed));
    // Credentials in the address would travel in every log line and proxy; a portal
    // never needs them.
    if (!url.userInfo().isEmpty())
        return Error(ErrorCode::PortalAddressInvalid,
                     QStringLiteral("user name or password in the address"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return Error(ErrorCode::PortalAddressNotSecure,
                         QStringLiteral("http to %1 is never used").arg(url.host()));
        if (!allowPlainLoopback)
            return Error(ErrorCode::PortalAddressNotSecure,
                         QStringLiteral("http to a loopback address needs "
                                        "portal/allowPlainLoopback=true"));
    } else if (scheme != QLatin1String("https")) {
        return Error(ErrorCode::PortalAddressInvalid,
                     QStringLiteral("scheme \"%1\" is not https").arg(url.scheme()));
    }
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

Result<QList<QSslCertificate>> readTrustAnchors(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::PortalCaFileUnreadable,
                     QStringLiteral("%1: %2").arg(path, file.errorString()));
    // A trust file is small; a huge one is a mistake, not a store.
    constexpr qint64 MaxBytes = 1024 * 1024;
    const QByteArray pem = file.read(MaxBytes + 1);
    if (pem.size() > MaxBytes)
        return Error(ErrorCode::PortalCaFileUnreadable,
                     QStringLiteral("%1: larger than 1 MiB").arg(path));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return Error(ErrorCode::PortalCaFileUnreadable,
                     QStringLiteral("%1: no PEM certificate").arg(path));
    return certificates;
}

} // namespace guichet::net
