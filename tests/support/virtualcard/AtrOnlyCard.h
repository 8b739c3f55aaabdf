// A card that only has an ATR: it answers every command "not supported". Used to test
// how the app treats cards it does not know (any ATR given with --atr).
#pragma once

#include "Card.h"

namespace vcard {

class AtrOnlyCard final : public Card
{
public:
    explicit AtrOnlyCard(Bytes atr) : atr_(std::move(atr)) {}

    [[nodiscard]] Bytes atr() const override { return atr_; }
    void reset() override {}
    [[nodiscard]] Response process(const Command& command) override;

    // T=1, historical bytes "Guichet-ATR" (proprietary, first byte not 00/10/80).
    [[nodiscard]] static Bytes defaultAtr();

private:
    Bytes atr_;
};

} // namespace vcard
