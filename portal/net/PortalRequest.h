#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace guichet::net {

// One logical call to the portal. The client turns it into one or more HTTP
// attempts (retries, a token refresh); the caller never sees the attempts.
struct PortalRequest
{
    QByteArray method = "GET";
    // Relative to the API root, e.g. "/spaces/sp-1/documents" (the client adds /api/v1).
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // Made once per logical action by the caller (the outbox keeps it across restarts);
    // required for mutations to be retried. See IdempotencyKey.h.
    QByteArray idempotencyKey;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The answer is aborted as soon as it grows past this (NET-006).
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    // GETs only: send If-None-Match from the client's EtagCache and serve 304 from it.
    bool useEtagCache = true;
    // Sent before the normal requests waiting for a connection: for chains of pages
    // (each page names the next), so that a burst of independent requests does not
    // hold up the chain that decides how long a sync takes.
    bool urgent = false;
};

struct PortalResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    bool fromCache = false;                // a 304 answered from the EtagCache
    int attempts = 0;                      // HTTP attempts it took (token replays excluded)

    [[nodiscard]] QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

} // namespace guichet::net
