#include "EcdsaEncoding.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace guichet {

QByteArray ecdsaDerToRaw(const QByteArray& der, const QByteArray& certificateDer)
{
    const auto* c = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &c, long(certificateDer.size())), X509_free);
    if (!cert)
        return {};
    const int fieldBytes = (EVP_PKEY_get_bits(X509_get0_pubkey(cert.get())) + 7) / 8;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(
        d2i_ECDSA_SIG(nullptr, &p, long(der.size())), ECDSA_SIG_free);
    if (!sig || fieldBytes <= 0 || fieldBytes > 66)
        return {};
    QByteArray raw(2 * fieldBytes, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + fieldBytes, fieldBytes) != fieldBytes)
        return {};
    return raw;
}

} // namespace guichet
