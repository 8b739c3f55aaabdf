#pragma once

#include <QByteArray>
#include <QString>

namespace guichet::net {

// Idempotency-Key values (docs/api/portal.yaml, "Idempotency"): 16..64 characters
// of [A-Za-z0-9_-]. A key names one logical action, so the caller makes it once and
// stores it with the action; retries and restarts reuse it.
[[nodiscard]] QByteArray newIdempotencyKey();
[[nodiscard]] bool isValidIdempotencyKey(const QByteArray& key);

// Whether the portal expects a key: every POST/PUT/PATCH/DELETE except /auth/* and
// /tsa. `path` is relative to the API root.
[[nodiscard]] bool takesIdempotencyKey(const QByteArray& method, const QString& path);

} // namespace guichet::net
