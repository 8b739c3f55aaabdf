#include "PortalConfiguration.h"

#include "ErrorCodes.h"
#include "SettingKeys.h"
#include "Settings.h"

namespace guichet {
namespace {

net::ProxySettings proxyFrom(const Settings& settings)
{
    net::ProxySettings proxy;
    const QString mode = settings.value(SettingKeys::ProxyMode);
    if (mode == QLatin1String("manual") && !settings.value(SettingKeys::ProxyHost).isEmpty()) {
        proxy.mode = net::ProxySettings::Mode::Manual;
        proxy.host = settings.value(SettingKeys::ProxyHost);
        proxy.port = quint16(settings.value(SettingKeys::ProxyPort));
        proxy.user = settings.value(SettingKeys::ProxyUser);
    } else if (mode == QLatin1String("none")) {
        proxy.mode = net::ProxySettings::Mode::None;
    }
    return proxy;
}

} // namespace

Result<net::PortalEndpoint> configuredPortal(const Settings& settings, const QString& urlOption,
                                             const QString& caFileOption)
{
    const QString address =
        urlOption.isEmpty() ? settings.value(SettingKeys::PortalUrl) : urlOption;
    if (address.trimmed().isEmpty())
        return Error(ErrorCode::PortalNotConfigured);
    const Result<QUrl> url =
        net::checkPortalUrl(address, settings.value(SettingKeys::PortalAllowPlainLoopback));
    if (!url)
        return url.error();

    net::PortalEndpoint endpoint;
    endpoint.url = url.value();
    // Extra anchors are added to the system's store; verification itself never changes.
    QList<QSslCertificate> anchors;
    const QString caFile =
        caFileOption.isEmpty() ? settings.value(SettingKeys::PortalCaFile) : caFileOption;
    if (!caFile.isEmpty()) {
        Result<QList<QSslCertificate>> read = net::readTrustAnchors(caFile);
        if (!read)
            return read.error();
        anchors = std::move(read.value());
    }
    endpoint.trust = net::TlsTrust(anchors);
    QList<QByteArray> pins;
    for (const QString& pin : settings.value(SettingKeys::PortalPinnedKeys))
        pins.append(SettingKeys::decodeKeyPin(pin)); // the setting's check kept only valid ones
    endpoint.trust.setKeyPins(pins);
    endpoint.proxy = proxyFrom(settings);
    return endpoint;
}

} // namespace guichet
