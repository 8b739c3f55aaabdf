#include "MessageTexts.h"

#include "ErrorCatalogue.h"
#include "MessageThreads.h"

#include <QCoreApplication>

namespace guichet::MessageTexts {
QString direction(const QString& direction)
{
    if (direction == u"inbound")
        return QCoreApplication::translate("MessageTexts", "Received");
    if (direction == u"outbound")
        return QCoreApplication::translate("MessageTexts", "Sent");
    return direction;
}

QString pendingState(const PendingMessage& message)
{
    switch (message.state) {
    case store::OutboxState::Sending:
        return QCoreApplication::translate("MessageTexts", "Being sent…");
    case store::OutboxState::Failed: {
        if (message.portalCode == u"MSG-001")
            return QCoreApplication::translate(
                "MessageTexts",
                "Not sent: this conversation is closed, the administration no longer "
                "accepts messages in it. Your text is kept here; write a new message "
                "to the administration instead.");
        const ErrorEntry& entry = ErrorCatalogue::entry(message.errorCode);
        return QCoreApplication::translate("MessageTexts",
                                           "Not sent (%1): %2 Your text is kept here.")
            .arg(message.errorCode,
                 QCoreApplication::translate(ErrorCatalogue::TranslationContext, entry.message));
    }
    case store::OutboxState::Queued:
    case store::OutboxState::Sent:
        break;
    }
    return QCoreApplication::translate("MessageTexts",
                                       "Saved on this computer, waiting to be sent");
}

} // namespace guichet::MessageTexts
