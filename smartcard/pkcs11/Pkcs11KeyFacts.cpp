#include "Pkcs11KeyFacts.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace guichet::pkcs11 {

namespace {

struct X509Free
{
    void operator()(X509* certificate) const { X509_free(certificate); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parseCertificate(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

} // namespace

std::optional<PublicKeyFacts> certificatePublicKey(const QByteArray& certificateDer)
{
    const X509Ptr certificate = parseCertificate(certificateDer);
    if (!certificate)
        return std::nullopt;
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    if (!key)
        return std::nullopt;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return PublicKeyFacts{KeyType::Rsa, EVP_PKEY_get_bits(key)};
    case EVP_PKEY_EC:
        return PublicKeyFacts{KeyType::Ec, EVP_PKEY_get_bits(key)};
    default:
        return std::nullopt;
    }
}

bool isCaCertificate(const QByteArray& certificateDer)
{
    const X509Ptr certificate = parseCertificate(certificateDer);
    return certificate && (X509_get_extension_flags(certificate.get()) & EXFLAG_CA);
}

std::optional<int> ecCurveBits(const QByteArray& ecParams)
{
    const auto* data = reinterpret_cast<const unsigned char*>(ecParams.constData());
    EC_GROUP* group = d2i_ECPKParameters(nullptr, &data, long(ecParams.size()));
    if (!group)
        return std::nullopt;
    const int bits = EC_GROUP_get_degree(group);
    EC_GROUP_free(group);
    return bits > 0 ? std::optional<int>(bits) : std::nullopt;
}

int bigEndianBitLength(const QByteArray& value)
{
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == 0)
        ++first;
    if (first == value.size())
        return 0;
    int topBits = 0;
    for (auto top = static_cast<unsigned char>(value.at(first)); top != 0; top >>= 1)
        ++topBits;
    return int(value.size() - first - 1) * 8 + topBits;
}

} // namespace guichet::pkcs11
