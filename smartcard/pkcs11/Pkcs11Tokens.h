#pragma once

#include "Pkcs11Types.h"
#include "Result.h"

#include <QList>

#include <p11-kit/pkcs11.h>

#include <cstddef>

namespace guichet::pkcs11 {

// Text of a fixed-size CK_UTF8CHAR field, which is blank-padded and not terminated.
[[nodiscard]] QString paddedText(const unsigned char* field, std::size_t size);
template <std::size_t N>
[[nodiscard]] QString paddedText(const unsigned char (&field)[N])
{
    return paddedText(field, N);
}

[[nodiscard]] QString versionText(const CK_VERSION& version);

// The worst PIN state the token flags tell.
[[nodiscard]] PinState pinStateFromFlags(unsigned long tokenFlags);

// TokenNotFound when the slot is unknown or holds no token.
[[nodiscard]] Result<TokenInfo> readTokenInfo(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId);

// Slots with a token present; a token removed while listing is left out.
[[nodiscard]] Result<QList<TokenInfo>> listTokens(CK_FUNCTION_LIST* functions);

} // namespace guichet::pkcs11
