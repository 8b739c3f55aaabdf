#include "SpaceSnapshotReader.h"

#include "LocalTitles.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"
#include "home/SpaceAttention.h"
#include "messages/MessageThreads.h"
#include "transparency/AccessEntry.h"

#include <QJsonDocument>

#include <algorithm>

namespace guichet::notify {
namespace {

using SpaceTexts::field;

Status readAccesses(const SpaceSource& source, qint64 since, SpaceSnapshot& snapshot)
{
    const auto dates = source.objectDates(QStringLiteral("access"));
    if (!dates)
        return dates.error();
    const bool anyRecent =
        std::any_of(dates.value().begin(), dates.value().end(),
                    [since](const QString& date) { return parseUtcMillis(date) >= since; });
    if (!anyRecent)
        return {};
    const auto all = source.objectsJson(QStringLiteral("access"));
    if (!all)
        return all.error();
    for (const AccessEntry& entry : readAccessEntries(all.value()))
        if (entry.accessedAt >= since)
            snapshot.accesses.append({entry.id, entry.accessedAt, entry.administration});
    return {};
}

} // namespace

Result<SpaceSnapshot> readSpaceSnapshot(const SpaceSource& source, const QString& spaceName,
                                        qint64 accessesSince)
{
    SpaceSnapshot snapshot;
    snapshot.spaceId = source.spaceId();
    snapshot.spaceName = spaceName;
    if (snapshot.spaceId.isEmpty())
        return snapshot;

    const auto dossiers = source.objects(QStringLiteral("dossier"));
    if (!dossiers)
        return dossiers.error();
    const QList<QJsonObject> dossierObjects = parsedObjects(dossiers.value());
    for (const QJsonObject& dossier : dossierObjects)
        snapshot.dossiers.append({field(dossier, "id"),
                                  LocalTitles::procedureTitle(source, field(dossier, "procedureId"),
                                                              field(dossier, "title")),
                                  field(dossier, "status")});

    const auto outbox = source.pendingOutbox();
    if (!outbox)
        return outbox.error();
    const auto messages = source.objects(QStringLiteral("message"));
    if (!messages)
        return messages.error();
    const MessageOutbox messageOutbox = readMessageOutbox(outbox.value(), source.spaceId());
    for (const MessageThread& thread :
         buildThreads(parsedObjects(messages.value()), dossierObjects, messageOutbox.pending,
                      messageOutbox.readQueued)) {
        for (const QString& id : thread.unreadIds(messageOutbox.readQueued))
            snapshot.unreadMessages.append({id, thread.key, thread.administrationName});
    }

    if (Status read = readAccesses(source, accessesSince, snapshot); !read)
        return read.error();

    for (const store::OutboxEntry& entry : outbox.value()) {
        // A read mark is bookkeeping, not something the person asked to send.
        if (entry.kind == u"message-read" || entry.spaceId != source.spaceId() ||
            entry.state == store::OutboxState::Sent)
            continue;
        snapshot.waitingOrRefused.append({entry.id, pageForRequest(entry.kind),
                                          entry.state == store::OutboxState::Failed,
                                          entry.createdAt});
    }
    return snapshot;
}

} // namespace guichet::notify
