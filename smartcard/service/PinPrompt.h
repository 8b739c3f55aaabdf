#pragma once

#include "SecretBuffer.h"

#include <QString>

#include <optional>

namespace guichet {

// Everything the person needs to see before typing a PIN.
struct PinRequest
{
    enum class Purpose
    {
        Sign,
        Authenticate,
        CurrentPin,
        NewPin,
        // The unblocking code (PUK) to unblock a blocked PIN; a NewPin request follows.
        Puk
    };
    Purpose purpose = Purpose::Sign;
    QString tokenLabel;
    QString holderName;
    int minLength = 4;
    int maxLength = 12;
    bool digitsOnly = true;
    int triesLeft = -1; // -1: the card does not tell
    int maxTries = 0;   // 0: unknown
    bool afterWrongPin = false;
};

// How the card layer asks for a PIN without knowing any screen: the ui room
// implements it with a dialog. Called on the card thread; implementations show
// their dialog on the GUI thread and wait for it.
class PinPrompt
{
public:
    virtual ~PinPrompt() = default;
    // The PIN typed, or nothing when the person cancelled.
    [[nodiscard]] virtual std::optional<SecretBuffer> askPin(const PinRequest& request) = 0;
    // The reader's keypad takes the PIN: show "enter your PIN on the reader" until finished.
    virtual void pinPadStarted(const PinRequest& request) = 0;
    virtual void pinPadFinished() = 0;
};

} // namespace guichet
