#pragma once

#include "CardProfile.h"

#include <QByteArray>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace guichet {

// ISO/IEC 7816-3: TS and T0 at least, at most 33 bytes in all.
inline constexpr std::size_t MinAtrLength = 2;
inline constexpr std::size_t MaxAtrLength = 33;

// An ATR pattern with its mask. An ATR matches when it has the same length and
// (atr & mask) == pattern, so the bytes under a 00 mask may take any value.
struct AtrPattern
{
    std::array<std::uint8_t, MaxAtrLength> pattern{};
    std::array<std::uint8_t, MaxAtrLength> mask{};
    std::size_t length = 0;

    [[nodiscard]] bool matches(const QByteArray& atr) const;
    [[nodiscard]] QByteArray patternBytes() const;
};

struct AtrRule
{
    AtrPattern atr;
    ProfileId profile;
};

struct ReaderNameRule
{
    std::string_view nameContains; // compared without regard to case
    ProfileId profile;
};

namespace detail {

// Errors in the table stop the build: a throw cannot be evaluated at compile time.
consteval std::uint8_t hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return static_cast<std::uint8_t>(c - '0');
    if (c >= 'A' && c <= 'F')
        return static_cast<std::uint8_t>(c - 'A' + 10);
    if (c >= 'a' && c <= 'f')
        return static_cast<std::uint8_t>(c - 'a' + 10);
    throw "ATR table: not a hex digit";
}

// Reads "3B 8F 80 01 ..." (two hex digits per byte, spaces between bytes).
consteval std::size_t parseHexBytes(std::string_view text,
                                    std::array<std::uint8_t, MaxAtrLength>& bytes)
{
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        if (i + 1 >= text.size() || count == MaxAtrLength)
            throw "ATR table: odd digit count or ATR longer than 33 bytes";
        bytes[count++] = static_cast<std::uint8_t>(hexValue(text[i]) << 4 | hexValue(text[i + 1]));
        i += 2;
    }
    return count;
}

} // namespace detail

// A pattern and mask of equal length, checked at compile time; the pattern may not
// set a bit its mask ignores (that would be a typo: the byte could never match).
consteval AtrPattern maskedAtr(std::string_view pattern, std::string_view mask)
{
    AtrPattern atr;
    atr.length = detail::parseHexBytes(pattern, atr.pattern);
    if (detail::parseHexBytes(mask, atr.mask) != atr.length)
        throw "ATR table: pattern and mask differ in length";
    if (atr.length < MinAtrLength)
        throw "ATR table: ATR too short";
    for (std::size_t i = 0; i < atr.length; ++i) {
        if ((atr.pattern[i] & ~atr.mask[i]) != 0)
            throw "ATR table: pattern sets bits outside its mask";
    }
    return atr;
}

consteval AtrPattern exactAtr(std::string_view pattern)
{
    AtrPattern atr;
    atr.length = detail::parseHexBytes(pattern, atr.pattern);
    if (atr.length < MinAtrLength)
        throw "ATR table: ATR too short";
    for (std::size_t i = 0; i < atr.length; ++i)
        atr.mask[i] = 0xFF;
    return atr;
}

// Cards recognised by their ATR, tried in order (exact ATRs before masks).
[[nodiscard]] std::span<const AtrRule> atrRules();
// ATRs that public tables give to another issuer's card although one of our masks
// would match them: recognised as "not ours" before the masks are tried.
[[nodiscard]] std::span<const AtrPattern> foreignCardAtrs();
// Devices recognised by their reader, whatever the chip inside answers.
[[nodiscard]] std::span<const ReaderNameRule> readerNameRules();

} // namespace guichet
