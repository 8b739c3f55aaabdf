#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

namespace guichet::net {

// Which servers the client believes. Certificate checks are always on: extra roots
// (the simulated portal's CA, a company's inspection proxy) are added by
// configuration, never by ignoring errors. With pinning, only the configured roots
// are trusted (the system store is left out) and the peer's chain is checked again
// once encrypted, so a certificate from any other CA ends the connection. Key pins
// (SHA-256 of a SubjectPublicKeyInfo, setting portal/pinnedKeys) are checked the same
// way, after the handshake and before anything is sent: one certificate of the chain
// must carry a pinned key.
class TlsTrust
{
public:
    TlsTrust() = default;
    explicit TlsTrust(QList<QSslCertificate> extraRoots, bool pinned = false)
        : m_roots(std::move(extraRoots)), m_pinned(pinned)
    {}

    [[nodiscard]] const QList<QSslCertificate>& extraRoots() const { return m_roots; }
    [[nodiscard]] bool pinned() const { return m_pinned && !m_roots.isEmpty(); }
    // 32-byte SHA-256 digests of SubjectPublicKeyInfo structures.
    void setKeyPins(QList<QByteArray> pins) { m_keyPins = std::move(pins); }
    [[nodiscard]] const QList<QByteArray>& keyPins() const { return m_keyPins; }

    [[nodiscard]] QSslConfiguration configuration() const;
    // Checked once encrypted: with pinning, the chain must end in (or be issued by) one of
    // the configured roots, and carry a pinned key when key pins are set.
    // Why a chain is refused (NET-002 for a CA pin, NET-010 for a key pin), or nothing.
    [[nodiscard]] std::optional<Error> refusal(const QList<QSslCertificate>& peerChain,
                                               const QString& what) const;

    // SHA-256 of the certificate's SubjectPublicKeyInfo (DER), the value a key pin holds.
    [[nodiscard]] static QByteArray keyPinOf(const QSslCertificate& certificate);

private:
    [[nodiscard]] bool endsInRoot(const QList<QSslCertificate>& peerChain) const;
    [[nodiscard]] bool carriesPinnedKey(const QList<QSslCertificate>& peerChain) const;

    QList<QSslCertificate> m_roots;
    bool m_pinned = false;
    QList<QByteArray> m_keyPins;
};

} // namespace guichet::net
