#include "TsaCredentials.h"

#include <openssl/bn.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace guichet::sim {
namespace {

using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

void check(bool ok, const char* step)
{
    if (!ok)
        throw std::runtime_error(std::string("TSA credentials: ") + step + " failed");
}

EvpPkeyPtr newP256Key()
{
    EvpPkeyPtr key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EVP_EC_gen");
    return key;
}

X509NamePtr nameWithCommonName(const char* commonName)
{
    X509NamePtr name(X509_NAME_new());
    check(name != nullptr, "X509_NAME_new");
    const auto add = [&name](const char* field, const char* value) {
        check(X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(value), -1, -1,
                                         0) == 1,
              "X509_NAME_add_entry_by_txt");
    };
    add("C", "LU");
    add("O", "Guichet Desktop simulation (fictional)");
    add("CN", commonName);
    return name;
}

// Random serials: every run makes a new CA under the same name, and a client that kept
// an older one must not mistake the new certificates for those it already knows.
void setRandomSerial(X509* certificate)
{
    BignumPtr serial(BN_new());
    check(serial != nullptr, "BN_new");
    check(BN_rand(serial.get(), 63, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1, "BN_rand");
    check(BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr,
          "BN_to_ASN1_INTEGER");
}

void setValidity(X509* certificate, const QDateTime& notBefore, const QDateTime& notAfter)
{
    check(ASN1_TIME_set(X509_getm_notBefore(certificate), notBefore.toSecsSinceEpoch()) != nullptr,
          "ASN1_TIME_set notBefore");
    check(ASN1_TIME_set(X509_getm_notAfter(certificate), notAfter.toSecsSinceEpoch()) != nullptr,
          "ASN1_TIME_set notAfter");
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    check(extension != nullptr, "X509V3_EXT_conf_nid");
    check(X509_add_ext(certificate, extension.get(), -1) == 1, "X509_add_ext");
}

struct CertificateSpec
{
    const char* commonName;
    EVP_PKEY* subjectKey;
    X509* issuerCertificate; // nullptr: self-signed
    EVP_PKEY* issuerKey;
    bool isCa;
};

X509Ptr makeCertificate(const CertificateSpec& spec, const QDateTime& notBefore,
                        const QDateTime& notAfter)
{
    X509Ptr certificate(X509_new());
    check(certificate != nullptr, "X509_new");
    X509* cert = certificate.get();
    check(X509_set_version(cert, X509_VERSION_3) == 1, "X509_set_version");
    setRandomSerial(cert);
    setValidity(cert, notBefore, notAfter);
    const X509NamePtr subject = nameWithCommonName(spec.commonName);
    check(X509_set_subject_name(cert, subject.get()) == 1, "X509_set_subject_name");
    X509* issuer = spec.issuerCertificate != nullptr ? spec.issuerCertificate : cert;
    check(X509_set_issuer_name(cert, X509_get_subject_name(issuer)) == 1, "X509_set_issuer_name");
    check(X509_set_pubkey(cert, spec.subjectKey) == 1, "X509_set_pubkey");

    addExtension(cert, issuer, NID_subject_key_identifier, "hash");
    if (spec.isCa) {
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        addExtension(cert, issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert, issuer, NID_authority_key_identifier, "keyid:always");
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert, issuer, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        // RFC 3161 2.3: the TSA certificate has exactly this one purpose, marked critical;
        // OpenSSL refuses to sign time-stamps with anything else.
        addExtension(cert, issuer, NID_ext_key_usage, "critical,timeStamping");
    }
    check(X509_sign(cert, spec.issuerKey, EVP_sha256()) > 0, "X509_sign");
    return certificate;
}

} // namespace

TsaCredentials TsaCredentials::make(const QDateTime& notBefore, const QDateTime& notAfter)
{
    TsaCredentials made;
    made.caKey = newP256Key();
    made.caCertificate = makeCertificate({"Guichet Simulated Time-Stamping Root CA",
                                          made.caKey.get(), nullptr, made.caKey.get(), true},
                                         notBefore, notAfter);
    made.tsaKey = newP256Key();
    made.tsaCertificate =
        makeCertificate({"Guichet Simulated Time-Stamping Unit", made.tsaKey.get(),
                         made.caCertificate.get(), made.caKey.get(), false},
                        notBefore, notAfter);
    return made;
}

} // namespace guichet::sim
