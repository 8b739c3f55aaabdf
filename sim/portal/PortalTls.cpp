#include "PortalTls.h"

#include "CertificateFactory.h"

#include <QSslKey>

namespace guichet::sim {

PortalTls::PortalTls()
{
    const auto ca =
        CertificateFactory::makeRoot({{"C", QStringLiteral("LU")},
                                      {"O", QStringLiteral("Guichet Desktop Demo")},
                                      {"CN", QStringLiteral("Guichet Simulated Portal CA")}});
    const auto server =
        CertificateFactory::issue(ca, {{"CN", QStringLiteral("127.0.0.1")}},
                                  {{"keyUsage", "critical,digitalSignature"},
                                   {"extendedKeyUsage", "serverAuth"},
                                   {"subjectAltName", "IP:127.0.0.1,DNS:localhost"}},
                                  2, 365);
    m_ca = QSslCertificate(ca.certificatePem(), QSsl::Pem);
    m_server = QSslConfiguration::defaultConfiguration();
    m_server.setLocalCertificate(QSslCertificate(server.certificatePem(), QSsl::Pem));
    m_server.setPrivateKey(QSslKey(server.privateKeyPem(), QSsl::Ec, QSsl::Pem));
    m_server.setProtocol(QSsl::TlsV1_2OrLater);
}

} // namespace guichet::sim
