#pragma once

#include "Result.h"

#include <QString>

namespace guichet {

// "Start at login", in each platform's own way: an XDG autostart desktop file on
// Linux and other freedesktop systems, the per-user Run key on Windows, a LaunchAgent
// on macOS. The login start passes --background, so the application goes straight to
// the notification area. Nothing needs administrator rights.
namespace StartAtLogin {

// Where the login item lives (the file, or the registry value), for the Settings page
// and the help desk.
[[nodiscard]] QString location();
// True when the login item exists and starts this program.
[[nodiscard]] bool isEnabled();
// Writes or removes the login item (APP-009 when the system refuses).
[[nodiscard]] Status setEnabled(bool enabled);

} // namespace StartAtLogin
} // namespace guichet
