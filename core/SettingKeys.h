#pragma once

#include "SettingDefinition.h"

#include <QStringList>

#include <vector>

// The settings table. Each issue that needs a setting adds it here and to
// allSettings(); docs/settings.md lists them for administrators.
namespace guichet::SettingKeys {

// "" follows the system language; otherwise fr, de or en.
extern const TypedSetting<QString> Language;
// "" follows the desktop; otherwise light, dark or high-contrast.
extern const TypedSetting<QString> Theme;
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

// The portal (docs/settings.md, "Portal"): its https address; "" = none configured.
extern const TypedSetting<QString> PortalUrl;
// A PEM file of extra trust anchors for the portal, added to the system's.
extern const TypedSetting<QString> PortalCaFile;
// Accept an http:// portal on a loopback address (a local test portal only).
extern const TypedSetting<bool> PortalAllowPlainLoopback;
// SHA-256 of the portal's SubjectPublicKeyInfo (base64 or hex); empty = no pinning.
extern const TypedSetting<QStringList> PortalPinnedKeys;
// How to reach the portal: system (the OS's proxy configuration), manual or none.
extern const TypedSetting<QString> ProxyMode;
extern const TypedSetting<QString> ProxyHost;
extern const TypedSetting<int> ProxyPort;
// The proxy user; the password is kept in the keychain (account "proxy-password").
extern const TypedSetting<QString> ProxyUser;

// Being told (docs/notifications.md): each kind of notification can be switched off.
extern const TypedSetting<bool> NotifyDossiers;
extern const TypedSetting<bool> NotifyMessages;
extern const TypedSetting<bool> NotifyAccesses;
extern const TypedSetting<bool> NotifyRequests;
extern const TypedSetting<bool> NotifyCertificates;
// Name dossiers and administrations in notifications; off: only that, and where.
extern const TypedSetting<bool> NotifyDetails;
// Closing the window keeps the application running in the notification area.
extern const TypedSetting<bool> KeepRunningInBackground;
// The person was asked once, at the first close, about the above.
extern const TypedSetting<bool> BackgroundAsked;
// Start in the notification area at login (the login item is the truth; a lock enforces it).
extern const TypedSetting<bool> StartAtLoginSetting;

[[nodiscard]] const std::vector<const SettingDefinition*>& allSettings();

// The 32 bytes of a key pin written as hex or base64; empty when it is neither.
[[nodiscard]] QByteArray decodeKeyPin(const QString& text);

} // namespace guichet::SettingKeys
