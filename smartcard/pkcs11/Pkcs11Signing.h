#pragma once

#include "Pkcs11Types.h"
#include "Result.h"

#include <QByteArray>

#include <p11-kit/pkcs11.h>

namespace guichet::pkcs11 {

[[nodiscard]] int digestLength(HashAlgorithm hash);
[[nodiscard]] QString hashName(HashAlgorithm hash);
[[nodiscard]] QString schemeName(SignatureScheme scheme);

// DigestInvalid unless the digest has the hash's size.
[[nodiscard]] Status checkDigest(HashAlgorithm hash, const QByteArray& digest);

// DER DigestInfo { AlgorithmIdentifier { hash OID, NULL }, OCTET STRING digest }
// (RFC 8017 §9.2), the input of CKM_RSA_PKCS for a PKCS#1 v1.5 signature.
[[nodiscard]] QByteArray digestInfo(HashAlgorithm hash, const QByteArray& digest);

// The PKCS#11 mechanism, its parameters and the C_Sign input for a scheme.
class SignMechanism
{
public:
    // MechanismNotSupported when the scheme does not fit the key type.
    [[nodiscard]] static Result<SignMechanism> make(SignatureScheme scheme, HashAlgorithm hash,
                                                    KeyType keyType);

    [[nodiscard]] CK_MECHANISM_TYPE type() const { return m_type; }
    // Points into this object: use it while this object lives and is not moved.
    [[nodiscard]] CK_MECHANISM mechanism();
    // What C_Sign signs: the DigestInfo for PKCS#1 v1.5, the bare digest otherwise.
    [[nodiscard]] QByteArray input(const QByteArray& digest) const;

private:
    SignatureScheme m_scheme = SignatureScheme::RsaPkcs1v15;
    HashAlgorithm m_hash = HashAlgorithm::Sha256;
    CK_MECHANISM_TYPE m_type = CKM_RSA_PKCS;
    CK_RSA_PKCS_PSS_PARAMS m_pss{};
};

} // namespace guichet::pkcs11
