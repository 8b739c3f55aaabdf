#pragma once

#include "Error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace guichet::net {

// The portal's code of a problem+json body ("RES-001"), empty when the body is not one.
[[nodiscard]] QString problemCode(const QByteArray& contentType, const QByteArray& body);

// An HTTP error answer (4xx/5xx) as a catalogue error. AUTH-* codes are kept (the
// client's catalogue has them, and the session logic keys on them); other problems
// become NET-007 (5xx) or NET-008 (4xx) with the portal's code and title in the
// detail. `what` names the call for the help-desk detail ("GET /spaces").
[[nodiscard]] Error errorFromStatus(int status, const QByteArray& contentType,
                                    const QByteArray& body, const QString& what);

// A failure below HTTP: TLS -> NET-002, time-out -> NET-004, proxy refusing our
// credentials -> NET-009, no route -> NET-001, or NET-005 when the machine is offline.
// Through a manual proxy the only connection made is to the proxy, so a connection
// that fails there is the proxy's (NET-011); Qt 6.4 reports some of those as an
// unknown network error.
[[nodiscard]] Error errorFromNetwork(QNetworkReply::NetworkError error, const QString& errorString,
                                     bool offline, const QString& what,
                                     bool throughManualProxy = false);

// A success answer whose body is not the JSON the contract promises.
[[nodiscard]] Error badResponse(const QString& what, const QString& why);

} // namespace guichet::net
