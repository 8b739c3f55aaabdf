#pragma once

#include "Apdu.h"
#include "ReaderFeatures.h"
#include "Result.h"

namespace guichet::pcsc {

// How the card wants the PIN in its VERIFY command, for the reader to fill in.
struct PinPadRequest
{
    CommandApdu verify; // header of the VERIFY command; data is built by the reader
    int minLength = 4;
    int maxLength = 8;
    int blockSize = 8;     // bytes the PIN block occupies in the command
    quint8 padding = 0xFF; // filler after the PIN
    bool ascii = true;     // ASCII digits (PIV, most PKCS#15) or BCD
    int timeoutSeconds = 30;
};

// What the card answered after the person typed on the reader's keypad.
struct PinPadOutcome
{
    bool verified = false;
    int triesLeft = -1; // -1 unknown
};

// Builds the PIN_VERIFY_STRUCTURE of PC/SC part 10 for VERIFY_PIN_DIRECT.
[[nodiscard]] QByteArray buildVerifyStructure(const PinPadRequest& request);

// Lets the person enter the PIN on the reader and reports the card's verdict:
// a wrong PIN is an outcome with tries left; timeouts, cancels and blocked PINs are errors.
[[nodiscard]] Result<PinPadOutcome> verifyOnPinPad(const CardConnection& connection,
                                                   const ReaderFeatures& features,
                                                   const PinPadRequest& request);

// Interprets a VERIFY status word (from a PIN pad or a direct VERIFY).
[[nodiscard]] Result<PinPadOutcome> interpretVerifyStatus(quint16 statusWord);

} // namespace guichet::pcsc
