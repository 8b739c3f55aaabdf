#pragma once

#include <QString>

namespace guichet {
struct PendingMessage;
}

namespace guichet::MessageTexts {

// "Received" or "Sent" for a Message's direction; an unknown value as it is.
[[nodiscard]] QString direction(const QString& direction);
// Where a message written on this computer is: waiting, being sent, or refused with
// the reason in the person's language (a closed conversation, MSG-001, said plainly).
[[nodiscard]] QString pendingState(const PendingMessage& message);

} // namespace guichet::MessageTexts
