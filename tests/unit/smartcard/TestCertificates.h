#pragma once

// Test PKI access and certificates made on the fly (expired, not yet valid, odd
// extensions), signed by the test CA of tests/support/pki/make-test-pki.sh.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace testpki {

inline QString folder()
{
    return qEnvironmentVariable("GUICHET_TEST_PKI");
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// NAME.cert.der of a persona (ca, citizen-auth, stick-sign-ec, ...).
inline QByteArray der(const QString& persona)
{
    return readFile(folder() + QLatin1Char('/') + persona + QStringLiteral(".cert.der"));
}

inline QByteArray pem(const QString& persona)
{
    return readFile(folder() + QLatin1Char('/') + persona + QStringLiteral(".cert.pem"));
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

struct CertificateSpec
{
    QByteArray commonName = "Test Holder";
    QByteArray serialNumber;       // subject serialNumber attribute, if any
    QByteArray issuerOrganisation; // replaces the CA's name as issuer (signature then invalid)
    long notBeforeOffset = -3600;  // seconds from now
    long notAfterOffset = 365L * 24 * 3600;
    const char* keyUsage = "critical,digitalSignature";
    QByteArray rawExtensionOid; // an extra extension with these exact value bytes
    QByteArray rawExtensionValue;
};

// A certificate signed by the test CA's key (EC P-256 subject key, fast to make).
inline QByteArray makeCertificate(const CertificateSpec& spec)
{
    const QByteArray caPem = pem(QStringLiteral("ca"));
    const QByteArray caKeyPem = readFile(folder() + QStringLiteral("/ca.key.pem"));
    std::unique_ptr<BIO, decltype(&BIO_free)> caBio(
        BIO_new_mem_buf(caPem.constData(), int(caPem.size())), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size())), BIO_free);
    X509Ptr ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr), X509_free);
    KeyPtr caKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    X509Ptr cert(X509_new(), X509_free);
    if (!ca || !caKey || !key || !cert)
        return {};

    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterOffset);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME* subject = X509_get_subject_name(cert.get());
    const auto add = [](X509_NAME* name, const char* field, const QByteArray& value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.constData()),
                                   int(value.size()), -1, 0);
    };
    add(subject, "C", "LU");
    if (!spec.serialNumber.isEmpty())
        add(subject, "serialNumber", spec.serialNumber);
    add(subject, "CN", spec.commonName);
    if (spec.issuerOrganisation.isEmpty()) {
        X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    } else {
        std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> issuer(X509_NAME_new(),
                                                                     X509_NAME_free);
        add(issuer.get(), "O", spec.issuerOrganisation);
        add(issuer.get(), "CN", spec.issuerOrganisation + " CA");
        X509_set_issuer_name(cert.get(), issuer.get());
    }

    X509V3_CTX context;
    X509V3_set_ctx(&context, ca.get(), cert.get(), nullptr, nullptr, 0);
    if (X509_EXTENSION* usage =
            X509V3_EXT_conf_nid(nullptr, &context, NID_key_usage, spec.keyUsage)) {
        X509_add_ext(cert.get(), usage, -1);
        X509_EXTENSION_free(usage);
    }
    if (!spec.rawExtensionOid.isEmpty()) {
        std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> oid(
            OBJ_txt2obj(spec.rawExtensionOid.constData(), 1), ASN1_OBJECT_free);
        std::unique_ptr<ASN1_OCTET_STRING, decltype(&ASN1_OCTET_STRING_free)> value(
            ASN1_OCTET_STRING_new(), ASN1_OCTET_STRING_free);
        ASN1_OCTET_STRING_set(
            value.get(), reinterpret_cast<const unsigned char*>(spec.rawExtensionValue.constData()),
            int(spec.rawExtensionValue.size()));
        X509_EXTENSION* extension =
            X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, value.get());
        X509_add_ext(cert.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};

    unsigned char* buffer = nullptr;
    const int length = i2d_X509(cert.get(), &buffer);
    QByteArray result(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return result;
}

} // namespace testpki
