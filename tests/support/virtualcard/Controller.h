// The card's life: in or out of the reader (connected to vpcd or not), commands from
// stdin, status lines on stdout. Single-threaded around poll().
#pragma once

#include "Card.h"
#include "IsoChannel.h"
#include "VpcdLink.h"

#include <chrono>
#include <string>

namespace vcard {

// Prints one status line on stdout at once (tests wait for these lines).
void announce(const std::string& line);

class Controller
{
public:
    Controller(Card& card, std::uint16_t port, bool inserted);

    // Returns the exit status: 0 after "quit" or the end of stdin.
    int run();

private:
    using Clock = std::chrono::steady_clock;

    void tryToConnect();
    void readStdin();
    void handleLine(const std::string& line);
    void readReader();
    void handleMessage(const Bytes& message);
    void leaveReader();

    Card& card_;
    IsoChannel channel_;
    VpcdLink link_;
    std::uint16_t port_;
    bool wantInserted_;
    // "inserted" is announced once pcscd has talked to the card on this connection,
    // i.e. once pcscd has accepted it, not merely when the TCP connect succeeded.
    bool announcedInserted_ = false;
    bool quit_ = false;
    std::string stdinBuffer_;
    Clock::time_point nextAttempt_ = Clock::now();
};

} // namespace vcard
