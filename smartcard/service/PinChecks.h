#pragma once

#include "PinPrompt.h"
#include "Result.h"
#include "TokenTypes.h"

namespace guichet {

// The request shown to the person for a token in its current state.
[[nodiscard]] PinRequest pinRequestFor(const TokenStatus& token, PinRequest::Purpose purpose);

// Refuses a PIN the card would refuse anyway (length, digits), so no try is wasted.
[[nodiscard]] Status checkPinFormat(const SecretBuffer& pin, const PinRequest& request);

} // namespace guichet
