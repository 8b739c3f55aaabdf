// The PIV applet (NIST SP 800-73-4) as the real OpenSC 0.23 PIV driver uses it:
// SELECT, GET DATA, VERIFY, CHANGE REFERENCE DATA and GENERAL AUTHENTICATE.
#pragma once

#include "Card.h"
#include "PivData.h"

namespace vcard {

struct PivSettings
{
    std::string pin = "123456";
    int maxTries = 3;
    bool removeOnSign = false;
    Bytes atr;  // empty: defaultPivAtr()
    Bytes guid; // empty: defaultGuid()
};

class PivApplet final : public Card
{
public:
    PivApplet(PivKeys keys, PivSettings settings, EventSink events);

    [[nodiscard]] Bytes atr() const override { return atr_; }
    void reset() override;
    [[nodiscard]] Response process(const Command& command) override;
    bool control(const std::string& command) override;

private:
    Response select(const Command& command) const;
    Response getData(const Command& command) const;
    Response verify(const Command& command);
    Response changeReferenceData(const Command& command);
    Response generalAuthenticate(const Command& command);
    Response wrongPin();
    [[nodiscard]] Bytes paddedPin() const;

    PivKeys keys_;
    std::map<std::uint32_t, Bytes> objects_;
    Bytes atr_;
    EventSink events_;
    std::string pin_;
    int maxTries_;
    int triesLeft_;
    bool removeOnSign_;
    bool verified_ = false;
    // 9C is "PIN always": each signature needs a VERIFY of its own just before it.
    bool verifiedForNextSignature_ = false;
};

} // namespace vcard
