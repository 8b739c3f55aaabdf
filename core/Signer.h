#pragma once

#include "Result.h"

#include <QByteArray>

namespace guichet {

enum class DigestAlgorithm
{
    Sha256,
    Sha384,
    Sha512
};
enum class SignatureAlgorithm
{
    RsaPkcs1v15,
    RsaPss,
    Ecdsa
};

// Signs with one chosen certificate's private key (on a card, a token or the
// simulated token). Rooms that need a signature (login, forms) know only this
// interface; asking the person for a PIN is the implementation's business.
class Signer
{
public:
    virtual ~Signer() = default;

    // DER of the certificate whose key signs.
    [[nodiscard]] virtual QByteArray certificate() const = 0;
    [[nodiscard]] virtual SignatureAlgorithm algorithm() const = 0;
    // Signs a digest made with `digest`; ECDSA signatures are DER SEQUENCE{r,s}.
    // Blocks until the card has answered: never call it on the GUI thread.
    [[nodiscard]] virtual Result<QByteArray> signDigest(const QByteArray& digestValue,
                                                        DigestAlgorithm digest) = 0;
};

// Length in bytes of a digest, to refuse a wrong one before it reaches a card.
[[nodiscard]] constexpr int digestLength(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return 32;
    case DigestAlgorithm::Sha384:
        return 48;
    case DigestAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

} // namespace guichet
