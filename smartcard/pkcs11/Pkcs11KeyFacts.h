#pragma once

#include "Pkcs11Types.h"

#include <QByteArray>

#include <optional>

namespace guichet::pkcs11 {

struct PublicKeyFacts
{
    KeyType keyType = KeyType::Rsa;
    int bits = 0;
};

// Key type and size of an X.509 certificate's public key; nullopt when the DER is
// unreadable or the key is neither RSA nor EC.
[[nodiscard]] std::optional<PublicKeyFacts> certificatePublicKey(const QByteArray& certificateDer);

// True when the certificate says it is a CA (basicConstraints cA), as the CA
// certificates stored on many eID cards do.
[[nodiscard]] bool isCaCertificate(const QByteArray& certificateDer);

// Field size in bits of the curve named (or given) by CKA_EC_PARAMS.
[[nodiscard]] std::optional<int> ecCurveBits(const QByteArray& ecParams);

// Bit length of a big-endian unsigned integer (CKA_MODULUS).
[[nodiscard]] int bigEndianBitLength(const QByteArray& value);

} // namespace guichet::pkcs11
