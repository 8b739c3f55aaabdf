#include "IdempotencyKey.h"

#include <QUuid>

namespace guichet::net {

QByteArray newIdempotencyKey()
{
    // A random (version 4) UUID: 36 characters, hex digits and dashes.
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool isValidIdempotencyKey(const QByteArray& key)
{
    if (key.size() < 16 || key.size() > 64)
        return false;
    for (const char c : key) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

bool takesIdempotencyKey(const QByteArray& method, const QString& path)
{
    const bool mutation =
        method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
    if (!mutation)
        return false;
    // A challenge is single-use, token exchanges are one-use, a time stamp is pure.
    return !path.startsWith(QLatin1String("/auth/")) && path != QLatin1String("/tsa");
}

} // namespace guichet::net
