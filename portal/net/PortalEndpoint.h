#pragma once

#include "ProxySettings.h"
#include "Result.h"
#include "TlsTrust.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace guichet::net {

// Where the portal is and how to reach it: everything the portal stack needs to
// talk to one portal. The demo is the same thing pointed at the embedded simulator.
struct PortalEndpoint
{
    QUrl url;
    TlsTrust trust;
    ProxySettings proxy;
    // The Accept-Language of every request ("fr", "de" or "en"): the interface's, so
    // that what the portal writes (purposes, data items, problems) is in it too.
    QString language = QStringLiteral("fr");
};

// A portal address as typed in settings or on the command line: an absolute https
// URL with a host (CFG-006 otherwise). http is refused (CFG-007) unless the host is a
// loopback address and plain loopback is allowed (a test portal on this computer).
// The result has no path, query or fragment: the API lives under /api/v1 of the origin.
[[nodiscard]] Result<QUrl> checkPortalUrl(const QString& text, bool allowPlainLoopback);

// The PEM certificates in a file, for extra trust anchors (CFG-008 when the file is
// missing, unreadable or holds none).
[[nodiscard]] Result<QList<QSslCertificate>> readTrustAnchors(const QString& path);

} // namespace guichet::net
