#pragma once

#include "Error.h"
#include "PortalSession.h"
#include "ProxySettings.h"
#include "Signer.h"
#include "TlsTrust.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
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

    // Decides whether the portal's answer names the person whose card signed in:
    // nothing (accepted) or why not (AUTH-013). Asked before a session is taken.
    using IdentityCheck =
        std::function<std::optional<Error>(const PortalSession&, const QByteArray& certificate)>;

    [[nodiscard]] const QUrl& portal() const { return m_portal; }
    [[nodiscard]] const net::TlsTrust& tlsTrust() const { return m_trust; }
    // Trust (extra roots and key pins) and proxy for the sign-in exchanges.
    void setConnection(const net::TlsTrust& trust, const net::ProxySettings& proxy);
    void setIdentityCheck(IdentityCheck check) { m_identityCheck = std::move(check); }
    // Signing in while the portal cannot be reached: the session this card may open
    // offline (its local copy, from an earlier online sign-in), or nothing. The card
    // then proves itself by signing a local challenge (PIN asked as usual).
    using OfflineIdentity = std::function<std::optional<PortalSession>(const QByteArray&)>;
    void setOfflineIdentity(OfflineIdentity find) { m_offlineIdentity = std::move(find); }
    // The certificate (DER) of the card that signed in; empty while signed out.
    [[nodiscard]] QByteArray signedInCertificate() const
    {
        return m_session ? m_certificate : QByteArray();
    }
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
    // The portal could not be reached (the error says why) and the card opened its
    // local copy instead; sign in again once the connection is back.
    void signedInOffline(const guichet::Error& why);
    // The portal ended the session (refresh refused): sign in again with the card.
    void sessionExpired(const guichet::Error& error);

private:
    [[nodiscard]] std::unique_ptr<AuthClient> makeClient();
    void accept(const PortalSession& session);
    void refuse(const PortalSession& session, const Error& error);
    // Ends these tokens on the portal (best effort) and wipes the copies.
    void handBack(PortalSession tokens);
    void keepRefreshToken(const PortalSession& session);
    // After a sign-in that could not reach the portal: offline with the card, or failed.
    void signInOfflineOrFail(const Error& networkError);

    QUrl m_portal;
    net::TlsTrust m_trust;
    net::ProxySettings m_proxy;
    bool m_proxyAnswered = false;
    IdentityCheck m_identityCheck;
    OfflineIdentity m_offlineIdentity;
    QNetworkAccessManager m_network;
    std::unique_ptr<AuthClient> m_client;
    std::unique_ptr<AuthClient> m_refresher; // separate: a login may run meanwhile
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Signer> m_signer;
    std::optional<PortalSession> m_session;
    QByteArray m_certificate; // of the card that signed in
};

} // namespace guichet
