#pragma once

#include "Error.h"
#include "PcscApi.h"

#include <QString>

namespace guichet::pcsc {

// "SCARD_E_NO_SERVICE (0x8010001D)" — for logs and help-desk details.
[[nodiscard]] QString codeName(LONG code);

// Maps a failed PC/SC call to the error catalogue; call names the function for the detail.
[[nodiscard]] Error errorFromPcsc(LONG code, const char* call);

// Errors after which the context must be re-established (the service went away).
[[nodiscard]] bool isServiceGone(LONG code);

} // namespace guichet::pcsc
