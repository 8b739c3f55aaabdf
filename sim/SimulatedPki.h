#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace guichet::sim {

// A small certificate authority for demo and training mode and for tests: a root
// and, per persona, an authentication and a signature certificate with EC P-256
// keys (fast to generate, so nothing is stored on disk). Fictional data only.
class SimulatedPki
{
public:
    struct Credential
    {
        QByteArray certificateDer;
        QByteArray privateKeyDer; // PKCS#8, kept in memory only
    };

    struct Persona
    {
        QString givenName;
        QString surname;
        QString nationalNumber; // 13 digits, fictional; the LuxTrust SSN when luxTrust
        QString key;            // the simulated portal's persona key
        QString organisation;   // LuxTrust business certificates name the company
        bool luxTrust = false;  // a LuxTrust signing stick rather than an eID card
        // A business user's stick also holds one professional signature certificate
        // per company (subject O= the company), beside the personal one.
        QStringList companies = {};
    };

    // How the certificates are issued. Training scenarios use the odd ones to put a
    // real certificate problem in front of the application and the portal.
    enum class Issuance
    {
        Normal,      // valid for five years from yesterday, under the persona's demo root
        Expired,     // ended a month ago
        NotYetValid, // starts in a month
        UnknownRoot, // under a root that neither the portal nor the application trusts
    };

    explicit SimulatedPki(const Persona& persona, Issuance issuance = Issuance::Normal);
    ~SimulatedPki();

    [[nodiscard]] const QByteArray& caCertificateDer() const { return m_caDer; }
    [[nodiscard]] const Credential& authentication() const { return m_auth; }
    // The personal signature certificate.
    [[nodiscard]] const Credential& signature() const { return m_sign; }
    // One per Persona::companies entry, in that order.
    [[nodiscard]] const QList<Credential>& companySignatures() const { return m_companySigns; }

    // The default persona of demo mode.
    [[nodiscard]] static Persona demoCitizen();
    // Everyone demo mode can sign in as (the simulated portal knows their spaces).
    [[nodiscard]] static QList<Persona> demoPersonas();

private:
    QByteArray m_caDer;
    Credential m_auth;
    Credential m_sign;
    QList<Credential> m_companySigns;
};

} // namespace guichet::sim
