#pragma once

#include "PinPrompt.h"
#include "Result.h"
#include "Signer.h"
#include "TokenTypes.h"

namespace guichet {

// A source of tokens: PKCS#11 modules for real cards, or the simulated token.
// All calls run on the card thread.
class TokenBackend
{
public:
    virtual ~TokenBackend() = default;

    [[nodiscard]] virtual QList<TokenStatus> tokens() = 0;
    // Signs after asking prompt for the PIN (or the reader's keypad for it).
    [[nodiscard]] virtual Result<QByteArray>
    sign(const QString& tokenId, const QByteArray& keyId, SignatureAlgorithm algorithm,
         DigestAlgorithm digest, const QByteArray& digestValue, PinPrompt& prompt) = 0;
    [[nodiscard]] virtual Status changePin(const QString& tokenId, PinPrompt& prompt) = 0;
    // Unblocks a blocked PIN: asks prompt for the PUK (Purpose::Puk), then the new PIN
    // (Purpose::NewPin, typed twice in the dialog), and sets it; the tries come back.
    [[nodiscard]] virtual Status unblockPin(const QString& tokenId, PinPrompt& prompt) = 0;
};

} // namespace guichet
