// The ISO 7816-4 transport between the reader and a card: command chaining (CLA bit
// 0x10) on the way in, and answers longer than Le split with 61xx + GET RESPONSE on
// the way out.
#pragma once

#include "Card.h"

#include <optional>

namespace vcard {

class IsoChannel
{
public:
    explicit IsoChannel(Card& card) : card_(card) {}

    struct Outcome
    {
        Bytes reply; // data + SW1 SW2
        bool removeCard = false;
    };

    [[nodiscard]] Outcome transmit(std::span<const std::uint8_t> apdu);
    // Forgets a half-received chain and an unread answer (reset, new insertion).
    void reset();

private:
    struct Pending
    {
        Bytes data;
        std::uint16_t sw = sw::ok;
    };

    Bytes nextPiece(std::size_t ne, bool extended);

    Card& card_;
    std::optional<Command> chain_;
    std::optional<Pending> pending_;
};

} // namespace vcard
