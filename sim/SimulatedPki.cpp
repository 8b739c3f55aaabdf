#include "SimulatedPki.h"

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace guichet::sim {
namespace {

struct Free
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
    void operator()(X509* cert) const { X509_free(cert); }
    void operator()(X509_NAME* name) const { X509_NAME_free(name); }
    void operator()(X509_EXTENSION* ext) const { X509_EXTENSION_free(ext); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using NamePtr = std::unique_ptr<X509_NAME, Free>;

// Failing to make a key or certificate in memory means OpenSSL itself is broken:
// there is nothing a user could do, so this is a programming error.
void require(bool ok, const char* what)
{
    if (!ok)
        throw std::runtime_error(what);
}

KeyPtr newEcKey()
{
    KeyPtr key(EVP_EC_gen("P-256"));
    require(key != nullptr, "EVP_EC_gen");
    return key;
}

NamePtr makeName(std::initializer_list<std::pair<const char*, QString>> entries)
{
    NamePtr name(X509_NAME_new());
    for (const auto& [field, value] : entries) {
        const QByteArray utf8 = value.toUtf8();
        require(X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char*>(utf8.constData()),
                                           int(utf8.size()), -1, 0) == 1,
                "X509_NAME_add_entry_by_txt");
    }
    return name;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    require(ext != nullptr && X509_add_ext(cert, ext.get(), -1) == 1, "X509_add_ext");
}

CertPtr makeCertificate(EVP_PKEY* subjectKey, X509_NAME* subject, X509* issuer,
                        X509_NAME* issuerName, EVP_PKEY* issuerKey, long serial, bool ca,
                        const char* keyUsage)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(5) * 365 * 24 * 3600);
    X509_set_subject_name(cert.get(), subject);
    X509_set_issuer_name(cert.get(), issuerName);
    X509_set_pubkey(cert.get(), subjectKey);
    X509* issuerCert = issuer ? issuer : cert.get();
    addExtension(cert.get(), issuerCert, NID_basic_constraints,
                 ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(cert.get(), issuerCert, NID_key_usage, keyUsage);
    addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    require(X509_sign(cert.get(), issuerKey, EVP_sha256()) > 0, "X509_sign");
    return cert;
}

QByteArray certificateDer(X509* cert)
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(cert, &out);
    require(length > 0, "i2d_X509");
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray privateKeyDer(EVP_PKEY* key)
{
    unsigned char* out = nullptr;
    const int length = i2d_PrivateKey(key, &out);
    require(length > 0, "i2d_PrivateKey");
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_clear_free(out, size_t(length));
    return der;
}

} // namespace

SimulatedPki::Persona SimulatedPki::demoCitizen()
{
    return {QStringLiteral("Marie"), QStringLiteral("Schmit"), QStringLiteral("1985021412345")};
}

SimulatedPki::SimulatedPki(const Persona& persona)
{
    KeyPtr caKey = newEcKey();
    NamePtr caName = makeName({{"C", QStringLiteral("LU")},
                               {"O", QStringLiteral("Guichet Desktop Demo")},
                               {"CN", QStringLiteral("Guichet Demo Root CA")}});
    CertPtr ca = makeCertificate(caKey.get(), caName.get(), nullptr, caName.get(), caKey.get(), 1,
                                 true, "critical,keyCertSign,cRLSign");
    m_caDer = certificateDer(ca.get());

    const QString fullName = persona.givenName + QLatin1Char(' ') + persona.surname;
    NamePtr subject = makeName({{"C", QStringLiteral("LU")},
                                {"GN", persona.givenName},
                                {"SN", persona.surname},
                                {"serialNumber", QStringLiteral("PNOLU-") + persona.nationalNumber},
                                {"CN", fullName}});
    const auto issue = [&](long serial, const char* usage) {
        KeyPtr key = newEcKey();
        CertPtr cert = makeCertificate(key.get(), subject.get(), ca.get(), caName.get(),
                                       caKey.get(), serial, false, usage);
        return Credential{certificateDer(cert.get()), privateKeyDer(key.get())};
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
