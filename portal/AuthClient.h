#pragma once

#include "Error.h"
#include "PortalSession.h"
#include "Signer.h"
#include "TlsTrust.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace guichet {

// Card login to the portal: asks for a one-time challenge, has the card's
// authentication key sign H(H(origin) || H(nonce)) through a Signer (on a worker
// thread: the card may take seconds and asks for a PIN), and exchanges the
// signature for a session. TLS is always verified; extra trusted roots (the
// simulated portal's CA) come only from configuration.
class AuthClient : public QObject
{
    Q_OBJECT

public:
    AuthClient(QNetworkAccessManager& network, QUrl portal, QList<QSslCertificate> extraRoots = {},
               QObject* parent = nullptr);

    // The signer must outlive the login.
    void login(Signer& signer);
    // Exchanges the one-use refresh token for new tokens (loggedIn again, or failed with
    // AUTH-009 when the portal ended the session).
    void refresh(const QString& refreshToken);
    // Ends the session on the portal too; best effort (loggedOut either way, the local
    // session is forgotten regardless).
    void logout(const QString& accessToken, const QString& refreshToken);
    // Replaces the trust given at construction: extra roots plus key pins (checked once
    // the connection is encrypted, before the request is sent).
    void setTlsTrust(const net::TlsTrust& trust);
    // Whether a manual proxy stands in between: then a failed connection is the proxy's.
    void setThroughManualProxy(bool through) { m_throughManualProxy = through; }

    [[nodiscard]] QString origin() const;
    [[nodiscard]] static QString algorithmName(SignatureAlgorithm algorithm);
    // Maps a failed reply (network, TLS, problem+json) to the catalogue.
    [[nodiscard]] static Error errorFrom(QNetworkReply& reply, const QByteArray& body,
                                         bool throughManualProxy = false);

Q_SIGNALS:
    void loggedIn(const guichet::PortalSession& session);
    void failed(const guichet::Error& error);
    void loggedOut();

private:
    QNetworkReply* post(const QString& path, const QByteArray& json, const QString& bearer = {});
    void onChallenge(QNetworkReply* reply, Signer& signer);
    void onToken(QNetworkReply* reply);
    // errorFrom, or why the server's chain was refused when that ended the reply.
    [[nodiscard]] Error failureOf(QNetworkReply& reply, const QByteArray& body) const;

    QNetworkAccessManager& m_network;
    QUrl m_portal;
    net::TlsTrust m_trust;
    QSslConfiguration m_tls;
    // Why a reply was ended on our side (a refused chain, an answer over the cap).
    std::optional<Error> m_endedBecause;
    bool m_throughManualProxy = false;
};

} // namespace guichet
