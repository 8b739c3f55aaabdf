#pragma once

#include <QString>
#include <QVariant>

#include <functional>

namespace guichet {

// Who may set a value. User settings are stored per user and can be locked by an
// administrator in the system file; Administrator settings are only ever read from
// the system file (a user cannot change them at all).
enum class SettingScope
{
    User,
    Administrator
};

// One row of the typed settings table: key -> description, default, scope, validity.
struct SettingDefinition
{
    QString key;
    QString description; // English, for docs/settings.md and administrators
    QVariant defaultValue;
    SettingScope scope = SettingScope::User;
    std::function<bool(const QVariant&)> isValid;

    [[nodiscard]] bool accepts(const QVariant& value) const { return !isValid || isValid(value); }
};

// A setting whose value has the C++ type T.
template <typename T>
struct TypedSetting : SettingDefinition
{};

} // namespace guichet
