#pragma once

#include "SettingDefinition.h"

#include <QStringList>

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

// Use a reader's own keypad for PIN entry when it has one (false: always type on screen).
extern const TypedSetting<bool> UsePinPad;
// PKCS#11 modules tried for a Luxembourg eID card, in order; empty = the profile's defaults.
extern const TypedSetting<QStringList> EidModules;
// PKCS#11 modules for LuxTrust cards and signing sticks; empty = the profile's defaults.
extern const TypedSetting<QStringList> LuxTrustModules;
// Further PKCS#11 modules tried for any card no profile recognises.
extern const TypedSetting<QStringList> ExtraModules;
// Folder of trusted root certificates (PEM or DER) for chain checks; empty = built-in.
extern const TypedSetting<QString> TrustedRootsFolder;
// End the portal session when the card that signed in is taken out.
extern const TypedSetting<bool> LockOnCardRemoval;

[[nodiscard]] const std::vector<const SettingDefinition*>& allSettings();

} // namespace guichet::SettingKeys
