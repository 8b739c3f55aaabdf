#pragma once

#include "PortalEndpoint.h"
#include "Result.h"

#include <QString>

namespace guichet {

class Settings;

// Which portal this run talks to, decided once at start from the settings
// (portal/*, network/proxy*) and the command line (--portal, --portal-ca, which
// win for this run). CFG-005 when none is configured; CFG-006/007/008 when the
// address or the certificate file is wrong, and then nothing is ever sent.
// The proxy password is not part of it: it lives in the keychain (see PortalStack).
[[nodiscard]] Result<net::PortalEndpoint>
configuredPortal(const Settings& settings, const QString& urlOption, const QString& caFileOption);

} // namespace guichet
