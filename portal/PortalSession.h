#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace guichet {

// What the portal granted after a card login. The refresh token is to be kept in
// the OS keychain (never in a file); these fields live in memory only.
struct PortalSession
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString identityId;
    QString givenName;
    QString surname;
    // "1985••••••399": enough to tell that the portal means the card's holder.
    QString nationalNumberMasked;
    // Opened with the card alone while the portal could not be reached: no tokens, the
    // local copy only, nothing synced or sent until the person signs in online.
    bool offline = false;

    // "Given Surname", without a stray space when the portal knows only one of them.
    [[nodiscard]] QString displayName() const
    {
        return (givenName + QLatin1Char(' ') + surname).trimmed();
    }
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::PortalSession)
