#pragma once

#include "Pkcs11Types.h"
#include "Result.h"
#include "SecretBuffer.h"

namespace guichet::pkcs11 {

// An empty PIN on a token with a protected authentication path means "use the PIN pad".
[[nodiscard]] bool usesPinPad(const TokenInfo& token, const SecretBuffer& pin);

// Checks made before a PIN reaches the token, so that no try is spent on a PIN the
// token would refuse anyway: PinBlocked when the token says the PIN is locked,
// PinFormatInvalid for a missing PIN or a length outside the token's limits.
[[nodiscard]] Status checkPinBeforeLogin(const TokenInfo& token, const SecretBuffer& pin);

// NewPinRejected for a new PIN the token's limits rule out.
[[nodiscard]] Status checkNewPin(const TokenInfo& token, const SecretBuffer& newPin);

} // namespace guichet::pkcs11
