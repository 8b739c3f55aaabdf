#pragma once

#include "SimClock.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace guichet::sim {

// The simulated portal's sessions: opaque bearer access tokens and one-use refresh
// tokens. A refresh rotates both; presenting a refresh token twice means it was
// stolen or replayed, so the whole session is revoked (AUTH-009).
class SessionRegistry
{
public:
    explicit SessionRegistry(const SimClock& clock) : m_clock(clock) {}

    static constexpr int AccessLifetimeSeconds = 900;
    static constexpr int RefreshLifetimeSeconds = 8 * 3600;

    struct Session
    {
        QString personaKey;
        QJsonObject identity; // Identity
        QString accessToken;
        QDateTime accessExpiry;
        QString refreshToken;
        QDateTime refreshExpiry;
        QStringList usedRefreshTokens; // kept to recognise a replay
    };

    // Opens a session; answers an AuthTokenResponse.
    [[nodiscard]] QJsonObject open(const QString& personaKey, const QJsonObject& identity);
    // The session of a valid access token.
    [[nodiscard]] std::optional<Session> byAccessToken(const QString& token) const;
    // Rotates both tokens; nullopt = unknown, expired or replayed (session revoked).
    [[nodiscard]] std::optional<QJsonObject> refresh(const QString& refreshToken);
    // Ends the session of this access token (and of this refresh token, if given).
    bool close(const QString& accessToken, const QString& refreshToken);
    // Tests: make every access token look expired.
    void expireAccessTokens();

private:
    [[nodiscard]] QJsonObject tokenResponse(const Session& session) const;

    const SimClock& m_clock;
    QHash<int, Session> m_sessions; // by session number
    int m_next = 1;
};

} // namespace guichet::sim
