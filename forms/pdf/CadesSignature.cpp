#include "CadesSignature.h"

#include "ErrorCodes.h"
#include "PdfOpenSsl.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/pkcs7.h>

#include <optional>

namespace guichet::forms::pdf {
namespace {

Error signingFailed(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::PdfSigningFailed), detail);
}

// The CMS signature algorithm follows the key (ecdsa-with-SHA256 or rsaEncryption);
// a signer announcing another scheme would produce a value nobody can verify.
std::optional<Error> checkAlgorithmFitsKey(SignatureAlgorithm algorithm, EVP_PKEY* key)
{
    const int type = EVP_PKEY_get_base_id(key);
    if (algorithm == SignatureAlgorithm::RsaPss)
        return signingFailed(QStringLiteral("RSA-PSS is not used for PAdES signatures"));
    if (type == EVP_PKEY_EC && algorithm == SignatureAlgorithm::Ecdsa)
        return std::nullopt;
    if (type == EVP_PKEY_RSA && algorithm == SignatureAlgorithm::RsaPkcs1v15)
        return std::nullopt;
    return signingFailed(QStringLiteral("the signer's algorithm does not fit its certificate key"));
}

// Signers return ECDSA as DER (Signer.h); some tokens give r||s: accept both.
QByteArray ecdsaAsDer(const QByteArray& value)
{
    const auto* p = reinterpret_cast<const unsigned char*>(value.constData());
    if (ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &p, long(value.size()))) {
        ECDSA_SIG_free(parsed);
        if (p == reinterpret_cast<const unsigned char*>(value.constData()) + value.size())
            return value;
    }
    if (value.isEmpty() || value.size() % 2 != 0 || value.size() > 132)
        return {};
    const int half = int(value.size() / 2);
    const auto* raw = reinterpret_cast<const unsigned char*>(value.constData());
    ECDSA_SIG* signature = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(raw, half, nullptr);
    BIGNUM* s = BN_bin2bn(raw + half, half, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(signature);
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_ECDSA_SIG(signature, &out);
    QByteArray der =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    ECDSA_SIG_free(signature);
    return der;
}

// DER of the signed attributes as a SET (what the signature covers, RFC 5652 5.4).
// Encoded from a copy of the stack: DER encoding sorts the SET and would reorder the
// SignerInfo's own stack.
QByteArray signedAttributesDer(CMS_SignerInfo* signerInfo)
{
    STACK_OF(X509_ATTRIBUTE)* copy = sk_X509_ATTRIBUTE_new_null();
    if (!copy)
        return {};
    for (int i = 0; i < CMS_signed_get_attr_count(signerInfo); ++i)
        sk_X509_ATTRIBUTE_push(copy, CMS_signed_get_attr(signerInfo, i));
    unsigned char* out = nullptr;
    const int length =
        ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(copy), &out, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    sk_X509_ATTRIBUTE_free(copy); // the attributes themselves belong to the SignerInfo
    QByteArray der =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return der;
}

QByteArray sha256(const QByteArray& bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(),
                   nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(length));
}

} // namespace

Result<QByteArray> makeCadesSignature(const QByteArray& documentDigest, Signer& signer,
                                      const QList<QByteArray>& extraCertificates)
{
    if (documentDigest.size() != digestLength(DigestAlgorithm::Sha256))
        return signingFailed(QStringLiteral("the document digest is not SHA-256"));
    const X509Ptr certificate = x509FromDer(signer.certificate());
    if (!certificate)
        return signingFailed(QStringLiteral("the signer's certificate is not readable"));
    EVP_PKEY* publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey)
        return signingFailed(QStringLiteral("the signer's certificate has no usable key"));
    if (const std::optional<Error> mismatch = checkAlgorithmFitsKey(signer.algorithm(), publicKey))
        return *mismatch;

    // CMS_PARTIAL everywhere: CMS_final / CMS_SignerInfo_sign would need the private
    // key and, in OpenSSL 3.0, always add signingTime, which PAdES forbids.
    CmsPtr cms(
        CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL));
    if (!cms)
        return signingFailed(QStringLiteral("CMS_sign failed"));
    // CMS_CADES adds signing-certificate-v2 (ESS), binding the certificate to the signature.
    CMS_SignerInfo* signerInfo =
        CMS_add1_signer(cms.get(), certificate.get(), publicKey, EVP_sha256(),
                        CMS_PARTIAL | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES);
    if (!signerInfo)
        return signingFailed(QStringLiteral("CMS_add1_signer failed"));
    for (const QByteArray& der : extraCertificates) {
        const X509Ptr extra = x509FromDer(der);
        if (!extra || CMS_add1_cert(cms.get(), extra.get()) != 1)
            return signingFailed(QStringLiteral("a chain certificate is not readable"));
    }
    if (CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                    OBJ_nid2obj(NID_pkcs7_data), -1) != 1 ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                    documentDigest.constData(), int(documentDigest.size())) != 1)
        return signingFailed(QStringLiteral("the signed attributes could not be added"));

    const QByteArray attributesDigest = sha256(signedAttributesDer(signerInfo));
    if (attributesDigest.isEmpty())
        return signingFailed(QStringLiteral("the signed attributes could not be encoded"));

    // The one call to the card (one PIN entry).
    Result<QByteArray> value = signer.signDigest(attributesDigest, DigestAlgorithm::Sha256);
    if (!value)
        return value.error();
    const QByteArray signatureValue =
        signer.algorithm() == SignatureAlgorithm::Ecdsa ? ecdsaAsDer(value.value()) : value.value();
    if (signatureValue.isEmpty())
        return signingFailed(QStringLiteral("the card returned a malformed ECDSA signature"));
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(signerInfo), signatureValue.constData(),
                        int(signatureValue.size())) != 1)
        return signingFailed(QStringLiteral("the signature value could not be set"));

    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    if (length <= 0)
        return signingFailed(QStringLiteral("the CMS could not be encoded"));
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

} // namespace guichet::forms::pdf
