#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;
using X509 = struct x509_st;

namespace guichet::sim {

// Makes EC P-256 keys and X.509 certificates in memory for the simulated world
// (demo CA, persona certificates, the simulated portal's TLS certificate).
// Fictional data only; failures mean OpenSSL itself is broken and throw.
class CertificateFactory
{
public:
    struct Issued
    {
        std::shared_ptr<EVP_PKEY> key;
        std::shared_ptr<X509> certificate;

        [[nodiscard]] QByteArray certificateDer() const;
        [[nodiscard]] QByteArray certificatePem() const;
        [[nodiscard]] QByteArray privateKeyDer() const; // PKCS#8
        [[nodiscard]] QByteArray privateKeyPem() const; // PKCS#8
    };

    // Name entries such as {"C", "LU"}, {"CN", "Guichet Demo Root CA"}.
    using Name = QList<QPair<QByteArray, QString>>;

    [[nodiscard]] static Issued makeRoot(const Name& subject);
    // extensions: OpenSSL config strings by NID name, e.g. {"keyUsage",
    // "critical,digitalSignature"}.
    [[nodiscard]] static Issued issue(const Issued& issuer, const Name& subject,
                                      const QList<QPair<QByteArray, QByteArray>>& extensions,
                                      long serial, int validDays = 5 * 365,
                                      int startOffsetDays = -1);
};

} // namespace guichet::sim
