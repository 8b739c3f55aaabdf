#pragma once

#include "SettingDefinition.h"

#include <vector>

// The settings table. Each issue that needs a setting adds it here and to
// allSettings(); docs/settings.md lists them for administrators.
namespace guichet::SettingKeys {

// "" follows the system language; otherwise fr, de or en.
extern const TypedSetting<QString> Language;
// warning, info or debug.
extern const TypedSetting<QString> LogLevel;
// Where per-identity data and logs live; "" = the platform's application data folder.
extern const TypedSetting<QString> DataDirectory;

[[nodiscard]] const std::vector<const SettingDefinition*>& allSettings();

} // namespace guichet::SettingKeys
