#include "SimulatedPki.h"

#include "CertificateFactory.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace guichet::sim {

SimulatedPki::Persona SimulatedPki::demoCitizen()
{
    return demoPersonas().first();
}

QList<SimulatedPki::Persona> SimulatedPki::demoPersonas()
{
    // The same people as the simulated portal's seed (sim/seed/personas).
    return {{QStringLiteral("Marie"),
             QStringLiteral("Schmit"),
             QStringLiteral("1985021412399"),
             QStringLiteral("marie-schmit"),
             {},
             false},
            {QStringLiteral("Luc"),
             QStringLiteral("Weber"),
             QStringLiteral("1234567890123"),
             QStringLiteral("luc-weber"),
             QStringLiteral("Weber Constructions S.A."),
             true,
             // The companies of his professional spaces (sim/seed/personas/PersonaLuc.cpp).
             {QStringLiteral("Weber Constructions S.A."),
              QStringLiteral("Boulangerie Weber S.à r.l.")}},
            {QStringLiteral("Paul"),
             QStringLiteral("Hoffmann"),
             QStringLiteral("1990123112398"),
             QStringLiteral("paul-hoffmann"),
             {},
             false}};
}

namespace {

// Validity of the persona certificates (days from now to the start, and length).
QPair<int, int> validityFor(SimulatedPki::Issuance issuance)
{
    constexpr int FiveYears = 5 * 365;
    switch (issuance) {
    case SimulatedPki::Issuance::Expired:
        return {-400, 370};
    case SimulatedPki::Issuance::NotYetValid:
        return {30, FiveYears};
    case SimulatedPki::Issuance::Normal:
    case SimulatedPki::Issuance::UnknownRoot:
        break;
    }
    return {-1, FiveYears};
}

} // namespace

SimulatedPki::SimulatedPki(const Persona& persona, Issuance issuance)
{
    // A LuxTrust SSN is only read as such under a LuxTrust issuer name. Each card has
    // its own root, named apart so a portal trusting several demo cards finds the right
    // issuer (chains are matched by issuer name) — by a hash of the persona rather than
    // its name, since issuer names appear in help-desk reports, which name no one.
    const QString root = issuance == Issuance::UnknownRoot
                             ? QStringLiteral("Unknown Training Root CA")
                         : persona.luxTrust ? QStringLiteral("Guichet Demo LuxTrust Root CA")
                                            : QStringLiteral("Guichet Demo Root CA");
    const auto ca = CertificateFactory::makeRoot(
        {{"C", QStringLiteral("LU")},
         {"O", QStringLiteral("Guichet Desktop Demo")},
         {"CN", persona.key.isEmpty()
                    ? root
                    : root + QStringLiteral(" (") +
                          QString::fromLatin1(QCryptographicHash::hash(persona.key.toUtf8(),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()
                                                  .left(6)) +
                          u')'}});
    m_caDer = ca.certificateDer();
    // An eID names the holder by national number; a LuxTrust certificate by its SSN
    // and, for a business user, the company.
    const auto subjectFor = [&](const QString& organisation) {
        CertificateFactory::Name subject{{"C", QStringLiteral("LU")}};
        if (!organisation.isEmpty())
            subject.append({"O", organisation});
        subject.append({"GN", persona.givenName});
        subject.append({"SN", persona.surname});
        subject.append({"serialNumber", persona.luxTrust
                                            ? persona.nationalNumber
                                            : QStringLiteral("PNOLU-") + persona.nationalNumber});
        subject.append({"CN", persona.givenName + QLatin1Char(' ') + persona.surname});
        return subject;
    };
    const QPair<int, int> validity = validityFor(issuance);
    const auto issue = [&](const QString& organisation, long serial, const QByteArray& usage) {
        const auto made =
            CertificateFactory::issue(ca, subjectFor(organisation), {{"keyUsage", usage}}, serial,
                                      validity.second, validity.first);
        return Credential{made.certificateDer(), made.privateKeyDer()};
    };
    m_auth = issue(persona.organisation, 2, "critical,digitalSignature");
    // With company certificates beside it, the first signature certificate is the
    // person's own (no company named); otherwise it is as the authentication one.
    m_sign = issue(persona.companies.isEmpty() ? persona.organisation : QString(), 3,
                   "critical,nonRepudiation");
    long serial = 4;
    for (const QString& company : persona.companies)
        m_companySigns.append(issue(company, serial++, "critical,nonRepudiation"));
}

SimulatedPki::~SimulatedPki()
{
    // Keys are demo keys, but still: do not leave them in freed memory.
    OPENSSL_cleanse(m_auth.privateKeyDer.data(), size_t(m_auth.privateKeyDer.size()));
    OPENSSL_cleanse(m_sign.privateKeyDer.data(), size_t(m_sign.privateKeyDer.size()));
    for (Credential& credential : m_companySigns)
        OPENSSL_cleanse(credential.privateKeyDer.data(), size_t(credential.privateKeyDer.size()));
}

} // namespace guichet::sim
