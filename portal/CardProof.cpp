#include "CardProof.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace guichet {

bool signatureMatchesCertificate(const QByteArray& certificateDer, SignatureAlgorithm algorithm,
                                 const QByteArray& sha256Digest, const QByteArray& signature)
{
    if (sha256Digest.size() != 32 || signature.isEmpty())
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        d2i_X509(nullptr, &p, long(certificateDer.size())), X509_free);
    if (!certificate)
        return false;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new(X509_get0_pubkey(certificate.get()), nullptr), EVP_PKEY_CTX_free);
    if (!context || EVP_PKEY_verify_init(context.get()) != 1)
        return false;
    if (algorithm != SignatureAlgorithm::Ecdsa) {
        const bool pss = algorithm == SignatureAlgorithm::RsaPss;
        if (EVP_PKEY_CTX_set_rsa_padding(context.get(),
                                         pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING) != 1 ||
            EVP_PKEY_CTX_set_signature_md(context.get(), EVP_sha256()) != 1)
            return false;
        if (pss && EVP_PKEY_CTX_set_rsa_pss_saltlen(context.get(), RSA_PSS_SALTLEN_AUTO) != 1)
            return false;
    }
    return EVP_PKEY_verify(context.get(),
                           reinterpret_cast<const unsigned char*>(signature.constData()),
                           size_t(signature.size()),
                           reinterpret_cast<const unsigned char*>(sha256Digest.constData()),
                           size_t(sha256Digest.size())) == 1;
}

} // namespace guichet
