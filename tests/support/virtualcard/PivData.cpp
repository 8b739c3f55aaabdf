#include "PivData.h"

#include "Tlv.h"

#include <openssl/evp.h>

#include <filesystem>

namespace vcard {

namespace {

constexpr std::uint32_t tagDiscovery = 0x7E;
constexpr std::uint32_t tagCcc = 0x5FC107;
constexpr std::uint32_t tagChuid = 0x5FC102;
constexpr std::uint32_t tagKeyHistory = 0x5FC10C;

// Data objects other than the discovery object travel inside tag 53; without it
// OpenSC silently ignores them.
Bytes container(const Bytes& body)
{
    return tlv(0x53, body);
}

Bytes ascii(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

Bytes concat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const Bytes& part : parts)
        append(out, part);
    return out;
}

Bytes certificateObject(const Bytes& der)
{
    // 71 CertInfo 00 = uncompressed; FE error detection code, empty.
    return container(concat({tlv(0x70, der), tlv(0x71, {0x00}), tlv(0xFE, {})}));
}

Bytes chuid(const Bytes& guid)
{
    // A syntactically valid test FASC-N (agency 9999), as used by NIST test cards.
    const Bytes fascn = *fromHex("D4E739DA739CED39CE739D836858210842108421C84210C3EB");
    return container(concat({tlv(0x30, fascn), tlv(0x34, guid), tlv(0x35, ascii("20351231")),
                             tlv(0x3E, {}), tlv(0xFE, {})}));
}

Bytes cardCapabilityContainer(const Bytes& guid)
{
    Bytes cardId = *fromHex("A000000116DB00");
    cardId.insert(cardId.end(), guid.begin(), guid.begin() + 14);
    return container(
        concat({tlv(0xF0, cardId), tlv(0xF1, {0x21}), tlv(0xF2, {0x21}), tlv(0xF3, {}),
                tlv(0xF4, {0x00}), tlv(0xF5, {0x10}), tlv(0xF6, {}), tlv(0xF7, {}), tlv(0xFA, {}),
                tlv(0xFB, {}), tlv(0xFC, {}), tlv(0xFD, {}), tlv(0xFE, {})}));
}

} // namespace

std::optional<PivKeys> loadPivKeys(const std::string& pkiDir, std::string& error)
{
    namespace fs = std::filesystem;
    PivKeys keys;
    for (const PivSlot& slot : pivSlots) {
        const fs::path keyPath = fs::path(pkiDir) / (std::string(slot.pkiName) + ".key.pem");
        const fs::path certPath = fs::path(pkiDir) / (std::string(slot.pkiName) + ".cert.der");
        if (!fs::exists(keyPath) && !fs::exists(certPath))
            continue;
        std::optional<PivKey> key = PivKey::load(keyPath.string(), certPath.string(), error);
        if (!key)
            return std::nullopt;
        keys.emplace(slot.reference, std::move(*key));
    }
    if (keys.empty()) {
        error = "no piv-auth, piv-sign or piv-ec key and certificate in " + pkiDir;
        return std::nullopt;
    }
    return keys;
}

Bytes pivAid()
{
    return *fromHex("A0000003080000100001 00");
}

Bytes defaultPivAtr()
{
    // TS 3B, T0 8B (TD1 follows, 11 historical bytes), TD1 80 (TD2 follows, T=0),
    // TD2 01 (T=1), historical bytes, TCK = XOR of T0 .. last historical byte.
    Bytes atr = *fromHex("3B 8B 80 01 80 F9 A0 00 00 03 08 00 00 10 00");
    std::uint8_t check = 0;
    for (std::size_t i = 1; i < atr.size(); ++i)
        check ^= atr[i];
    atr.push_back(check);
    return atr;
}

Bytes defaultGuid(const PivKeys& keys)
{
    Bytes all;
    for (const auto& [reference, key] : keys)
        append(all, key.certificate());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(all.data(), all.size(), digest, &length, EVP_sha256(), nullptr);
    return Bytes(digest, digest + 16);
}

Bytes pivPropertyTemplate()
{
    const Bytes authority = tlv(0x79, tlv(0x4F, *fromHex("A000000308")));
    const Bytes algorithms = concat({tlv(0x80, {0x07}), tlv(0x80, {0x11}), tlv(0x06, {0x00})});
    return tlv(0x61, concat({tlv(0x4F, *fromHex("0000100001 00")), authority,
                             tlv(0x50, ascii("Guichet Virtual PIV")), tlv(0xAC, algorithms)}));
}

std::map<std::uint32_t, Bytes> pivDataObjects(const PivKeys& keys, const Bytes& guid)
{
    std::map<std::uint32_t, Bytes> objects;
    // Discovery: the PIV AID and a PIN usage policy of "PIV application PIN only".
    objects[tagDiscovery] = tlv(0x7E, concat({tlv(0x4F, pivAid()), tlv(0x5F2F, {0x40, 0x00})}));
    objects[tagCcc] = cardCapabilityContainer(guid);
    objects[tagChuid] = chuid(guid);
    // Key history: no retired keys on or off the card.
    objects[tagKeyHistory] =
        container(concat({tlv(0xC1, {0x00}), tlv(0xC2, {0x00}), tlv(0xFE, {})}));
    for (const PivSlot& slot : pivSlots) {
        const auto key = keys.find(slot.reference);
        if (key != keys.end())
            objects[slot.containerTag] = certificateObject(key->second.certificate());
    }
    return objects;
}

} // namespace vcard
