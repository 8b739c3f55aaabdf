#pragma once

#include "StoreTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

// A message the person wrote that is not on the portal yet: an outbox entry of kind
// "message", read back from its body (plain NewMessage JSON, or the multipart layout
// with the NewMessage in jsonParts.message).
struct PendingMessage
{
    qint64 entryId = 0;
    QJsonObject message;   // NewMessage
    QStringList fileNames; // new files travelling with it
    store::OutboxState state = store::OutboxState::Queued;
    QString errorCode; // when the portal refused it
    QString errorDetail;
    QString portalCode; // the portal's own code when it refused it, e.g. MSG-001
    QDateTime createdAt;

    [[nodiscard]] static std::optional<PendingMessage> from(const store::OutboxEntry& entry);
};

// One conversation with an administration as the list and the thread view show it.
struct MessageThread
{
    QString key; // the portal's threadId; "local-<entry id>" for a new one not sent yet
    QString subject;
    QString administrationId;
    QString administrationName;
    QString dossierId;
    QString dossierReference;
    bool closed = false; // its dossier is closed: the portal refuses replies (MSG-001)
    QDateTime lastAt;
    int unread = 0;
    QList<QJsonObject> messages;   // Message, oldest first
    QList<PendingMessage> pending; // oldest first

    // The message a reply answers (the newest one), empty when nothing is on the portal.
    [[nodiscard]] QString replyTo() const;
    // Inbound messages without readAt whose read mark is not queued.
    [[nodiscard]] QStringList unreadIds(const QSet<QString>& readQueued) const;
};

// What the outbox of one space holds for the messages screens: the messages not on the
// portal yet, and the inbound messages whose read mark waits to be sent (a mark that
// failed does not count: the message is still unread on the portal).
struct MessageOutbox
{
    QList<PendingMessage> pending;
    QSet<QString> readQueued;
};
[[nodiscard]] MessageOutbox readMessageOutbox(const QList<store::OutboxEntry>& outbox,
                                              const QString& spaceId);

// Groups the mirrored messages into threads, newest activity first. Dossiers give the
// reference and whether the thread is closed; pending messages join the thread they
// answer (inReplyTo, or their dossier's), or start their own. Messages whose read mark
// waits in the outbox (readQueued) no longer count as unread.
[[nodiscard]] QList<MessageThread> buildThreads(const QList<QJsonObject>& messages,
                                                const QList<QJsonObject>& dossiers,
                                                const QList<PendingMessage>& pending,
                                                const QSet<QString>& readQueued);

// Administrations the person can write to: those of the space's dossiers and
// messages, as (id, name) sorted by name.
[[nodiscard]] QList<QPair<QString, QString>>
knownAdministrations(const QList<QJsonObject>& messages, const QList<QJsonObject>& dossiers);

} // namespace guichet
