#include "SpaceAttention.h"

#include "DraftStore.h"
#include "LocalTitles.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"
#include "messages/MessageThreads.h"
#include "transparency/AccessEntry.h"
#include "transparency/LastVisit.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace guichet {
namespace {

using SpaceTexts::field;

void appendOnce(QStringList& list, const QString& text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

AttentionFacts::Dossier dossierFacts(const SpaceSource& source, const QJsonObject& dossier)
{
    const QJsonObject request = dossier.value(QStringLiteral("pendingRequest")).toObject();
    return {
        field(dossier, "id"),
        LocalTitles::procedureTitle(source, field(dossier, "procedureId"), field(dossier, "title")),
        field(dossier, "reference"), field(request, "description"),
        QDate::fromString(field(request, "dueDate"), Qt::ISODate)};
}

void readDossiers(const SpaceSource& source, const QList<QJsonObject>& dossiers,
                  AttentionFacts& facts)
{
    for (const QJsonObject& dossier : dossiers) {
        const QString status = field(dossier, "status");
        if (status == u"information_requested")
            facts.informationRequested.append(dossierFacts(source, dossier));
        // As on "My procedures": before a first status is recorded, nothing is news.
        else if (source.hasSeenRecords() && source.seenStatus(field(dossier, "id")) != status)
            facts.changedDossiers.append(dossierFacts(source, dossier));
    }
}

Status readMessages(const SpaceSource& source, const QList<QJsonObject>& dossiers,
                    const MessageOutbox& outbox, AttentionFacts& facts)
{
    const auto messages = source.objects(QStringLiteral("message"));
    if (!messages)
        return messages.error();
    const QList<MessageThread> threads =
        buildThreads(parsedObjects(messages.value()), dossiers, outbox.pending, outbox.readQueued);
    for (const MessageThread& thread : threads) {
        if (thread.unread == 0)
            continue;
        facts.unreadMessages += thread.unread;
        facts.unreadThreads.append(thread.key);
        appendOnce(facts.unreadAdministrations, thread.administrationName);
    }
    return {};
}

// Accesses newer than the person's last visit of "Who accessed my data", counted as
// that page counts them; nothing before a first visit (the history is not news).
Status readAccesses(const SpaceSource& source, AttentionFacts& facts)
{
    const QDateTime lastVisit = LastVisit::read(
        source.seenFile(), QString::fromLatin1(LastVisit::AccessLogScreen), source.spaceId());
    if (!lastVisit.isValid())
        return {};
    const qint64 since = lastVisit.toMSecsSinceEpoch();
    const auto dates = source.objectDates(QStringLiteral("access"));
    if (!dates)
        return dates.error();
    for (const QString& date : dates.value())
        facts.newAccesses += parseUtcMillis(date) > since ? 1 : 0;
    if (facts.newAccesses == 0)
        return {};
    // Who read: the newest entries come first, so the first newAccesses ones are new.
    const auto all = source.objectsJson(QStringLiteral("access"));
    if (!all)
        return all.error();
    const QJsonArray entries = QJsonDocument::fromJson(all.value()).array();
    for (qsizetype i = 0; i < entries.size() && i < facts.newAccesses; ++i)
        appendOnce(facts.accessAdministrations,
                   SpaceTexts::administrationName(entries.at(i).toObject()));
    return {};
}

void readOutbox(const QList<store::OutboxEntry>& outbox, AttentionFacts& facts)
{
    for (const store::OutboxEntry& entry : outbox) {
        // A read mark is bookkeeping, not something the person asked to send.
        if (entry.kind == u"message-read")
            continue;
        if (entry.state == store::OutboxState::Failed) {
            if (facts.refusedRequests++ == 0)
                facts.refusedPage = pageForRequest(entry.kind);
        } else if (entry.state != store::OutboxState::Sent) {
            if (facts.waitingRequests++ == 0)
                facts.waitingPage = pageForRequest(entry.kind);
        }
    }
}

Status readDrafts(const SpaceSource& source, const forms::DraftStore* drafts, AttentionFacts& facts)
{
    if (!drafts)
        return {};
    auto list = drafts->list(source.spaceId());
    if (!list)
        return list.error();
    std::stable_sort(list.value().begin(), list.value().end(),
                     [](const auto& a, const auto& b) { return a.updatedAt > b.updatedAt; });
    for (const forms::DraftSummary& draft : list.value())
        facts.draftIds.append(draft.id);
    if (!list.value().isEmpty())
        facts.newestDraftTitle = LocalTitles::procedureTitle(
            source, list.value().first().procedureId, list.value().first().title);
    return {};
}

} // namespace

QString pageForRequest(const QString& kind)
{
    if (kind == u"message")
        return QStringLiteral("messages");
    if (kind == u"correction")
        return QStringLiteral("mydata");
    if (kind == u"consent-revoke")
        return QStringLiteral("consents");
    if (kind == u"upload")
        return QStringLiteral("documents");
    return QStringLiteral("forms"); // submissions, and what a newer version adds
}

Result<AttentionFacts> readSpaceAttention(const SpaceSource& source,
                                          const forms::DraftStore* drafts)
{
    AttentionFacts facts;
    if (source.spaceId().isEmpty())
        return facts;
    const auto dossiers = source.objects(QStringLiteral("dossier"));
    if (!dossiers)
        return dossiers.error();
    const auto outbox = source.pendingOutbox();
    if (!outbox)
        return outbox.error();
    const QList<QJsonObject> dossierObjects = parsedObjects(dossiers.value());
    readDossiers(source, dossierObjects, facts);
    if (Status messages = readMessages(source, dossierObjects,
                                       readMessageOutbox(outbox.value(), source.spaceId()), facts);
        !messages)
        return messages.error();
    if (Status accesses = readAccesses(source, facts); !accesses)
        return accesses.error();
    readOutbox(outbox.value(), facts);
    if (Status read = readDrafts(source, drafts, facts); !read)
        return read.error();
    return facts;
}

} // namespace guichet
