#include "CertificateFactory.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace guichet::sim {
namespace {

void require(bool ok, const char* what)
{
    if (!ok)
        throw std::runtime_error(what);
}

std::shared_ptr<EVP_PKEY> newEcKey()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    require(key != nullptr, "EVP_EC_gen");
    return {key, EVP_PKEY_free};
}

std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)>
makeName(const CertificateFactory::Name& entries)
{
    std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(X509_NAME_new(), X509_NAME_free);
    for (const auto& [field, value] : entries) {
        const QByteArray utf8 = value.toUtf8();
        require(X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char*>(utf8.constData()),
                                           int(utf8.size()), -1, 0) == 1,
                "X509_NAME_add_entry_by_txt");
    }
    return name;
}

void addExtension(X509* cert, X509* issuer, const QByteArray& name, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf(nullptr, &ctx, name.constData(), value.constData());
    require(ext != nullptr, "X509V3_EXT_conf");
    const bool added = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    require(added, "X509_add_ext");
}

QByteArray fromBio(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray bytes(data, int(length));
    BIO_free(bio);
    return bytes;
}

CertificateFactory::Issued build(const CertificateFactory::Issued* issuer,
                                 const CertificateFactory::Name& subjectName,
                                 const QList<QPair<QByteArray, QByteArray>>& extensions,
                                 long serial, int validDays, int startOffsetDays)
{
    CertificateFactory::Issued made{newEcKey(), {X509_new(), X509_free}};
    X509* cert = made.certificate.get();
    auto subject = makeName(subjectName);
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), long(startOffsetDays) * 24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), long(startOffsetDays + validDays) * 24 * 3600);
    X509_set_subject_name(cert, subject.get());
    X509* issuerCert = issuer ? issuer->certificate.get() : cert;
    X509_set_issuer_name(cert, X509_get_subject_name(issuerCert));
    X509_set_pubkey(cert, made.key.get());
    for (const auto& [name, value] : extensions)
        addExtension(cert, issuerCert, name, value);
    EVP_PKEY* signingKey = issuer ? issuer->key.get() : made.key.get();
    require(X509_sign(cert, signingKey, EVP_sha256()) > 0, "X509_sign");
    return made;
}

} // namespace

QByteArray CertificateFactory::Issued::certificateDer() const
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(certificate.get(), &out);
    require(length > 0, "i2d_X509");
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray CertificateFactory::Issued::certificatePem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    require(PEM_write_bio_X509(bio, certificate.get()) == 1, "PEM_write_bio_X509");
    return fromBio(bio);
}

QByteArray CertificateFactory::Issued::privateKeyDer() const
{
    unsigned char* out = nullptr;
    const int length = i2d_PrivateKey(key.get(), &out);
    require(length > 0, "i2d_PrivateKey");
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_clear_free(out, size_t(length));
    return der;
}

QByteArray CertificateFactory::Issued::privateKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    require(PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1,
            "PEM_write_bio_PrivateKey");
    return fromBio(bio);
}

CertificateFactory::Issued CertificateFactory::makeRoot(const Name& subject)
{
    return build(nullptr, subject,
                 {{"basicConstraints", "critical,CA:TRUE"},
                  {"keyUsage", "critical,keyCertSign,cRLSign"},
                  {"subjectKeyIdentifier", "hash"}},
                 1, 20 * 365, -1);
}

CertificateFactory::Issued
CertificateFactory::issue(const Issued& issuer, const Name& subject,
                          const QList<QPair<QByteArray, QByteArray>>& extensions, long serial,
                          int validDays, int startOffsetDays)
{
    QList<QPair<QByteArray, QByteArray>> all{{"basicConstraints", "critical,CA:FALSE"},
                                             {"subjectKeyIdentifier", "hash"}};
    all += extensions;
    return build(&issuer, subject, all, serial, validDays, startOffsetDays);
}

} // namespace guichet::sim
