#include "MessageThreads.h"

#include "SpaceTexts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace guichet {

using SpaceTexts::field;

namespace {

QDateTime sentAt(const QJsonObject& message)
{
    return QDateTime::fromString(field(message, "sentAt"), Qt::ISODate);
}

bool isUnread(const QJsonObject& message, const QSet<QString>& readQueued)
{
    return field(message, "direction") == u"inbound" &&
           message.value(QStringLiteral("readAt")).isNull() &&
           !readQueued.contains(field(message, "id"));
}

} // namespace

std::optional<PendingMessage> PendingMessage::from(const store::OutboxEntry& entry)
{
    if (entry.kind != u"message")
        return std::nullopt;
    const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
    PendingMessage pending;
    pending.entryId = entry.id;
    pending.message = entry.attachments.isEmpty() ? body
                                                  : body.value(QStringLiteral("jsonParts"))
                                                        .toObject()
                                                        .value(QStringLiteral("message"))
                                                        .toObject();
    for (const store::OutboxAttachment& attachment : entry.attachments)
        pending.fileNames.append(attachment.fileName);
    pending.state = entry.state;
    pending.errorCode = entry.lastErrorCode;
    pending.errorDetail = entry.lastErrorDetail;
    pending.portalCode = entry.lastPortalCode;
    pending.createdAt = entry.createdAt;
    return pending;
}

MessageOutbox readMessageOutbox(const QList<store::OutboxEntry>& outbox, const QString& spaceId)
{
    MessageOutbox result;
    const QString readPrefix = QStringLiteral("/spaces/%1/messages/").arg(spaceId);
    for (const store::OutboxEntry& entry : outbox) {
        if (std::optional<PendingMessage> message = PendingMessage::from(entry))
            result.pending.append(*message);
        else if (entry.kind == u"message-read" && entry.state != store::OutboxState::Failed &&
                 entry.path.startsWith(readPrefix))
            result.readQueued.insert(entry.path.mid(readPrefix.size()).section(u'/', 0, 0));
    }
    return result;
}

QString MessageThread::replyTo() const
{
    return messages.isEmpty() ? QString() : field(messages.last(), "id");
}

QStringList MessageThread::unreadIds(const QSet<QString>& readQueued) const
{
    QStringList ids;
    for (const QJsonObject& message : messages) {
        if (isUnread(message, readQueued))
            ids.append(field(message, "id"));
    }
    return ids;
}

QList<MessageThread> buildThreads(const QList<QJsonObject>& messages,
                                  const QList<QJsonObject>& dossiers,
                                  const QList<PendingMessage>& pending,
                                  const QSet<QString>& readQueued)
{
    QHash<QString, QJsonObject> dossierById;
    for (const QJsonObject& dossier : dossiers)
        dossierById.insert(field(dossier, "id"), dossier);

    QList<MessageThread> threads;
    QHash<QString, qsizetype> threadIndex;   // key -> index in threads
    QHash<QString, QString> threadOfMessage; // message id -> key
    QHash<QString, QString> threadOfDossier; // dossier id -> key
    QList<QJsonObject> ordered = messages;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const QJsonObject& a, const QJsonObject& b) { return sentAt(a) < sentAt(b); });
    for (const QJsonObject& message : std::as_const(ordered)) {
        const QString key = field(message, "threadId");
        if (!threadIndex.contains(key)) {
            MessageThread thread;
            thread.key = key;
            thread.subject = field(message, "subject"); // the first message names the thread
            const QJsonObject administration =
                message.value(QStringLiteral("administration")).toObject();
            thread.administrationId = field(administration, "id");
            thread.administrationName = field(administration, "name");
            threadIndex.insert(key, threads.size());
            threads.append(thread);
        }
        MessageThread& thread = threads[threadIndex.value(key)];
        if (thread.dossierId.isEmpty() && !field(message, "dossierId").isEmpty()) {
            thread.dossierId = field(message, "dossierId");
            threadOfDossier.insert(thread.dossierId, key);
        }
        thread.messages.append(message);
        thread.lastAt = std::max(thread.lastAt, sentAt(message));
        thread.unread += isUnread(message, readQueued) ? 1 : 0;
        threadOfMessage.insert(field(message, "id"), key);
    }

    QHash<QString, QString> administrationNames;
    for (const auto& [id, name] : knownAdministrations(messages, dossiers))
        administrationNames.insert(id, name);
    for (const PendingMessage& message : pending) {
        QString key = threadOfMessage.value(field(message.message, "inReplyTo"));
        if (key.isEmpty())
            key = threadOfDossier.value(field(message.message, "dossierId"));
        if (key.isEmpty()) {
            // A new conversation: its own thread until the portal gives it an id.
            key = QStringLiteral("local-%1").arg(message.entryId);
            MessageThread thread;
            thread.key = key;
            thread.subject = field(message.message, "subject");
            thread.administrationId = field(message.message, "administrationId");
            thread.dossierId = field(message.message, "dossierId");
            const QJsonObject dossier = dossierById.value(thread.dossierId);
            if (!dossier.isEmpty()) {
                thread.administrationId =
                    field(dossier.value(QStringLiteral("administration")).toObject(), "id");
                thread.administrationName = SpaceTexts::administrationName(dossier);
            } else {
                thread.administrationName =
                    administrationNames.value(thread.administrationId, thread.administrationId);
            }
            threadIndex.insert(key, threads.size());
            threads.append(thread);
        }
        MessageThread& thread = threads[threadIndex.value(key)];
        thread.pending.append(message);
        thread.lastAt = std::max(thread.lastAt, message.createdAt);
    }

    for (MessageThread& thread : threads) {
        const QJsonObject dossier = dossierById.value(thread.dossierId);
        thread.dossierReference = field(dossier, "reference");
        thread.closed = field(dossier, "status") == u"closed";
    }
    std::stable_sort(threads.begin(), threads.end(),
                     [](const MessageThread& a, const MessageThread& b) {
                         if (a.lastAt != b.lastAt)
                             return a.lastAt > b.lastAt;
                         return a.key < b.key;
                     });
    return threads;
}

QList<QPair<QString, QString>> knownAdministrations(const QList<QJsonObject>& messages,
                                                    const QList<QJsonObject>& dossiers)
{
    QHash<QString, QString> names;
    const auto add = [&](const QJsonObject& object) {
        const QJsonObject administration =
            object.value(QStringLiteral("administration")).toObject();
        const QString id = field(administration, "id");
        if (!id.isEmpty() && !names.contains(id))
            names.insert(
                id, field(administration, "name").isEmpty() ? id : field(administration, "name"));
    };
    for (const QJsonObject& dossier : dossiers)
        add(dossier);
    for (const QJsonObject& message : messages)
        add(message);
    QList<QPair<QString, QString>> list;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return list;
}

} // namespace guichet
