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
    const QStringList paths = v.toStringList();
    return std::all_of(paths.begin(), paths.end(),
                       [](const QString& p) { return !p.trimmed().isEmpty(); });
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

const std::vector<const SettingDefinition*>& allSettings()
{
    static const std::vector<const SettingDefinition*> all{
        &Language,        &LogLevel,     &DataDirectory,      &UsePinPad,        &EidModules,
        &LuxTrustModules, &ExtraModules, &TrustedRootsFolder, &LockOnCardRemoval};
    return all;
}

} // namespace guichet::SettingKeys
