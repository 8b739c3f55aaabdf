// BER-TLV as used by PIV data objects and GENERAL AUTHENTICATE templates.
#pragma once

#include "Bytes.h"

#include <optional>
#include <span>

namespace vcard {

// `tag` is written big-endian without leading zero bytes: 0x53, 0x5FC107, 0x7F61.
[[nodiscard]] Bytes tlv(std::uint32_t tag, const Bytes& value);

// The value of the first top-level element with `tag`, or nothing when absent or
// when the encoding is broken.
[[nodiscard]] std::optional<Bytes> findTlv(std::span<const std::uint8_t> data, std::uint32_t tag);

} // namespace vcard
