// Byte strings and hexadecimal helpers shared by the virtual card's files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vcard {

using Bytes = std::vector<std::uint8_t>;

// Accepts upper or lower case digits; spaces and colons between bytes are ignored.
[[nodiscard]] std::optional<Bytes> fromHex(std::string_view text);
[[nodiscard]] std::string toHex(const Bytes& bytes);

inline void append(Bytes& to, const Bytes& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace vcard
