#pragma once

#include "Result.h"
#include "SettingDefinition.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace guichet {

// Typed access to the settings over two INI files: the user's own file and a
// system file an administrator controls. The system file can give defaults and,
// under [policy] locked=key1,key2, lock values so users cannot change them.
// A damaged user file is moved aside (never overwritten) and reported.
class Settings : public QObject
{
    Q_OBJECT

public:
    Settings(const QString& userFile, const QString& systemFile, QObject* parent = nullptr);
    ~Settings() override;

    // The platform's locations (e.g. ~/.config/guichet-desktop/guichet.ini and
    // /etc/xdg/guichet-desktop/guichet.ini); GUICHET_SYSTEM_SETTINGS overrides the latter.
    [[nodiscard]] static QString defaultUserFile();
    [[nodiscard]] static QString defaultSystemFile();

    // Problems found while loading (damaged file, invalid stored values), for the UI to show.
    [[nodiscard]] const QList<Error>& loadProblems() const { return m_loadProblems; }

    [[nodiscard]] QVariant rawValue(const SettingDefinition& setting) const;
    template <typename T>
    [[nodiscard]] T value(const TypedSetting<T>& setting) const
    {
        return rawValue(setting).template value<T>();
    }

    [[nodiscard]] Status setValue(const SettingDefinition& setting, const QVariant& value);
    [[nodiscard]] bool isLocked(const SettingDefinition& setting) const;

    [[nodiscard]] QString userFile() const;

Q_SIGNALS:
    void valueChanged(const QString& key);

private:
    void moveAsideIfDamaged(const QString& path);
    void checkStoredValues();

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    QStringList m_locked;
    QList<Error> m_loadProblems;
};

} // namespace guichet
