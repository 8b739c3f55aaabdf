// ISO 7816-4 command and response APDUs (short and extended length).
#pragma once

#include "Bytes.h"

#include <optional>
#include <span>

namespace vcard {

namespace sw {
inline constexpr std::uint16_t ok = 0x9000;
inline constexpr std::uint16_t wrongLength = 0x6700;
inline constexpr std::uint16_t securityNotSatisfied = 0x6982;
inline constexpr std::uint16_t pinBlocked = 0x6983;
inline constexpr std::uint16_t conditionsNotSatisfied = 0x6985;
inline constexpr std::uint16_t wrongData = 0x6A80;
inline constexpr std::uint16_t notFound = 0x6A82;
inline constexpr std::uint16_t wrongP1P2 = 0x6A86;
inline constexpr std::uint16_t referenceNotFound = 0x6A88;
inline constexpr std::uint16_t insNotSupported = 0x6D00;
inline constexpr std::uint16_t claNotSupported = 0x6E00;
} // namespace sw

struct Command
{
    std::uint8_t cla = 0;
    std::uint8_t ins = 0;
    std::uint8_t p1 = 0;
    std::uint8_t p2 = 0;
    Bytes data;
    // Ne: how many response bytes the reader accepts (256 for a short Le of 00, 0 when
    // there is no Le field at all).
    std::size_t ne = 0;
    bool extended = false;

    [[nodiscard]] bool chained() const { return (cla & 0x10) != 0; }
};

struct Response
{
    Bytes data;
    std::uint16_t sw = sw::ok;
    // Set by a card that wants to be pulled out of the reader instead of answering.
    bool removeCard = false;

    static Response status(std::uint16_t code) { return Response{{}, code, false}; }
};

[[nodiscard]] std::optional<Command> parseCommand(std::span<const std::uint8_t> apdu);
[[nodiscard]] Bytes encodeResponse(const Bytes& data, std::uint16_t status);

} // namespace vcard
