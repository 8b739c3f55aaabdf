#include "SessionManager.h"

#include "AuthClient.h"
#include "SecretBuffer.h"

namespace guichet {

SessionManager::SessionManager(QUrl portal, QList<QSslCertificate> extraRoots, QObject* parent)
    : QObject(parent), m_portal(std::move(portal)), m_extraRoots(std::move(extraRoots))
{}

SessionManager::~SessionManager() = default;

void SessionManager::signIn(std::unique_ptr<Signer> signer)
{
    if (m_signer || !signer)
        return;
    m_signer = std::move(signer);
    m_client = std::make_unique<AuthClient>(m_network, m_portal, m_extraRoots);
    connect(m_client.get(), &AuthClient::loggedIn, this, [this](const PortalSession& session) {
        m_session = session;
        m_signer.reset();
        Q_EMIT sessionChanged();
    });
    connect(m_client.get(), &AuthClient::failed, this, [this](const Error& error) {
        m_signer.reset();
        Q_EMIT signInFailed(error);
        Q_EMIT sessionChanged();
    });
    Q_EMIT sessionChanged();
    m_client->login(*m_signer);
}

void SessionManager::signOut()
{
    if (!m_session)
        return;
    SecretBuffer::wipe(m_session->accessToken);
    SecretBuffer::wipe(m_session->refreshToken);
    m_session.reset();
    Q_EMIT sessionChanged();
}

} // namespace guichet
