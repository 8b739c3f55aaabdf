#include "SessionRegistry.h"

#include <QRandomGenerator>

namespace guichet::sim {
namespace {

QString randomToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QJsonObject SessionRegistry::tokenResponse(const Session& session) const
{
    return {{QStringLiteral("accessToken"), session.accessToken},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("expiresIn"), AccessLifetimeSeconds},
            {QStringLiteral("refreshToken"), session.refreshToken},
            {QStringLiteral("refreshExpiresIn"), RefreshLifetimeSeconds},
            {QStringLiteral("identity"), session.identity}};
}

QJsonObject SessionRegistry::open(const QString& personaKey, const QJsonObject& identity)
{
    const QDateTime now = m_clock.now();
    Session session{personaKey,
                    identity,
                    randomToken(),
                    now.addSecs(AccessLifetimeSeconds),
                    randomToken(),
                    now.addSecs(RefreshLifetimeSeconds),
                    {}};
    m_sessions.insert(m_next++, session);
    return tokenResponse(session);
}

std::optional<SessionRegistry::Session> SessionRegistry::byAccessToken(const QString& token) const
{
    if (token.isEmpty())
        return std::nullopt;
    for (const Session& session : m_sessions)
        if (session.accessToken == token)
            return session.accessExpiry > m_clock.now() ? std::optional(session) : std::nullopt;
    return std::nullopt;
}

std::optional<QJsonObject> SessionRegistry::refresh(const QString& refreshToken)
{
    const QDateTime now = m_clock.now();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->usedRefreshTokens.contains(refreshToken)) {
            m_sessions.erase(it); // replay: end the session for everyone holding it
            return std::nullopt;
        }
        if (it->refreshToken != refreshToken)
            continue;
        if (it->refreshExpiry <= now) {
            m_sessions.erase(it);
            return std::nullopt;
        }
        it->usedRefreshTokens.append(refreshToken);
        it->accessToken = randomToken();
        it->accessExpiry = now.addSecs(AccessLifetimeSeconds);
        it->refreshToken = randomToken();
        it->refreshExpiry = now.addSecs(RefreshLifetimeSeconds);
        return tokenResponse(*it);
    }
    return std::nullopt;
}

bool SessionRegistry::close(const QString& accessToken, const QString& refreshToken)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->accessToken == accessToken ||
            (!refreshToken.isEmpty() && it->refreshToken == refreshToken)) {
            m_sessions.erase(it);
            return true;
        }
    }
    return false;
}

void SessionRegistry::expireAccessTokens()
{
    for (Session& session : m_sessions)
        session.accessExpiry = m_clock.now().addSecs(-1);
}

} // namespace guichet::sim
