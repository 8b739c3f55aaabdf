#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace guichet::sim {

// The simulated portal's own small PKI for HTTPS on loopback: a test root and a
// server certificate for 127.0.0.1 / localhost. Clients trust the root only
// through configuration; certificate checks stay on.
class PortalTls
{
public:
    PortalTls();

    [[nodiscard]] QSslConfiguration serverConfiguration() const { return m_server; }
    [[nodiscard]] QSslCertificate caCertificate() const { return m_ca; }

private:
    QSslConfiguration m_server;
    QSslCertificate m_ca;
};

} // namespace guichet::sim
