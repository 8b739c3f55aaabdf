#include "Settings.h"

#include "ErrorCodes.h"
#include "Logging.h"
#include "SettingKeys.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

namespace guichet {
namespace {

constexpr char Organisation[] = "guichet-desktop";
constexpr char Application[] = "guichet";
constexpr char LockedKey[] = "policy/locked";

// QSettings accepts almost anything as INI; these are the signs of a file that was
// truncated, overwritten with binary data or written in another encoding.
bool looksDamaged(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder.decode(bytes);
    if (decoder.hasError())
        return true;
    QSettings probe(path, QSettings::IniFormat);
    return probe.status() == QSettings::FormatError;
}

} // namespace

Settings::Settings(const QString& userFile, const QString& systemFile, QObject* parent)
    : QObject(parent)
{
    moveAsideIfDamaged(userFile);
    m_user = std::make_unique<QSettings>(userFile, QSettings::IniFormat);
    if (!systemFile.isEmpty() && QFileInfo::exists(systemFile)) {
        if (looksDamaged(systemFile)) {
            // Not ours to move: report it and ignore its content.
            m_loadProblems.append(Error(ErrorCode::SettingsCorrupt,
                                        QStringLiteral("system file ignored: ") + systemFile));
        } else {
            m_system = std::make_unique<QSettings>(systemFile, QSettings::IniFormat);
            m_locked = m_system->value(QLatin1String(LockedKey)).toStringList();
            for (QString& key : m_locked)
                key = key.trimmed();
        }
    }
    checkStoredValues();
}

Settings::~Settings() = default;

QString Settings::defaultUserFile()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QLatin1String(Organisation),
                     QLatin1String(Application))
        .fileName();
}

QString Settings::defaultSystemFile()
{
    const QString overridden = qEnvironmentVariable("GUICHET_SYSTEM_SETTINGS");
    if (!overridden.isEmpty())
        return overridden;
    return QSettings(QSettings::IniFormat, QSettings::SystemScope, QLatin1String(Organisation),
                     QLatin1String(Application))
        .fileName();
}

QString Settings::userFile() const
{
    return m_user->fileName();
}

void Settings::moveAsideIfDamaged(const QString& path)
{
    if (!QFileInfo::exists(path) || !looksDamaged(path))
        return;
    const QString aside =
        path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(path, aside)) {
        qCWarning(lcCore) << "Settings file was damaged; kept as" << aside;
        m_loadProblems.append(Error(ErrorCode::SettingsCorrupt, aside));
    } else {
        // Cannot move it: work from defaults in memory and never write over it.
        qCWarning(lcCore) << "Settings file is damaged and cannot be moved:" << path;
        m_loadProblems.append(Error(ErrorCode::SettingsCorrupt, path));
    }
}

void Settings::checkStoredValues()
{
    for (const SettingDefinition* setting : SettingKeys::allSettings()) {
        const QVariant stored = m_user->value(setting->key);
        if (stored.isValid() && !setting->accepts(stored)) {
            m_loadProblems.append(Error(ErrorCode::SettingValueInvalid,
                                        setting->key + QStringLiteral("=") + stored.toString()));
        }
    }
}

bool Settings::isLocked(const SettingDefinition& setting) const
{
    return setting.scope == SettingScope::Administrator || m_locked.contains(setting.key);
}

QVariant Settings::rawValue(const SettingDefinition& setting) const
{
    const auto valid = [&](const QVariant& v) { return v.isValid() && setting.accepts(v); };
    const QVariant systemValue = m_system ? m_system->value(setting.key) : QVariant();
    if (isLocked(setting))
        return valid(systemValue) ? systemValue : setting.defaultValue;
    const QVariant userValue = m_user->value(setting.key);
    if (valid(userValue))
        return userValue;
    if (valid(systemValue))
        return systemValue;
    return setting.defaultValue;
}

Status Settings::setValue(const SettingDefinition& setting, const QVariant& value)
{
    if (isLocked(setting))
        return Error(ErrorCode::SettingLocked, setting.key);
    if (!setting.accepts(value))
        return Error(ErrorCode::SettingValueInvalid,
                     setting.key + QStringLiteral("=") + value.toString());
    if (rawValue(setting) == value && m_user->contains(setting.key))
        return {};
    m_user->setValue(setting.key, value);
    m_user->sync();
    Status status;
    if (m_user->status() == QSettings::AccessError)
        status = Error(ErrorCode::SettingsNotWritable, m_user->fileName());
    Q_EMIT valueChanged(setting.key);
    return status;
}

} // namespace guichet
