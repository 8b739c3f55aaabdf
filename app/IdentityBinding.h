#pragma once

#include "DataPaths.h"
#include "Error.h"
#include "PortalSession.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace guichet {

// Whose data a sign-in opens is decided by the card, not by the portal's word.
// The local identity (folder, store, drafts, vault key) is derived from the
// certificate that signed in — its national number, its LuxTrust number, or the
// hash of its public key for any other card — and from the portal it signed in to,
// so one card on two portals (the demo and a real one) never shares a store.
// The portal's identity must then agree: its masked national number must be the
// card's, and the identity id it gives must be the one bound to this local identity
// at its first sign-in. Anything else is refused with AUTH-013 before a session is
// taken, so nothing of another person is opened, shown or sent.
class IdentityBinding
{
public:
    // portalName keeps stores of different portals apart: the portal's origin, or
    // "demo" for the embedded simulated portal (whose port changes at every start).
    IdentityBinding(DataPaths paths, QString portalName);

    // "nn:<national number>", "ssn:<LuxTrust number>" or "key:<SPKI SHA-256 hex>";
    // empty when the certificate cannot be read.
    [[nodiscard]] static QString cardKey(const QByteArray& certificateDer);
    // The name of the local identity: never contains the national number itself.
    [[nodiscard]] QString localIdentity(const QByteArray& certificateDer) const;
    [[nodiscard]] QString directoryFor(const QByteArray& certificateDer) const;

    // Checks the portal's answer against the card, and binds the portal's identity id
    // to the local identity at the first sign-in. Nothing when accepted.
    [[nodiscard]] std::optional<Error> check(const PortalSession& session,
                                             const QByteArray& certificateDer) const;

    // The session this card may open without the portal: its local copy exists and
    // was bound at an online sign-in. Names come from the certificate.
    [[nodiscard]] std::optional<PortalSession>
    offlineSession(const QByteArray& certificateDer) const;

private:
    DataPaths m_paths;
    QString m_portalName;
};

} // namespace guichet
