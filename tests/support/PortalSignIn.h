#pragma once

// Signs in to the simulated portal with a simulated token's authentication key, as
// the app does (challenge, signature, session), over real TLS with the portal's CA.
#include "AuthClient.h"
#include "PortalSession.h"
#include "SimulatedTokenSigner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

namespace guichet::test {

// The access token; empty when the portal refused or did not answer within 30 s.
inline QString signInToPortal(QNetworkAccessManager& network, const QUrl& portal,
                              const QSslCertificate& portalCa, sim::SimulatedToken& token)
{
    SimulatedTokenSigner signer(token, QByteArray(sim::SimulatedToken::AuthenticationKeyId));
    AuthClient auth(network, portal, {portalCa});
    QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
    QSignalSpy failed(&auth, &AuthClient::failed);
    auth.login(signer);
    if (!QTest::qWaitFor([&] { return !loggedIn.isEmpty() || !failed.isEmpty(); }, 30000) ||
        loggedIn.isEmpty())
        return {};
    return loggedIn.first().first().value<PortalSession>().accessToken;
}

} // namespace guichet::test
