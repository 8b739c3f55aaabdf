#pragma once

#include "Result.h"

#include <QString>

namespace guichet {

// What a catalogue code means, for a person reading a code off a screen or a phone
// call: `guichet --explain CODE` and the field on the Diagnostics page. The message and
// what to do are in the current language; the help-desk detail is in English, as in
// the catalogue and docs/errors.md.
//
// The code is read loosely ("net-004 ", "NET-4" are NET-004). A code the catalogue does
// not have gives APP-008 with the text as typed.
[[nodiscard]] Result<QString> explainErrorCode(const QString& typed);

// The catalogue's spelling of a typed code ("net-4" -> "NET-004"), or "" when the text
// is not shaped like a code.
[[nodiscard]] QString normaliseErrorCode(const QString& typed);

} // namespace guichet
