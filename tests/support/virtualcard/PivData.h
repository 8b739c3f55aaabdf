// What a PIV card holds: the key slots and certificates taken from the test PKI, and
// the data objects OpenSC reads (SP 800-73-4 part 1). No behaviour, only content.
#pragma once

#include "Bytes.h"
#include "PivKey.h"

#include <map>
#include <string>

namespace vcard {

struct PivSlot
{
    std::uint8_t reference;     // key reference in GENERAL AUTHENTICATE (P2)
    std::uint32_t containerTag; // certificate container read with GET DATA
    const char* pkiName;        // NAME.key.pem / NAME.cert.der in the test PKI
};

// 9A PIV authentication, 9C digital signature, 9D key management.
inline constexpr PivSlot pivSlots[] = {
    {0x9A, 0x5FC105, "piv-auth"},
    {0x9C, 0x5FC10A, "piv-sign"},
    {0x9D, 0x5FC10B, "piv-ec"},
};

using PivKeys = std::map<std::uint8_t, PivKey>;

// The slots whose files exist in `pkiDir`. A file that exists but does not load is an
// error; an absent pair leaves the slot empty.
[[nodiscard]] std::optional<PivKeys> loadPivKeys(const std::string& pkiDir, std::string& error);

// A plain PIV ATR: T=1, historical bytes 80 (compact TLV) F9 + the 9-byte PIV AID.
[[nodiscard]] Bytes defaultPivAtr();
// The full PIV AID A0 00 00 03 08 00 00 10 00 01 00.
[[nodiscard]] Bytes pivAid();
// Card GUID for the CHUID, derived from the certificates so it is stable per PKI.
[[nodiscard]] Bytes defaultGuid(const PivKeys& keys);

// Answer to SELECT of the PIV AID: the application property template.
[[nodiscard]] Bytes pivPropertyTemplate();
// Every readable data object by tag (0x7E discovery, 0x5FC1xx), encoded as returned
// by GET DATA.
[[nodiscard]] std::map<std::uint32_t, Bytes> pivDataObjects(const PivKeys& keys, const Bytes& guid);

} // namespace vcard
