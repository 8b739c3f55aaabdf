#include "SettingKeys.h"

#include "Logging.h"

#include <QDir>
#include <QStringList>

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

const std::vector<const SettingDefinition*>& allSettings()
{
    static const std::vector<const SettingDefinition*> all{&Language, &LogLevel, &DataDirectory};
    return all;
}

} // namespace guichet::SettingKeys
