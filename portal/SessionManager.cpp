#include "SessionManager.h"

#include "AuthClient.h"
#include "CredentialStore.h"
#include "ErrorCodes.h"
#include "SecretBuffer.h"

namespace guichet {

SessionManager::SessionManager(QUrl portal, QList<QSslCertificate> extraRoots, QObject* parent)
    : QObject(parent), m_portal(std::move(portal)), m_extraRoots(std::move(extraRoots)),
      m_credentials(std::make_unique<CredentialStore>())
{}

QString SessionManager::credentialAccount(const QString& identityId)
{
    return QStringLiteral("refresh-token:") + identityId;
}

SessionManager::~SessionManager() = default;

void SessionManager::signIn(std::unique_ptr<Signer> signer)
{
    if (m_signer || !signer)
        return;
    m_signer = std::move(signer);
    m_certificate = m_signer->certificate();
    m_client = std::make_unique<AuthClient>(m_network, m_portal, m_extraRoots);
    connect(m_client.get(), &AuthClient::loggedIn, this, [this](const PortalSession& session) {
        m_session = session;
        m_signer.reset();
        // The refresh token goes to the keychain only, never to a file.
        m_credentials->store(credentialAccount(session.identityId), session.refreshToken.toUtf8(),
                             [this](const Status& stored) {
                                 if (!stored)
                                     Q_EMIT keychainProblem(stored.error());
                             });
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

void SessionManager::cardsPresent(const QList<QByteArray>& certificates, bool lockOnRemoval)
{
    if (!m_session || !lockOnRemoval || certificates.contains(m_certificate))
        return;
    signOut();
    Q_EMIT lockedByCardRemoval();
}

void SessionManager::signOut()
{
    if (!m_session)
        return;
    // The portal forgets the session too; the client object outlives this call and
    // is reused (or replaced) by the next sign-in.
    auto* portal = new AuthClient(m_network, m_portal, m_extraRoots, this);
    connect(portal, &AuthClient::loggedOut, portal, &QObject::deleteLater);
    portal->logout(m_session->accessToken, m_session->refreshToken);
    m_credentials->remove(credentialAccount(m_session->identityId), [this](const Status& removed) {
        if (!removed)
            Q_EMIT keychainProblem(removed.error());
    });
    SecretBuffer::wipe(m_session->accessToken);
    SecretBuffer::wipe(m_session->refreshToken);
    m_session.reset();
    Q_EMIT sessionChanged();
}

void SessionManager::refreshSession()
{
    if (!m_session || m_refresher)
        return;
    m_refresher = std::make_unique<AuthClient>(m_network, m_portal, m_extraRoots);
    connect(m_refresher.get(), &AuthClient::loggedIn, this, [this](const PortalSession& fresh) {
        m_refresher.release()->deleteLater();
        if (!m_session)
            return;
        SecretBuffer::wipe(m_session->accessToken);
        SecretBuffer::wipe(m_session->refreshToken);
        m_session = fresh;
        m_credentials->store(credentialAccount(fresh.identityId), fresh.refreshToken.toUtf8(),
                             [this](const Status& stored) {
                                 if (!stored)
                                     Q_EMIT keychainProblem(stored.error());
                             });
        Q_EMIT sessionChanged();
    });
    connect(m_refresher.get(), &AuthClient::failed, this, [this](const Error& error) {
        m_refresher.release()->deleteLater();
        if (error.code() != QLatin1String(ErrorCode::AuthSessionExpired))
            return; // offline or the portal is down: keep the session, try again later
        signOut();
        Q_EMIT sessionExpired(error);
    });
    m_refresher->refresh(m_session->refreshToken);
}

} // namespace guichet
