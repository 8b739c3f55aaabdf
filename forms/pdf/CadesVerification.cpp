#include "CadesVerification.h"

#include "ErrorCodes.h"
#include "PdfOpenSsl.h"

#include <openssl/err.h>

namespace guichet::forms::pdf {
namespace {

Error invalid(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::SignatureInvalid), detail);
}

int nidOf(const X509_ALGOR* algorithm)
{
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    return object ? OBJ_obj2nid(object) : NID_undef;
}

// One attribute value of the given type; null when absent, repeated or multi-valued.
template <typename T>
T* singleAttribute(CMS_SignerInfo* signerInfo, int nid, int type)
{
    return static_cast<T*>(CMS_signed_get0_data_by_OBJ(signerInfo, OBJ_nid2obj(nid), -3, type));
}

// The signing-certificate-v2 attribute (RFC 5035) must name the signer's certificate
// first, by its hash (and issuer and serial when given).
bool signingCertificateV2Matches(CMS_SignerInfo* signerInfo, X509* signer)
{
    const ASN1_STRING* value = singleAttribute<ASN1_STRING>(
        signerInfo, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE);
    if (!value)
        return false;
    const unsigned char* p = ASN1_STRING_get0_data(value);
    const EssSigningCertV2Ptr attribute(
        d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(value)));
    if (!attribute)
        return false;
    X509StackPtr chain(sk_X509_new_null());
    if (!chain || sk_X509_push(chain.get(), signer) <= 0 || !X509_up_ref(signer))
        return false;
    const bool matches =
        OSSL_ESS_check_signing_certs(nullptr, attribute.get(), chain.get(), 1) == 1;
    ERR_clear_error();
    return matches;
}

} // namespace

Result<CadesSigner> verifyCadesSignature(const QByteArray& cmsDer, const QByteArray& documentDigest)
{
    // d2i reads one DER object and ignores the zero padding of the reserved space.
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    const CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
    if (!cms)
        return invalid(QStringLiteral("/Contents is not a CMS ContentInfo"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return invalid(QStringLiteral("the CMS is not SignedData"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data ||
        CMS_is_detached(cms.get()) != 1)
        return invalid(QStringLiteral("the CMS is not a detached signature of id-data"));
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return invalid(QStringLiteral("the CMS has %1 signers, expected 1")
                           .arg(sk_CMS_SignerInfo_num(signerInfos)));
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digestAlgorithm, nullptr);
    if (nidOf(digestAlgorithm) != NID_sha256)
        return invalid(QStringLiteral("the digest algorithm is not SHA-256"));

    const X509StackPtr certificates(CMS_get1_certs(cms.get()));
    X509* signer = nullptr;
    CadesSigner found;
    for (int i = 0; i < sk_X509_num(certificates.get()); ++i) {
        X509* certificate = sk_X509_value(certificates.get(), i);
        if (!signer && CMS_SignerInfo_cert_cmp(signerInfo, certificate) == 0)
            signer = certificate;
        else
            found.otherCertificates.append(derOf(certificate));
    }
    if (!signer)
        return invalid(QStringLiteral("the signer's certificate is not in the CMS"));
    found.certificate = derOf(signer);

    if (CMS_signed_get_attr_count(signerInfo) <= 0)
        return invalid(QStringLiteral("the CMS has no signed attributes"));
    const auto* contentType =
        singleAttribute<ASN1_OBJECT>(signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT);
    if (!contentType || OBJ_obj2nid(contentType) != NID_pkcs7_data)
        return invalid(QStringLiteral("the contentType attribute is missing or not id-data"));
    const auto* messageDigest = singleAttribute<ASN1_OCTET_STRING>(
        signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING);
    if (!messageDigest)
        return invalid(QStringLiteral("the messageDigest attribute is missing"));
    const QByteArray signedDigest(
        reinterpret_cast<const char*>(ASN1_STRING_get0_data(messageDigest)),
        ASN1_STRING_length(messageDigest));
    if (signedDigest != documentDigest)
        return invalid(QStringLiteral("the document was changed after signing "
                                      "(messageDigest differs from the /ByteRange bytes)"));
    // PAdES takes the claimed time from /M only (ETSI EN 319 142-1, 5.4.3).
    if (CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1) >= 0)
        return invalid(QStringLiteral("the CMS has a signingTime attribute (not PAdES)"));
    if (!signingCertificateV2Matches(signerInfo, signer))
        return invalid(QStringLiteral(
            "signing-certificate-v2 is missing or does not name the signer's certificate"));

    CMS_SignerInfo_set1_signer_cert(signerInfo, signer);
    const int verified = CMS_SignerInfo_verify(signerInfo);
    ERR_clear_error();
    if (verified != 1)
        return invalid(QStringLiteral("the signature value does not verify with the "
                                      "certificate's public key"));
    return found;
}

} // namespace guichet::forms::pdf
