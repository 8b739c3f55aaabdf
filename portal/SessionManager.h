#pragma once

#include "Error.h"
#include "PortalSession.h"
#include "Signer.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace guichet {

class AuthClient;
class CredentialStore;

// The signed-in state of the application: which portal, whether someone is signed
// in and as whom. Screens watch sessionChanged(); signing in goes through a Signer
// for the card's authentication certificate.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(QUrl portal, QList<QSslCertificate> extraRoots, QObject* parent = nullptr);
    ~SessionManager() override;

    [[nodiscard]] const QUrl& portal() const { return m_portal; }
    [[nodiscard]] const std::optional<PortalSession>& session() const { return m_session; }
    [[nodiscard]] bool signingIn() const { return m_signer != nullptr; }

    // Takes the signer for the duration of the login.
    void signIn(std::unique_ptr<Signer> signer);
    // Ends the session on the portal (best effort) and forgets it here: tokens are
    // wiped from memory and the refresh token from the keychain.
    void signOut();
    // Trades the refresh token for new tokens before the access token runs out; when
    // the portal refuses (expired, revoked, replayed) the session ends (sessionChanged).
    void refreshSession();
    // The certificates of the cards present now; when the one that signed in is gone
    // and locking is on, the session ends (the card is the proof of presence).
    void cardsPresent(const QList<QByteArray>& certificates, bool lockOnRemoval);
    // The keychain account under which an identity's refresh token is kept.
    [[nodiscard]] static QString credentialAccount(const QString& identityId);

Q_SIGNALS:
    void sessionChanged();
    void signInFailed(const guichet::Error& error);
    // The session ended because the card was taken out.
    void lockedByCardRemoval();
    // The refresh token could not be kept in (or removed from) the keychain.
    void keychainProblem(const guichet::Error& error);
    // The portal ended the session (refresh refused): sign in again with the card.
    void sessionExpired(const guichet::Error& error);

private:
    QUrl m_portal;
    QList<QSslCertificate> m_extraRoots;
    QNetworkAccessManager m_network;
    std::unique_ptr<AuthClient> m_client;
    std::unique_ptr<AuthClient> m_refresher; // separate: a login may run meanwhile
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Signer> m_signer;
    std::optional<PortalSession> m_session;
    QByteArray m_certificate; // of the card that signed in
};

} // namespace guichet
