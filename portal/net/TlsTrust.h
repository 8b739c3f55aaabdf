#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace guichet::net {

// Which servers the client believes. Certificate checks are always on: extra roots
// (the simulated portal's CA, a company's inspection proxy) are added by
// configuration, never by ignoring errors. With pinning, only the configured roots
// are trusted (the system store is left out) and the peer's chain is checked again
// once encrypted, so a certificate from any other CA ends the connection.
class TlsTrust
{
public:
    TlsTrust() = default;
    explicit TlsTrust(QList<QSslCertificate> extraRoots, bool pinned = false)
        : m_roots(std::move(extraRoots)), m_pinned(pinned)
    {}

    [[nodiscard]] const QList<QSslCertificate>& extraRoots() const { return m_roots; }
    [[nodiscard]] bool pinned() const { return m_pinned && !m_roots.isEmpty(); }

    [[nodiscard]] QSslConfiguration configuration() const;
    // For pinning: the chain ends in (or was issued by) one of the configured roots.
    [[nodiscard]] bool acceptsChain(const QList<QSslCertificate>& peerChain) const;

private:
    QList<QSslCertificate> m_roots;
    bool m_pinned = false;
};

} // namespace guichet::net
