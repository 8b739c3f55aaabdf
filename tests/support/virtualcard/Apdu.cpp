#include "Apdu.h"

namespace vcard {

namespace {

Bytes slice(std::span<const std::uint8_t> from, std::size_t offset, std::size_t count)
{
    const auto first = from.begin() + static_cast<std::ptrdiff_t>(offset);
    return Bytes(first, first + static_cast<std::ptrdiff_t>(count));
}

std::size_t extendedNe(std::uint8_t high, std::uint8_t low)
{
    const std::size_t value = (std::size_t{high} << 8) | low;
    return value == 0 ? 65536 : value;
}

} // namespace

// The four cases of ISO 7816-3 12.1, short and extended.
std::optional<Command> parseCommand(std::span<const std::uint8_t> apdu)
{
    if (apdu.size() < 4)
        return std::nullopt;
    Command cmd{apdu[0], apdu[1], apdu[2], apdu[3], {}, 0, false};
    const std::size_t body = apdu.size() - 4;
    if (body == 0)
        return cmd; // case 1
    const std::uint8_t b0 = apdu[4];
    if (body == 1) { // case 2 short
        cmd.ne = b0 == 0 ? 256 : b0;
        return cmd;
    }
    if (b0 != 0 || body < 3) { // short case 3 or 4
        const std::size_t lc = b0;
        if (lc == 0)
            return std::nullopt;
        if (body == 1 + lc) {
            cmd.data = slice(apdu, 5, lc);
            return cmd;
        }
        if (body == 2 + lc) {
            cmd.data = slice(apdu, 5, lc);
            const std::uint8_t le = apdu[5 + lc];
            cmd.ne = le == 0 ? 256 : le;
            return cmd;
        }
        return std::nullopt;
    }
    cmd.extended = true;
    if (body == 3) { // case 2 extended
        cmd.ne = extendedNe(apdu[5], apdu[6]);
        return cmd;
    }
    const std::size_t lc = (std::size_t{apdu[5]} << 8) | apdu[6];
    if (lc == 0)
        return std::nullopt;
    if (body == 3 + lc) {
        cmd.data = slice(apdu, 7, lc);
        return cmd;
    }
    if (body == 5 + lc) {
        cmd.data = slice(apdu, 7, lc);
        cmd.ne = extendedNe(apdu[7 + lc], apdu[8 + lc]);
        return cmd;
    }
    return std::nullopt;
}

Bytes encodeResponse(const Bytes& data, std::uint16_t status)
{
    Bytes out = data;
    out.push_back(static_cast<std::uint8_t>(status >> 8));
    out.push_back(static_cast<std::uint8_t>(status));
    return out;
}

} // namespace vcard
