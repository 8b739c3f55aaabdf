#include "PivApplet.h"

#include "Tlv.h"

#include <algorithm>

namespace vcard {

namespace {

constexpr std::uint8_t insSelect = 0xA4;
constexpr std::uint8_t insGetData = 0xCB;
constexpr std::uint8_t insVerify = 0x20;
constexpr std::uint8_t insChangeReferenceData = 0x24;
constexpr std::uint8_t insGeneralAuthenticate = 0x87;
constexpr std::uint8_t pivPinReference = 0x80;
constexpr std::uint8_t digitalSignatureKey = 0x9C;
constexpr std::size_t pinBlockSize = 8;

Bytes padPin(const std::string& pin)
{
    Bytes block(pin.begin(), pin.end());
    block.resize(pinBlockSize, 0xFF);
    return block;
}

// A PIN block holds 6 to 8 characters followed by FF padding.
std::optional<std::string> unpadPin(const Bytes& block)
{
    if (block.size() != pinBlockSize)
        return std::nullopt;
    const auto end = std::find(block.begin(), block.end(), 0xFF);
    if (std::any_of(end, block.end(), [](std::uint8_t b) { return b != 0xFF; }))
        return std::nullopt;
    std::string pin(block.begin(), end);
    if (pin.size() < 6)
        return std::nullopt;
    return pin;
}

} // namespace

PivApplet::PivApplet(PivKeys keys, PivSettings settings, EventSink events)
    : keys_(std::move(keys)), atr_(settings.atr.empty() ? defaultPivAtr() : settings.atr),
      events_(std::move(events)), pin_(std::move(settings.pin)), maxTries_(settings.maxTries),
      triesLeft_(settings.maxTries), removeOnSign_(settings.removeOnSign)
{
    objects_ = pivDataObjects(keys_, settings.guid.empty() ? defaultGuid(keys_) : settings.guid);
}

void PivApplet::reset()
{
    verified_ = false;
    verifiedForNextSignature_ = false;
}

bool PivApplet::control(const std::string& command)
{
    if (command == "remove-on-sign") {
        removeOnSign_ = true;
        return true;
    }
    return false;
}

Response PivApplet::process(const Command& command)
{
    if ((command.cla & 0xEF) != 0)
        return Response::status(sw::claNotSupported);
    switch (command.ins) {
    case insSelect:
        return select(command);
    case insGetData:
        return getData(command);
    case insVerify:
        return verify(command);
    case insChangeReferenceData:
        return changeReferenceData(command);
    case insGeneralAuthenticate:
        return generalAuthenticate(command);
    default:
        return Response::status(sw::insNotSupported);
    }
}

// PIV is the only applet and stays selected: OpenSC probes other applets first and
// must get "not found" for them without losing PIV.
Response PivApplet::select(const Command& command) const
{
    const Bytes aid = pivAid();
    const bool isPiv = command.p1 == 0x04 && command.data.size() >= 5 &&
                       command.data.size() <= aid.size() &&
                       std::equal(command.data.begin(), command.data.end(), aid.begin());
    if (!isPiv)
        return Response::status(sw::notFound);
    return Response{pivPropertyTemplate(), sw::ok, false};
}

Response PivApplet::getData(const Command& command) const
{
    if (command.p1 != 0x3F || command.p2 != 0xFF)
        return Response::status(sw::wrongP1P2);
    const std::optional<Bytes> tagBytes = findTlv(command.data, 0x5C);
    if (!tagBytes || tagBytes->empty() || tagBytes->size() > 3)
        return Response::status(sw::wrongData);
    std::uint32_t tag = 0;
    for (const std::uint8_t b : *tagBytes)
        tag = (tag << 8) | b;
    const auto object = objects_.find(tag);
    if (object == objects_.end())
        return Response::status(sw::notFound);
    return Response{object->second, sw::ok, false};
}

Bytes PivApplet::paddedPin() const
{
    return padPin(pin_);
}

Response PivApplet::wrongPin()
{
    verified_ = false;
    verifiedForNextSignature_ = false;
    triesLeft_ = std::max(triesLeft_ - 1, 0);
    if (triesLeft_ == 0) {
        events_("pin-blocked");
        return Response::status(sw::pinBlocked);
    }
    events_("pin-wrong " + std::to_string(triesLeft_));
    return Response::status(static_cast<std::uint16_t>(0x63C0 | triesLeft_));
}

// 00 20 00 80 [8-byte PIN block]: without data it only reports the state;
// 00 20 FF 80 forgets a verified PIN (C_Logout).
Response PivApplet::verify(const Command& command)
{
    if (command.p2 != pivPinReference)
        return Response::status(sw::referenceNotFound);
    if (command.p1 == 0xFF) {
        verified_ = false;
        verifiedForNextSignature_ = false;
        return Response::status(sw::ok);
    }
    if (command.p1 != 0x00)
        return Response::status(sw::wrongP1P2);
    if (command.data.empty()) {
        if (triesLeft_ == 0)
            return Response::status(sw::pinBlocked);
        if (verified_)
            return Response::status(sw::ok);
        return Response::status(static_cast<std::uint16_t>(0x63C0 | triesLeft_));
    }
    if (triesLeft_ == 0) {
        events_("pin-blocked");
        return Response::status(sw::pinBlocked);
    }
    if (command.data.size() != pinBlockSize)
        return Response::status(sw::wrongData);
    if (command.data != paddedPin())
        return wrongPin();
    triesLeft_ = maxTries_;
    verified_ = true;
    verifiedForNextSignature_ = true;
    events_("pin-ok");
    return Response::status(sw::ok);
}

// 00 24 00 80 10 <old PIN block> <new PIN block>
Response PivApplet::changeReferenceData(const Command& command)
{
    if (command.p1 != 0x00 || command.p2 != pivPinReference)
        return Response::status(sw::referenceNotFound);
    if (command.data.size() != 2 * pinBlockSize)
        return Response::status(sw::wrongData);
    if (triesLeft_ == 0) {
        events_("pin-blocked");
        return Response::status(sw::pinBlocked);
    }
    const auto middle = command.data.begin() + pinBlockSize;
    const Bytes oldBlock(command.data.begin(), middle);
    const std::optional<std::string> newPin = unpadPin(Bytes(middle, command.data.end()));
    if (oldBlock != paddedPin())
        return wrongPin();
    if (!newPin)
        return Response::status(sw::wrongData);
    pin_ = *newPin;
    triesLeft_ = maxTries_;
    verified_ = true;
    events_("pin-changed");
    return Response::status(sw::ok);
}

// 00 87 ALG KEY 7C { 82 00  81 <input> } -> 7C { 82 <signature> }
Response PivApplet::generalAuthenticate(const Command& command)
{
    if (removeOnSign_) {
        removeOnSign_ = false;
        return Response{{}, sw::ok, true};
    }
    const auto key = keys_.find(command.p2);
    if (key == keys_.end())
        return Response::status(sw::referenceNotFound);
    if (command.p1 != key->second.algorithm())
        return Response::status(sw::wrongP1P2);
    const bool freshPin = verifiedForNextSignature_;
    verifiedForNextSignature_ = false;
    if (!verified_ || (command.p2 == digitalSignatureKey && !freshPin))
        return Response::status(sw::securityNotSatisfied);

    const std::optional<Bytes> dynamic = findTlv(command.data, 0x7C);
    if (!dynamic)
        return Response::status(sw::wrongData);
    const std::optional<Bytes> request = findTlv(*dynamic, 0x82);
    const std::optional<Bytes> challenge = findTlv(*dynamic, 0x81);
    if (!request || !request->empty() || !challenge)
        return Response::status(sw::wrongData);
    const std::optional<Bytes> signature = key->second.sign(*challenge);
    if (!signature)
        return Response::status(sw::wrongData);
    events_("signed");
    return Response{tlv(0x7C, tlv(0x82, *signature)), sw::ok, false};
}

} // namespace vcard
