#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace guichet::sim {

// The simulated portal's card login (the Web eID authentication-token scheme):
// one-time nonces, then a token request carrying the authentication certificate
// and a signature over H(H(origin) || H(nonce)). Every check has its own problem
// code so the client can say precisely what is wrong.
class AuthService
{
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;     // {identity} when accepted, or the problem details
        QString holderNumber; // national number or LuxTrust SSN of an accepted certificate
    };

    AuthService(QString origin, QList<QByteArray> trustedCaDer);

    // Tests move the clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    static constexpr int NonceLifetimeSeconds = 120;

    [[nodiscard]] Reply challenge();
    // Checks a token request (Web eID scheme); the caller opens the session.
    [[nodiscard]] Reply token(const QJsonObject& request);

    // Certificates (serial numbers, upper-case hex) the portal treats as revoked, as an
    // OCSP responder would say (AUTH-012).
    void revokeCertificate(const QString& serialHex)
    {
        m_revokedSerials.insert(serialHex.toUpper());
    }

    // The CAs (DER) whose certificates may log in; signed submissions chain to them too.
    [[nodiscard]] const QList<QByteArray>& trustedCertificates() const { return m_trustedCa; }

    // The value the client signs (a digest of the algorithm's hash; SHA-256 for ES256/RS256/PS256).
    [[nodiscard]] static QByteArray signedValue(const QString& origin, const QString& nonce,
                                                const QString& algorithm);

private:
    [[nodiscard]] static Reply problem(int status, const char* code, const QString& title,
                                       const QString& detail = {});

    QString m_origin;
    QList<QByteArray> m_trustedCa;
    std::function<QDateTime()> m_clock;
    QHash<QString, QDateTime> m_nonces; // nonce -> expiry; removed when used
    QSet<QString> m_revokedSerials;
};

} // namespace guichet::sim
