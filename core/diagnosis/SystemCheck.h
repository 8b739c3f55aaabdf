#pragma once

#include "Diagnosis.h"

namespace guichet::diagnosis {

// This computer and this build: the application, Qt and OpenSSL versions, the
// operating system, and the desktop session (X11, Wayland or none). Always OK:
// facts for the help desk, not a verdict.
[[nodiscard]] Check systemCheck();

} // namespace guichet::diagnosis
