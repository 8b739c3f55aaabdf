#include "SessionManager.h"

#include "AuthClient.h"
#include "CardProof.h"
#include "CredentialStore.h"
#include "ErrorCodes.h"
#include "ProxySetup.h"
#include "SecretBuffer.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace guichet {

SessionManager::SessionManager(QUrl portal, QList<QSslCertificate> extraRoots, QObject* parent)
    : QObject(parent), m_portal(std::move(portal)), m_trust(std::move(extraRoots)),
      m_credentials(std::make_unique<CredentialStore>())
{
    connect(&m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy&, QAuthenticator* authenticator) {
                // Asked a second time = the proxy refused them: the reply fails (NET-009).
                if (m_proxy.mode != net::ProxySettings::Mode::Manual || m_proxyAnswered ||
                    m_proxy.user.isEmpty())
                    return;
                m_proxyAnswered = true;
                authenticator->setUser(m_proxy.user);
                authenticator->setPassword(m_proxy.password);
            });
}

QString SessionManager::credentialAccount(const QString& identityId)
{
    return QStringLiteral("refresh-token:") + identityId;
}

SessionManager::~SessionManager() = default;

void SessionManager::setConnection(const net::TlsTrust& trust, const net::ProxySettings& proxy)
{
    m_trust = trust;
    m_proxy = proxy;
    m_proxyAnswered = false;
    net::applyProxy(m_network, proxy);
}

std::unique_ptr<AuthClient> SessionManager::makeClient()
{
    auto client = std::make_unique<AuthClient>(m_network, m_portal);
    client->setTlsTrust(m_trust);
    client->setThroughManualProxy(m_proxy.mode == net::ProxySettings::Mode::Manual);
    return client;
}

void SessionManager::keepRefreshToken(const PortalSession& session)
{
    // The refresh token goes to the keychain only, never to a file.
    m_credentials->store(credentialAccount(session.identityId), session.refreshToken.toUtf8(),
                         [this](const Status& stored) {
                             if (!stored)
                                 Q_EMIT keychainProblem(stored.error());
                         });
}

void SessionManager::signIn(std::unique_ptr<Signer> signer)
{
    if (m_signer || !signer)
        return;
    m_signer = std::move(signer);
    m_certificate = m_signer->certificate();
    m_client = makeClient();
    connect(m_client.get(), &AuthClient::loggedIn, this, [this](const PortalSession& session) {
        m_signer.reset();
        if (m_identityCheck) {
            if (const std::optional<Error> refused = m_identityCheck(session, m_certificate)) {
                refuse(session, *refused);
                return;
            }
        }
        accept(session);
    });
    connect(m_client.get(), &AuthClient::failed, this,
            [this](const Error& error) { signInOfflineOrFail(error); });
    Q_EMIT sessionChanged();
    m_client->login(*m_signer);
}

void SessionManager::signInOfflineOrFail(const Error& networkError)
{
    static const QStringList unreachable{QString::fromLatin1(ErrorCode::PortalUnreachable),
                                         QString::fromLatin1(ErrorCode::PortalOffline),
                                         QString::fromLatin1(ErrorCode::PortalTimeout),
                                         QString::fromLatin1(ErrorCode::ProxyUnreachable)};
    std::optional<PortalSession> offline;
    if (m_offlineIdentity && unreachable.contains(networkError.code()))
        offline = m_offlineIdentity(m_certificate);
    if (!offline) {
        m_signer.reset();
        Q_EMIT signInFailed(networkError);
        Q_EMIT sessionChanged();
        return;
    }
    // The card signs a challenge of our own; only its key's signature opens the copy.
    QByteArray challenge(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(challenge.begin(), challenge.end());
    const QByteArray digest = QCryptographicHash::hash("guichet-offline-sign-in:" + challenge,
                                                       QCryptographicHash::Sha256);
    Signer* signer = m_signer.get();
    auto* watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(
        watcher, &QFutureWatcher<Result<QByteArray>>::finished, this,
        [this, watcher, digest, session = *offline, networkError]() mutable {
            watcher->deleteLater();
            const Result<QByteArray> signature = watcher->result();
            const SignatureAlgorithm algorithm = m_signer->algorithm();
            m_signer.reset();
            if (!signature) {
                Q_EMIT signInFailed(signature.error());
                Q_EMIT sessionChanged();
                return;
            }
            if (!signatureMatchesCertificate(m_certificate, algorithm, digest, signature.value())) {
                Q_EMIT signInFailed(Error(ErrorCode::AuthBadSignature,
                                          QStringLiteral("offline sign-in: the card's "
                                                         "signature does not verify")));
                Q_EMIT sessionChanged();
                return;
            }
            session.offline = true;
            m_session = session;
            Q_EMIT signedInOffline(networkError);
            Q_EMIT sessionChanged();
        });
    watcher->setFuture(QtConcurrent::run(
        [signer, digest] { return signer->signDigest(digest, DigestAlgorithm::Sha256); }));
}

void SessionManager::accept(const PortalSession& session)
{
    m_session = session;
    // A portal that gives no name (some foreign cards): the card's own holder name, so
    // that screens and the signed summary never say "signed in as" nobody.
    if (m_session->displayName().isEmpty())
        m_session->givenName = QSslCertificate(m_certificate, QSsl::Der)
                                   .subjectInfo(QSslCertificate::CommonName)
                                   .value(0);
    keepRefreshToken(session);
    Q_EMIT sessionChanged();
}

void SessionManager::handBack(PortalSession tokens)
{
    auto* portal = makeClient().release();
    portal->setParent(this);
    connect(portal, &AuthClient::loggedOut, portal, &QObject::deleteLater);
    portal->logout(tokens.accessToken, tokens.refreshToken);
    SecretBuffer::wipe(tokens.accessToken);
    SecretBuffer::wipe(tokens.refreshToken);
}

void SessionManager::refuse(const PortalSession& session, const Error& error)
{
    // Not taken: the tokens are handed back to the portal and wiped; no screen, folder
    // or keychain entry ever sees them.
    handBack(session);
    m_certificate.clear();
    Q_EMIT signInFailed(error);
    Q_EMIT sessionChanged();
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
    if (m_session->offline) {
        // No tokens to hand back, no refresh token in the keychain.
        m_session.reset();
        m_certificate.clear();
        Q_EMIT sessionChanged();
        return;
    }
    // The portal forgets the session too; the client object outlives this call and
    // is reused (or replaced) by the next sign-in.
    handBack(*m_session);
    m_credentials->remove(credentialAccount(m_session->identityId), [this](const Status& removed) {
        if (!removed)
            Q_EMIT keychainProblem(removed.error());
    });
    SecretBuffer::wipe(m_session->accessToken);
    SecretBuffer::wipe(m_session->refreshToken);
    m_session.reset();
    m_certificate.clear();
    Q_EMIT sessionChanged();
}

void SessionManager::refreshSession()
{
    if (!m_session || m_session->offline || m_refresher)
        return;
    m_refresher = makeClient();
    connect(m_refresher.get(), &AuthClient::loggedIn, this, [this](const PortalSession& fresh) {
        m_refresher.release()->deleteLater();
        if (!m_session)
            return;
        // A refresh answer naming someone else is never taken, even for a moment: the
        // session ends and the new tokens go back to the portal unused.
        if (fresh.identityId != m_session->identityId) {
            const Error error(ErrorCode::AuthIdentityMismatch,
                              QStringLiteral("refresh answered for another identity"));
            handBack(fresh);
            signOut();
            Q_EMIT sessionExpired(error);
            return;
        }
        SecretBuffer::wipe(m_session->accessToken);
        SecretBuffer::wipe(m_session->refreshToken);
        m_session = fresh;
        keepRefreshToken(fresh);
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
