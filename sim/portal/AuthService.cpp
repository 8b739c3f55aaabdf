#include "AuthService.h"

#include "CertificateParser.h"
#include "CertificateValidity.h"
#include "TrustStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace guichet::sim {
namespace {

QCryptographicHash::Algorithm hashOf(const QString& algorithm)
{
    if (algorithm.endsWith(QLatin1String("384")))
        return QCryptographicHash::Sha384;
    if (algorithm.endsWith(QLatin1String("512")))
        return QCryptographicHash::Sha512;
    return QCryptographicHash::Sha256;
}

const EVP_MD* mdOf(const QString& algorithm)
{
    if (algorithm.endsWith(QLatin1String("384")))
        return EVP_sha384();
    if (algorithm.endsWith(QLatin1String("512")))
        return EVP_sha512();
    return EVP_sha256();
}

QByteArray rawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0 || raw.size() > 132)
        return {};
    const int half = int(raw.size() / 2);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), half, nullptr);
    BIGNUM* s =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &out);
    QByteArray der =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    ECDSA_SIG_free(sig);
    return der;
}

bool algorithmFitsKey(const QByteArray& certificateDer, const QString& algorithm)
{
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &p, long(certificateDer.size())), X509_free);
    const bool ecKey = cert && EVP_PKEY_get_base_id(X509_get0_pubkey(cert.get())) == EVP_PKEY_EC;
    return ecKey == algorithm.startsWith(QLatin1String("ES"));
}

bool verifySignature(const QByteArray& certificateDer, const QString& algorithm,
                     const QByteArray& digest, const QByteArray& signature)
{
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &p, long(certificateDer.size())), X509_free);
    if (!cert)
        return false;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new(X509_get0_pubkey(cert.get()), nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return false;
    const bool ec = algorithm.startsWith(QLatin1String("ES"));
    const bool pss = algorithm.startsWith(QLatin1String("PS"));
    if (!ec) {
        if (EVP_PKEY_CTX_set_rsa_padding(ctx.get(),
                                         pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING) != 1 ||
            EVP_PKEY_CTX_set_signature_md(ctx.get(), mdOf(algorithm)) != 1)
            return false;
        if (pss && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) != 1)
            return false;
    }
    // ES* signatures travel as raw r||s (JWS style); OpenSSL verifies DER.
    const QByteArray encoded = ec ? rawToDer(signature) : signature;
    if (encoded.isEmpty())
        return false;
    return EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(encoded.data()),
                           size_t(encoded.size()),
                           reinterpret_cast<const unsigned char*>(digest.data()),
                           size_t(digest.size())) == 1;
}

// SHA-256 of the certificate's public key (SubjectPublicKeyInfo), hex.
QString keyHashOf(const QByteArray& certificateDer)
{
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &p, long(certificateDer.size())), X509_free);
    unsigned char* spki = nullptr;
    const int length = cert ? i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &spki) : 0;
    if (length <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(spki), length), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return QString::fromLatin1(digest.toHex());
}

} // namespace

AuthService::AuthService(QString origin, QList<QByteArray> trustedCaDer)
    : m_origin(std::move(origin)), m_trustedCa(std::move(trustedCaDer)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QByteArray AuthService::signedValue(const QString& origin, const QString& nonce,
                                    const QString& algorithm)
{
    // Inner hashes are always SHA-256 (Web eID scheme); the outer one follows the algorithm.
    const auto inner = QCryptographicHash::Sha256;
    return QCryptographicHash::hash(QCryptographicHash::hash(origin.toUtf8(), inner) +
                                        QCryptographicHash::hash(nonce.toUtf8(), inner),
                                    hashOf(algorithm));
}

AuthService::Reply AuthService::problem(int status, const char* code, const QString& title,
                                        const QString& detail)
{
    QJsonObject body;
    body.insert(QStringLiteral("type"), QStringLiteral("https://www.myguichet.lu/api/problems/") +
                                            QString::fromLatin1(code));
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("code"), QString::fromLatin1(code));
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return {status, body, {}};
}

AuthService::Reply AuthService::challenge()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QString nonce = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime expires = m_clock().addSecs(NonceLifetimeSeconds);
    m_nonces.insert(nonce, expires);
    return {200,
            {{QStringLiteral("nonce"), nonce},
             {QStringLiteral("expiresAt"), expires.toString(Qt::ISODateWithMs)}},
            {}};
}

AuthService::Reply AuthService::token(const QJsonObject& request)
{
    const QString nonce = request.value(QStringLiteral("nonce")).toString();
    const QString algorithm = request.value(QStringLiteral("algorithm")).toString();
    const QByteArray certificate =
        QByteArray::fromBase64(request.value(QStringLiteral("certificate")).toString().toLatin1());
    const QByteArray signature =
        QByteArray::fromBase64(request.value(QStringLiteral("signature")).toString().toLatin1());
    static const QStringList algorithms{"ES256", "ES384", "ES512", "RS256", "RS384",
                                        "RS512", "PS256", "PS384", "PS512"};
    if (nonce.isEmpty() || certificate.isEmpty() || signature.isEmpty() ||
        !algorithms.contains(algorithm))
        return problem(400, "REQ-001", QStringLiteral("Incomplete token request"),
                       QStringLiteral("nonce, certificate, algorithm and signature are required"));

    // The nonce is used up by this request, whatever its outcome.
    const auto found = m_nonces.find(nonce);
    if (found == m_nonces.end())
        return problem(401, "AUTH-005", QStringLiteral("Unknown or already used nonce"));
    const QDateTime expiry = found.value();
    m_nonces.erase(found);
    if (m_clock() > expiry)
        return problem(401, "AUTH-006", QStringLiteral("Nonce expired"));

    if (request.value(QStringLiteral("origin")).toString() != m_origin)
        return problem(401, "AUTH-007", QStringLiteral("Wrong origin"),
                       QStringLiteral("expected %1").arg(m_origin));

    const Result<CertificateInfo> info = parseCertificate(certificate);
    if (!info)
        return problem(401, "AUTH-004", QStringLiteral("Certificate not readable"));
    switch (validityAt(info.value(), m_clock())) {
    case Validity::Expired:
        return problem(401, "AUTH-001", QStringLiteral("Certificate expired"));
    case Validity::NotYetValid:
        return problem(401, "AUTH-002", QStringLiteral("Certificate not yet valid"));
    case Validity::Valid:
        break;
    }
    if (!info.value().keyUsage.digitalSignature || info.value().keyUsage.nonRepudiation)
        return problem(401, "AUTH-003", QStringLiteral("Not an authentication certificate"));

    TrustStore trust;
    for (const QByteArray& ca : m_trustedCa)
        (void)trust.addCertificate(ca);
    if (const Status trusted = trust.verify(certificate, {}, m_clock()); !trusted)
        return problem(401, "AUTH-004", QStringLiteral("Certificate not trusted"),
                       trusted.error().detail());

    if (m_revokedSerials.contains(info.value().serialNumberHex.toUpper()))
        return problem(401, "AUTH-012", QStringLiteral("Certificate revoked"));

    if (!algorithmFitsKey(certificate, algorithm))
        return problem(401, "AUTH-011", QStringLiteral("Algorithm does not fit the key"));
    if (!verifySignature(certificate, algorithm, signedValue(m_origin, nonce, algorithm),
                         signature))
        return problem(401, "AUTH-008", QStringLiteral("Signature does not verify"));

    // The identity travels as a pseudonym; only a masked national number is shown.
    // Who the holder is: the national number, LuxTrust's number, or, for a card from
    // elsewhere that carries neither (another country's eID, a PIV card), its key.
    const QString national = info.value().nationalNumber;
    QString holder = national.isEmpty() ? info.value().luxTrustSsn : national;
    if (holder.isEmpty())
        holder = QStringLiteral("key:") + keyHashOf(certificate);
    // Certificates that name their holder only in the CN (many foreign eIDs) give the
    // whole name as the given name rather than no name at all.
    const QString givenName = info.value().givenName.isEmpty() && info.value().surname.isEmpty()
                                  ? info.value().holderName
                                  : info.value().givenName;
    const QString id =
        QStringLiteral("id-") +
        QString::fromLatin1(
            QCryptographicHash::hash("guichet-sim:" + holder.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
    Reply reply{200,
                {{QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("givenName"), givenName},
                              {QStringLiteral("surname"), info.value().surname},
                              {QStringLiteral("nationalNumberMasked"),
                               national.size() == 13
                                   ? national.left(4) + QStringLiteral("••••••") + national.right(3)
                                   : QString()}}}},
                holder};
    return reply;
}

} // namespace guichet::sim
