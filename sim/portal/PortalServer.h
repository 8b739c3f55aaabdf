#pragma once

#include "AuthService.h"
#include "Result.h"

#include <QHttpServer>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace guichet::sim {

// The simulated portal: an HTTPS server on loopback speaking docs/api/portal.yaml.
// For now it serves meta and the card login (challenge and token); the other
// routes come with the personal-space issues. Qt HTTP Server 6.4 is kept behind
// this class because its API changes in 6.5 and 6.8 (FINDINGS.md).
class PortalServer
{
public:
    // trustedCaDer: roots the portal accepts for card authentication certificates.
    explicit PortalServer(QList<QByteArray> trustedCaDer);
    ~PortalServer();

    // Listens on 127.0.0.1 (never another interface); port 0 picks a free one.
    [[nodiscard]] Result<quint16> start(const QSslConfiguration& tls, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] AuthService& auth() { return *m_auth; }

    static constexpr qsizetype MaxJsonBody = 1024 * 1024;

private:
    void addRoutes();

    QList<QByteArray> m_trustedCa;
    QHttpServer m_server;
    std::unique_ptr<AuthService> m_auth;
    quint16 m_port = 0;
};

} // namespace guichet::sim
