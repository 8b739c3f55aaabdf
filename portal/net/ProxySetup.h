#pragma once

#include "ProxySettings.h"

class QNetworkAccessManager;

namespace guichet::net {

// Points one network manager at the proxy the settings name: the system's
// configuration (per manager, not process-wide), a manual HTTP proxy, or none.
// Kept-alive connections are dropped, since they went through the previous route.
void applyProxy(QNetworkAccessManager& network, const ProxySettings& proxy);

} // namespace guichet::net
