#include "Tlv.h"

namespace vcard {

Bytes tlv(std::uint32_t tag, const Bytes& value)
{
    Bytes out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto byte = static_cast<std::uint8_t>(tag >> shift);
        if (byte != 0 || started || shift == 0) {
            out.push_back(byte);
            started = true;
        }
    }
    const std::size_t length = value.size();
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
    } else if (length <= 0xFF) {
        out.push_back(0x81);
        out.push_back(static_cast<std::uint8_t>(length));
    } else if (length <= 0xFFFF) {
        out.push_back(0x82);
        out.push_back(static_cast<std::uint8_t>(length >> 8));
        out.push_back(static_cast<std::uint8_t>(length));
    } else {
        out.push_back(0x83);
        out.push_back(static_cast<std::uint8_t>(length >> 16));
        out.push_back(static_cast<std::uint8_t>(length >> 8));
        out.push_back(static_cast<std::uint8_t>(length));
    }
    append(out, value);
    return out;
}

std::optional<Bytes> findTlv(std::span<const std::uint8_t> data, std::uint32_t tag)
{
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::uint32_t current = data[pos++];
        if ((current & 0x1F) == 0x1F) {
            // Multi-byte tag: following bytes continue while bit 8 is set.
            while (pos < data.size()) {
                const std::uint8_t b = data[pos++];
                current = (current << 8) | b;
                if ((b & 0x80) == 0)
                    break;
            }
        }
        if (pos >= data.size())
            return std::nullopt;
        std::size_t length = data[pos++];
        if (length & 0x80) {
            const std::size_t count = length & 0x7F;
            if (count == 0 || count > 3 || pos + count > data.size())
                return std::nullopt;
            length = 0;
            for (std::size_t i = 0; i < count; ++i)
                length = (length << 8) | data[pos++];
        }
        if (pos + length > data.size())
            return std::nullopt;
        if (current == tag)
            return Bytes(data.begin() + static_cast<std::ptrdiff_t>(pos),
                         data.begin() + static_cast<std::ptrdiff_t>(pos + length));
        pos += length;
    }
    return std::nullopt;
}

} // namespace vcard
