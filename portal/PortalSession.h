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
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::PortalSession)
