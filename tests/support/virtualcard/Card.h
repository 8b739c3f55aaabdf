// What every personality of the virtual card implements. The ISO transport (command
// chaining, GET RESPONSE) is handled once in IsoChannel, so a card sees whole commands
// and returns whole answers.
#pragma once

#include "Apdu.h"

#include <functional>
#include <string>

namespace vcard {

// Receives the lines the card prints for tests to synchronise on ("signed", ...).
using EventSink = std::function<void(const std::string&)>;

class Card
{
public:
    virtual ~Card() = default;

    [[nodiscard]] virtual Bytes atr() const = 0;
    // Power on, power off, warm reset or a new insertion: volatile state is lost
    // (a verified PIN), persistent state is kept (the retry counter).
    virtual void reset() = 0;
    [[nodiscard]] virtual Response process(const Command& command) = 0;
    // A command line from stdin that only this personality knows; false if unknown.
    virtual bool control(const std::string& command)
    {
        (void)command;
        return false;
    }
};

} // namespace vcard
