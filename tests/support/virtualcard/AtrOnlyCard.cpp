#include "AtrOnlyCard.h"

#include <string_view>

namespace vcard {

Response AtrOnlyCard::process(const Command& command)
{
    constexpr std::uint8_t insSelect = 0xA4;
    // Like an unknown card: no file or applet is found, no other command is known.
    if (command.ins == insSelect)
        return Response::status(sw::notFound);
    return Response::status(sw::insNotSupported);
}

Bytes AtrOnlyCard::defaultAtr()
{
    constexpr std::string_view historical = "Guichet-ATR";
    Bytes atr{0x3B, static_cast<std::uint8_t>(0x80 | historical.size()), 0x80, 0x01};
    // Byte by byte: GCC 12 at -O2 wrongly flags a range insert here (-Warray-bounds).
    for (const char c : historical)
        atr.push_back(static_cast<std::uint8_t>(c));
    std::uint8_t check = 0;
    for (std::size_t i = 1; i < atr.size(); ++i)
        check ^= atr[i];
    atr.push_back(check);
    return atr;
}

} // namespace vcard
