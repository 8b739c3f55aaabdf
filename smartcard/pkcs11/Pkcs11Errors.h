#pragma once

#include "Error.h"

#include <QString>

namespace guichet::pkcs11 {

// Maps a CK_RV to a catalogue error whose detail reads
// "operation: CKR_NAME (0xhex)", e.g. "C_Login: CKR_PIN_INCORRECT (0xa0)".
[[nodiscard]] Error errorFromCkr(unsigned long rv, const QString& operation);

// The CKR_* name of a return value ("CKR_VENDOR_DEFINED+0x..." for vendor codes).
[[nodiscard]] QString ckrName(unsigned long rv);

// "operation: CKR_NAME (0xhex)".
[[nodiscard]] QString ckrDetail(unsigned long rv, const QString& operation);

// True for the return values that mean the token went away during an operation.
[[nodiscard]] bool isTokenGone(unsigned long rv);

} // namespace guichet::pkcs11
