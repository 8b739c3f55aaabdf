#include "SettingKeys.h"

#include "Logging.h"

#include <QDir>
#include <QStringList>

#include <algorithm>

namespace guichet::SettingKeys {
namespace {

bool isStringIn(const QVariant& value, const QStringList& allowed)
{
    return value.canConvert<QString>() && allowed.contains(value.toString());
}

} // namespace

const TypedSetting<QString> Language{
    {QStringLiteral("ui/language"),
     QStringLiteral("Language of the interface: fr, de, en, or empty to follow the system."),
     QString(), SettingScope::User, [](const QVariant& v) {
         return isStringIn(
             v, {QString(), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
     }}};

const TypedSetting<QString> Theme{
    {QStringLiteral("appearance/theme"),
     QStringLiteral("Look of the window: empty to follow the desktop (dark mode, high contrast), "
                    "light, dark or high-contrast."),
     QString(), SettingScope::User, [](const QVariant& v) {
         return isStringIn(v, {QString(), QStringLiteral("light"), QStringLiteral("dark"),
                               QStringLiteral("high-contrast")});
     }}};

const TypedSetting<QString> LogLevel{
    {QStringLiteral("logging/level"),
     QStringLiteral("How much is written to the log file: warning, info or debug."),
     QStringLiteral("info"), SettingScope::User,
     [](const QVariant& v) { return v.canConvert<QString>() && logLevelFromName(v.toString()); }}};

const TypedSetting<QString> DataDirectory{
    {QStringLiteral("storage/dataDirectory"),
     QStringLiteral("Folder for the local data of each identity and the logs; empty for the "
                    "platform default."),
     QString(), SettingScope::User, [](const QVariant& v) {
         return v.canConvert<QString>() &&
                (v.toString().isEmpty() || QDir::isAbsolutePath(v.toString()));
     }}};

namespace {

bool isBool(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return true;
    const QString text = v.toString().toLower();
    return text == QLatin1String("true") || text == QLatin1String("false");
}

bool isPathList(const QVariant& v)
{
    if (!v.canConvert<QStringList>())
        return false;
    // Absolute paths only: a bare or relative name would be looked up by the system's
    // loader (the current folder, PATH on Windows), where anyone could plant a module.
    const QStringList paths = v.toStringList();
    return std::all_of(paths.begin(), paths.end(), [](const QString& p) {
        const QString trimmed = p.trimmed();
        return !trimmed.isEmpty() && QDir::isAbsolutePath(trimmed);
    });
}

} // namespace

const TypedSetting<bool> UsePinPad{
    {QStringLiteral("smartcard/usePinPad"),
     QStringLiteral("Use the keypad of a PIN-pad reader for PIN entry (true or false)."), true,
     SettingScope::User, isBool}};

const TypedSetting<QStringList> EidModules{
    {QStringLiteral("smartcard/eidModules"),
     QStringLiteral("PKCS#11 modules for the Luxembourg eID card, tried in order; empty for the "
                    "built-in defaults."),
     QStringList(), SettingScope::User, isPathList}};

const TypedSetting<QStringList> LuxTrustModules{
    {QStringLiteral("smartcard/luxtrustModules"),
     QStringLiteral("PKCS#11 modules for LuxTrust cards and signing sticks, tried in order; empty "
                    "for the built-in defaults."),
     QStringList(), SettingScope::User, isPathList}};

const TypedSetting<QStringList> ExtraModules{
    {QStringLiteral("smartcard/extraModules"),
     QStringLiteral("Further PKCS#11 modules tried for cards no profile recognises."),
     QStringList(), SettingScope::User, isPathList}};

const TypedSetting<QString> TrustedRootsFolder{
    {QStringLiteral("smartcard/trustedRootsFolder"),
     QStringLiteral("Folder of trusted root certificates (PEM or DER) used to check card "
                    "certificates; empty for the built-in list."),
     QString(), SettingScope::User, [](const QVariant& v) {
         return v.canConvert<QString>() &&
                (v.toString().isEmpty() || QDir::isAbsolutePath(v.toString()));
     }}};

const TypedSetting<bool> LockOnCardRemoval{
    {QStringLiteral("session/lockOnCardRemoval"),
     QStringLiteral("End the portal session when the card used to sign in is taken out (true or "
                    "false)."),
     true, SettingScope::User, isBool}};

// Being told (docs/notifications.md).
const TypedSetting<bool> NotifyDossiers{
    {QStringLiteral("notifications/dossiers"),
     QStringLiteral("Notify when a dossier's status changes (true or false)."), true,
     SettingScope::User, isBool}};
const TypedSetting<bool> NotifyMessages{
    {QStringLiteral("notifications/messages"),
     QStringLiteral("Notify when an administration writes (true or false)."), true,
     SettingScope::User, isBool}};
const TypedSetting<bool> NotifyAccesses{
    {QStringLiteral("notifications/accesses"),
     QStringLiteral("Notify when an administration consults the person's data (true or "
                    "false)."),
     true, SettingScope::User, isBool}};
const TypedSetting<bool> NotifyRequests{
    {QStringLiteral("notifications/requests"),
     QStringLiteral("Notify when the portal refuses a request, or one is still unsent after an "
                    "hour (true or false)."),
     true, SettingScope::User, isBool}};
const TypedSetting<bool> NotifyCertificates{
    {QStringLiteral("notifications/certificates"),
     QStringLiteral("Notify when a certificate of the card ends within 60 days (true or false)."),
     true, SettingScope::User, isBool}};
const TypedSetting<bool> NotifyDetails{
    {QStringLiteral("notifications/showDetails"),
     QStringLiteral("Name dossiers, statuses and administrations in notifications (false: only "
                    "that something happened, and in which space; a lock screen may show "
                    "notifications)."),
     false, SettingScope::User, isBool}};
const TypedSetting<bool> KeepRunningInBackground{
    {QStringLiteral("background/keepRunning"),
     QStringLiteral("Closing the window keeps the application in the notification area, syncing "
                    "and notifying (true or false)."),
     false, SettingScope::User, isBool}};
const TypedSetting<bool> BackgroundAsked{
    {QStringLiteral("background/asked"),
     QStringLiteral("Whether the person was asked, at the first close of the window, to keep the "
                    "application in the background (true: never ask again)."),
     false, SettingScope::User, isBool}};
const TypedSetting<bool> StartAtLoginSetting{
    {QStringLiteral("background/startAtLogin"),
     QStringLiteral("Start in the notification area when the person logs in (true or false). "
                    "The login item itself is the truth; locking this setting enforces it at "
                    "every start."),
     false, SettingScope::User, isBool}};

namespace {

bool isEmptyOrAbsolutePath(const QVariant& v)
{
    return v.canConvert<QString>() &&
           (v.toString().isEmpty() || QDir::isAbsolutePath(v.toString()));
}

// A pin is the SHA-256 of a public key: 32 bytes written as base64 or as hex.
bool isKeyPinList(const QVariant& v)
{
    if (!v.canConvert<QStringList>())
        return false;
    const QStringList pins = v.toStringList();
    return std::all_of(pins.begin(), pins.end(),
                       [](const QString& pin) { return !decodeKeyPin(pin).isEmpty(); });
}

} // namespace

QByteArray decodeKeyPin(const QString& text)
{
    const QByteArray pin = text.trimmed().toLatin1();
    if (pin.size() == 64) {
        const QByteArray hex = QByteArray::fromHex(pin);
        if (hex.size() == 32 && hex.toHex() == pin.toLower())
            return hex;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(pin, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    return {};
}

const TypedSetting<QString> PortalUrl{
    {QStringLiteral("portal/url"),
     QStringLiteral("Address of the portal, https://...; empty when none is configured (the "
                    "application then offers the demo)."),
     QString(), SettingScope::User, [](const QVariant& v) { return v.canConvert<QString>(); }}};

const TypedSetting<QString> PortalCaFile{
    {QStringLiteral("portal/caFile"),
     QStringLiteral("PEM file of further certificate authorities trusted for the portal, added to "
                    "the system's; empty for none."),
     QString(), SettingScope::User, isEmptyOrAbsolutePath}};

const TypedSetting<bool> PortalAllowPlainLoopback{
    {QStringLiteral("portal/allowPlainLoopback"),
     QStringLiteral("Accept an http:// portal address on this computer (127.0.0.1, ::1, "
                    "localhost), for a local test portal (true or false)."),
     false, SettingScope::User, isBool}};

const TypedSetting<QStringList> PortalPinnedKeys{
    {QStringLiteral("portal/pinnedKeys"),
     QStringLiteral("SHA-256 of the public keys (SubjectPublicKeyInfo) the portal's certificate "
                    "chain must contain, base64 or hex; empty for no pinning."),
     QStringList(), SettingScope::User, isKeyPinList}};

const TypedSetting<QString> ProxyMode{
    {QStringLiteral("network/proxyMode"),
     QStringLiteral("How to reach the portal: system (the system's proxy settings), manual or "
                    "none."),
     QStringLiteral("system"), SettingScope::User, [](const QVariant& v) {
         return isStringIn(
             v, {QStringLiteral("system"), QStringLiteral("manual"), QStringLiteral("none")});
     }}};

const TypedSetting<QString> ProxyHost{
    {QStringLiteral("network/proxyHost"),
     QStringLiteral("Host name of the HTTP proxy when network/proxyMode is manual."), QString(),
     SettingScope::User, [](const QVariant& v) {
         return v.canConvert<QString>() && !v.toString().contains(QLatin1Char(' '));
     }}};

const TypedSetting<int> ProxyPort{
    {QStringLiteral("network/proxyPort"),
     QStringLiteral("Port of the HTTP proxy when network/proxyMode is manual."), 3128,
     SettingScope::User, [](const QVariant& v) {
         bool ok = false;
         const int port = v.toInt(&ok);
         return ok && port > 0 && port < 65536;
     }}};

const TypedSetting<QString> ProxyUser{
    {QStringLiteral("network/proxyUser"),
     QStringLiteral("User name for the proxy; the password is kept in the system keychain."),
     QString(), SettingScope::User, [](const QVariant& v) { return v.canConvert<QString>(); }}};

const std::vector<const SettingDefinition*>& allSettings()
{
    static const std::vector<const SettingDefinition*> all{&Language,
                                                           &LogLevel,
                                                           &DataDirectory,
                                                           &UsePinPad,
                                                           &EidModules,
                                                           &LuxTrustModules,
                                                           &ExtraModules,
                                                           &TrustedRootsFolder,
                                                           &LockOnCardRemoval,
                                                           &PortalUrl,
                                                           &PortalCaFile,
                                                           &PortalAllowPlainLoopback,
                                                           &PortalPinnedKeys,
                                                           &ProxyMode,
                                                           &ProxyHost,
                                                           &ProxyPort,
                                                           &ProxyUser,
                                                           &NotifyDossiers,
                                                           &NotifyMessages,
                                                           &NotifyAccesses,
                                                           &NotifyRequests,
                                                           &NotifyCertificates,
                                                           &NotifyDetails,
                                                           &KeepRunningInBackground,
                                                           &BackgroundAsked,
                                                           &StartAtLoginSetting,
                                                           &Theme};
    return all;
}

} // namespace guichet::SettingKeys
