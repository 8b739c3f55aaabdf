#include "SimulatedPki.h"

#include "CertificateFactory.h"

#include <openssl/crypto.h>

namespace guichet::sim {

SimulatedPki::Persona SimulatedPki::demoCitizen()
{
    return {QStringLiteral("Marie"), QStringLiteral("Schmit"), QStringLiteral("1985021412345")};
}

SimulatedPki::SimulatedPki(const Persona& persona)
{
    const auto ca = CertificateFactory::makeRoot({{"C", QStringLiteral("LU")},
                                                  {"O", QStringLiteral("Guichet Desktop Demo")},
                                                  {"CN", QStringLiteral("Guichet Demo Root CA")}});
    m_caDer = ca.certificateDer();
    const CertificateFactory::Name subject{
        {"C", QStringLiteral("LU")},
        {"GN", persona.givenName},
        {"SN", persona.surname},
        {"serialNumber", QStringLiteral("PNOLU-") + persona.nationalNumber},
        {"CN", persona.givenName + QLatin1Char(' ') + persona.surname}};
    const auto issue = [&](long serial, const QByteArray& usage) {
        const auto made = CertificateFactory::issue(ca, subject, {{"keyUsage", usage}}, serial);
        return Credential{made.certificateDer(), made.privateKeyDer()};
    };
    m_auth = issue(2, "critical,digitalSignature");
    m_sign = issue(3, "critical,nonRepudiation");
}

SimulatedPki::~SimulatedPki()
{
    // Keys are demo keys, but still: do not leave them in freed memory.
    OPENSSL_cleanse(m_auth.privateKeyDer.data(), size_t(m_auth.privateKeyDer.size()));
    OPENSSL_cleanse(m_sign.privateKeyDer.data(), size_t(m_sign.privateKeyDer.size()));
}

} // namespace guichet::sim
