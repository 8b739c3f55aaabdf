#include "IsoChannel.h"

#include <algorithm>

namespace vcard {

namespace {

constexpr std::uint8_t insGetResponse = 0xC0;

bool sameCommand(const Command& a, const Command& b)
{
    return a.ins == b.ins && a.p1 == b.p1 && a.p2 == b.p2 && (a.cla & 0xEF) == (b.cla & 0xEF);
}

} // namespace

void IsoChannel::reset()
{
    chain_.reset();
    pending_.reset();
}

// Returns at most Ne bytes of the pending answer (256 for a short APDU) followed by
// 61xx while bytes remain, or by the card's own status word at the end.
Bytes IsoChannel::nextPiece(std::size_t ne, bool extended)
{
    const std::size_t limit = extended ? ne : std::min<std::size_t>(ne, 256);
    Pending& pending = *pending_;
    const std::size_t count = std::min(limit, pending.data.size());
    Bytes piece(pending.data.begin(), pending.data.begin() + static_cast<std::ptrdiff_t>(count));
    pending.data.erase(pending.data.begin(),
                       pending.data.begin() + static_cast<std::ptrdiff_t>(count));
    if (pending.data.empty()) {
        const std::uint16_t status = pending.sw;
        pending_.reset();
        return encodeResponse(piece, status);
    }
    const std::size_t left = pending.data.size();
    return encodeResponse(piece, static_cast<std::uint16_t>(0x6100 | (left > 0xFF ? 0 : left)));
}

IsoChannel::Outcome IsoChannel::transmit(std::span<const std::uint8_t> apdu)
{
    std::optional<Command> parsed = parseCommand(apdu);
    if (!parsed) {
        reset();
        return {encodeResponse({}, sw::wrongLength), false};
    }
    Command cmd = std::move(*parsed);

    if (cmd.ins == insGetResponse && !cmd.chained()) {
        if (!pending_)
            return {encodeResponse({}, sw::conditionsNotSatisfied), false};
        return {nextPiece(cmd.ne == 0 ? 256 : cmd.ne, cmd.extended), false};
    }
    pending_.reset();

    // Another command in the middle of a chain abandons the chain (as on real cards)
    // and is served normally.
    if (chain_ && !sameCommand(*chain_, cmd))
        chain_.reset();
    if (cmd.chained()) {
        if (!chain_) {
            chain_ = cmd;
        } else {
            append(chain_->data, cmd.data);
        }
        return {encodeResponse({}, sw::ok), false};
    }
    if (chain_) {
        Bytes whole = std::move(chain_->data);
        append(whole, cmd.data);
        cmd.data = std::move(whole);
        chain_.reset();
    }

    Response response = card_.process(cmd);
    if (response.removeCard)
        return {{}, true};
    pending_ = Pending{std::move(response.data), response.sw};
    // A command without Le still learns through 61xx that an answer is waiting.
    return {nextPiece(cmd.ne, cmd.extended), false};
}

} // namespace vcard
