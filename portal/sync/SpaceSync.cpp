#include "SpaceSync.h"

#include "ErrorCodes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace guichet::sync {
namespace {

Q_LOGGING_CATEGORY(lcSync, "guichet.portal.sync", QtInfoMsg)

// The portal's "cursor too old" answer (410 FEED-001), from the answer's fields: a
// title or detail that merely mentions it (any text the portal writes) changes nothing.
bool isExpiredCursor(const Error& error)
{
    return error.isPortalAnswer(410, u"FEED-001");
}

QString statusOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("status")).toString();
}

QString seenKey(const QString& kind, const QString& id)
{
    return kind + QLatin1Char('/') + id;
}

} // namespace

// What applying a page found, worked out on the writer's thread.
struct PageOutcome
{
    QList<DossierStatusChange> statusChanges;
    int newAccess = 0;
    int removed = 0;
};

namespace {

// Everything a page's transaction needs, copied: it runs on the writer's thread.
struct PageInput
{
    QString spaceId;
    bool syncedBefore = false;
    bool sweepUnseen = false;
    bool firstFullSyncEnds = false; // the last page of a full sync
    QSet<QString> seen;             // for the sweep, on that last page only
    QString language;               // the Accept-Language the objects were asked in
};

// Clients before this entry existed always asked in French.
const QString FormerLanguage = QStringLiteral("fr");

Status removeUnseen(store::LocalStore& store, const PageInput& input, PageOutcome& outcome)
{
    store::ObjectFilter filter;
    filter.spaceId = input.spaceId;
    const Result<int> count = store.objects().count(filter);
    if (!count)
        return count.error();
    const auto all = store.objects().list(filter, 0, count.value());
    if (!all)
        return all.error();
    for (const store::StoredObject& object : all.value()) {
        // Corrections are local bookkeeping, not feed objects.
        if (!isKnownKind(object.kind) || input.seen.contains(seenKey(object.kind, object.id)))
            continue;
        if (Status gone = store.objects().remove(input.spaceId, object.kind, object.id); !gone)
            return gone;
        ++outcome.removed;
    }
    return {};
}

// A page's objects, removals and cursor in one transaction, on the writer's thread.
Status applyPage(store::LocalStore& store, const PageInput& input, const FeedPage& page,
                 const QList<store::ParsedObject>& objects, PageOutcome& outcome)
{
    return store.inTransaction([&]() -> Status {
        for (const auto& [object, parsed] : objects) {
            if (!input.syncedBefore)
                break;
            const bool dossier = object.kind == QLatin1String("dossier");
            const bool access = object.kind == QLatin1String("access");
            if (!dossier && !access)
                continue;
            const auto old = store.objects().object(input.spaceId, object.kind, object.id);
            if (!old)
                return old.error();
            if (access && !old.value().has_value())
                ++outcome.newAccess;
            if (dossier && old.value().has_value()) {
                const QString before = statusOf(old.value()->json);
                const QString after = parsed.value(QStringLiteral("status")).toString();
                if (before != after)
                    outcome.statusChanges.append({input.spaceId, object.id, before, after});
            }
        }
        if (!objects.isEmpty()) {
            const Result<int> written = store.objects().upsert(objects);
            if (!written)
                return written.error();
        }
        for (const FeedChange& change : page.changes) {
            if (!change.remove)
                continue;
            if (Status gone = store.objects().remove(input.spaceId, change.kind, change.id); !gone)
                return gone;
            ++outcome.removed;
        }
        if (Status cursor = store.syncState().setCursor(input.spaceId, page.cursor); !cursor)
            return cursor;
        if (Status language = store.syncState().setCopyLanguage(input.spaceId, input.language);
            !language)
            return language;
        if (input.firstFullSyncEnds) {
            if (input.sweepUnseen)
                if (Status swept = removeUnseen(store, input, outcome); !swept)
                    return swept;
            return store.syncState().setLastFullSync(input.spaceId,
                                                     QDateTime::currentDateTimeUtc());
        }
        return {};
    });
}

} // namespace

SpaceSync::SpaceSync(net::PortalClient& client, store::LocalStore& store,
                     store::StoreWriter& writer, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_writer(writer), m_lane(writer.newLane()),
      m_fetcher(client)
{}

void SpaceSync::run(const QString& spaceId, Done done)
{
    m_spaceId = spaceId;
    m_done = std::move(done);
    m_resynced = false;
    m_refetchAll = false;
    m_fetcher.forgetLists();
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            start();
    });
}

void SpaceSync::start()
{
    ++m_generation;
    m_report = SpaceSyncReport{};
    m_report.spaceId = m_spaceId;
    m_handled = 0;
    m_seen.clear();
    m_arrived.clear();
    m_reading = false;
    m_applying = false;
    m_writer.resetLane(m_lane);
    const Result<QString> cursor = m_store.syncState().cursor(m_spaceId);
    const Result<QDateTime> lastFull = m_store.syncState().lastFullSync(m_spaceId);
    if (!cursor || !lastFull) {
        finish(!cursor ? cursor.error() : lastFull.error());
        return;
    }
    m_cursor = cursor.value();
    m_language = m_client.language();
    // Texts the portal writes (data items, purposes, problem titles) come in the language
    // asked for: a copy read in another one is read again, as after an expired cursor.
    if (!m_cursor.isEmpty() && !m_resynced) {
        const Result<QString> readIn = m_store.syncState().copyLanguage(m_spaceId);
        if (!readIn) {
            finish(readIn.error());
            return;
        }
        if ((readIn.value().isEmpty() ? FormerLanguage : readIn.value()) != m_language) {
            qCInfo(lcSync) << "reading space" << m_spaceId << "again in" << m_language;
            m_refetchAll = true; // same versions, other words: every object is fetched
            readWholeSpaceAgain();
            return;
        }
    }
    m_syncedBefore = lastFull.value().isValid() || m_resynced;
    m_report.fullSync = m_cursor.isEmpty();
    m_sweepUnseen = m_report.fullSync && m_syncedBefore;
    if (m_report.fullSync && !m_syncedBefore)
        m_fetcher.setListSink(
            [this](const QList<store::ParsedObject>& objects) { storeListed(objects); });
    else
        m_fetcher.setListSink(nullptr);
    m_nextCursor = m_cursor;
    m_moreToRead = true;
    m_feedPages = 0;
    m_emptyPagesInARow = 0;
    m_cursorsSeen.clear();
    if (!m_cursor.isEmpty())
        m_cursorsSeen.insert(m_cursor); // answered with the cursor it was asked with
    requestNextPage();
    m_fetcher.prefetchAllLists(m_spaceId); // after the feed's first page: it leads
}

void SpaceSync::requestNextPage()
{
    if (m_reading || !m_moreToRead || m_arrived.size() >= MaxPagesAhead)
        return;
    m_reading = true;
    m_moreToRead = false;
    net::PortalRequest request;
    request.path = QStringLiteral("/spaces/%1/changes").arg(m_spaceId);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_nextCursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), m_nextCursor);
    request.useEtagCache = false;
    request.urgent = true; // the feed leads every other request of the sync
    const int generation = m_generation;
    m_client.send(std::move(request), this,
                  [this, generation](const Result<net::PortalResponse>& answer) {
                      onFeedAnswer(generation, answer);
                  });
}

void SpaceSync::onFeedAnswer(int generation, const Result<net::PortalResponse>& answer)
{
    if (generation != m_generation)
        return;
    m_reading = false;
    if (!answer) {
        m_arrived.append(answer.error());
    } else {
        const QString what = QStringLiteral("GET /spaces/%1/changes").arg(m_spaceId);
        const Result<QJsonDocument> json = net::PortalClient::jsonOf(answer.value(), what);
        const Result<FeedPage> page =
            json ? parseFeedPage(json.value()) : Result<FeedPage>(json.error());
        m_arrived.append(page);
        if (page) // on a first full sync, its lists start arriving now
            m_fetcher.prefetchLists(m_spaceId, page.value().changes);
        if (page && page.value().hasMore) {
            if (const std::optional<Error> endless = endlessFeed(page.value())) {
                m_arrived.append(*endless); // this page is applied; the run ends after it
            } else {
                m_nextCursor = page.value().cursor;
                m_moreToRead = true;
            }
        }
    }
    requestNextPage();
    applyNextPage();
}

std::optional<Error> SpaceSync::endlessFeed(const FeedPage& page)
{
    ++m_feedPages;
    m_emptyPagesInARow = page.changes.isEmpty() ? m_emptyPagesInARow + 1 : 0;
    const QString what = QStringLiteral("GET /spaces/%1/changes").arg(m_spaceId);
    if (page.cursor.isEmpty() || m_cursorsSeen.contains(page.cursor))
        return Error(ErrorCode::SyncFeedEndless,
                     QStringLiteral("%1: cursor %2 was already given in this run")
                         .arg(what, page.cursor.left(80)));
    m_cursorsSeen.insert(page.cursor);
    if (m_feedPages >= m_maxFeedPages)
        return Error(ErrorCode::SyncFeedEndless,
                     QStringLiteral("%1: still more after %2 pages").arg(what).arg(m_feedPages));
    if (m_emptyPagesInARow > MaxEmptyPagesInARow)
        return Error(
            ErrorCode::SyncFeedEndless,
            QStringLiteral("%1: %2 empty pages in a row").arg(what).arg(m_emptyPagesInARow));
    return std::nullopt;
}

void SpaceSync::readWholeSpaceAgain()
{
    const int generation = m_generation;
    m_writer.post(
        m_lane,
        [spaceId = m_spaceId](store::LocalStore& store) {
            return store.syncState().resetSpace(spaceId);
        },
        this,
        [this, generation](const Status& reset) {
            if (generation != m_generation)
                return;
            if (!reset) {
                finish(reset.error());
                return;
            }
            m_resynced = true;
            start();
        });
}

void SpaceSync::applyNextPage()
{
    if (m_applying || m_arrived.isEmpty())
        return;
    const Result<FeedPage> next = m_arrived.takeFirst();
    requestNextPage(); // room for one more ahead
    if (!next) {
        if (isExpiredCursor(next.error()) && !m_resynced) {
            // Too old to catch up: read the whole space again.
            m_applying = true;
            readWholeSpaceAgain();
            return;
        }
        finish(next.error());
        return;
    }
    m_applying = true;
    onPage(next.value());
}

void SpaceSync::onPage(const FeedPage& page)
{
    QList<QPair<QString, QString>> wanted;
    for (const FeedChange& change : page.changes) {
        if (m_sweepUnseen)
            m_seen.insert(seenKey(change.kind, change.id));
        if (!change.remove)
            wanted.append({change.kind, change.id});
    }
    // On a first full sync the feed names each object once and the fetcher knows what
    // its list sink stored: nothing to compare with the store.
    const bool firstSync = m_report.fullSync && !m_syncedBefore;
    const Result<QHash<QString, qint64>> stored =
        firstSync || m_refetchAll ? QHash<QString, qint64>()
                                  : m_store.objects().versions(m_spaceId, wanted);
    if (!stored) {
        finish(stored.error());
        return;
    }
    QList<FeedChange> needed;
    for (const FeedChange& change : page.changes)
        if (!change.remove &&
            stored.value().value(change.kind + u'/' + change.id, 0) < change.version)
            needed.append(change);
    const int generation = m_generation;
    m_fetcher.fetch(m_spaceId, needed,
                    [this, page, generation](const Result<QList<store::ParsedObject>>& objects) {
                        if (generation != m_generation)
                            return;
                        if (!objects) {
                            finish(objects.error());
                            return;
                        }
                        apply(page, objects.value());
                    });
}

void SpaceSync::storeListed(const QList<store::ParsedObject>& objects)
{
    // Only on a first full sync: no notifications to work out, nothing to sweep. A
    // failure stops this lane: the page that relies on these objects reports it.
    m_writer.post(m_lane, [objects](store::LocalStore& store) -> Status {
        const Result<int> written = store.objects().upsert(objects);
        return written ? Status() : Status(written.error());
    });
    m_report.written += int(objects.size());
}

void SpaceSync::apply(const FeedPage& page, const QList<store::ParsedObject>& objects)
{
    PageInput input;
    input.spaceId = m_spaceId;
    input.syncedBefore = m_syncedBefore;
    input.sweepUnseen = m_sweepUnseen;
    input.firstFullSyncEnds = !page.hasMore && m_report.fullSync;
    input.language = m_language;
    if (input.firstFullSyncEnds && m_sweepUnseen)
        input.seen = std::exchange(m_seen, {});
    auto outcome = std::make_shared<PageOutcome>();
    const int generation = m_generation;
    m_writer.post(
        m_lane,
        [input = std::move(input), page, objects, outcome](store::LocalStore& store) {
            return applyPage(store, input, page, objects, *outcome);
        },
        this,
        [this, generation, page, outcome, count = int(objects.size())](const Status& status) {
            if (generation != m_generation)
                return;
            if (!status) {
                finish(status.error());
                return;
            }
            m_report.written += count;
            onApplied(page, *outcome);
        });
}

void SpaceSync::onApplied(const FeedPage& page, const PageOutcome& outcome)
{
    m_report.removed += outcome.removed;
    m_report.statusChanges += outcome.statusChanges;
    m_report.newAccessEntries += outcome.newAccess;
    m_cursor = page.cursor;
    ++m_report.pages;
    m_handled += int(page.changes.size());
    Q_EMIT pageApplied(m_spaceId, m_report.pages, m_handled,
                       m_handled + (page.hasMore ? m_pageSize : 0));
    m_applying = false;
    if (!page.hasMore) {
        finish(m_report);
        return;
    }
    applyNextPage();
}

void SpaceSync::finish(const Result<SpaceSyncReport>& result)
{
    ++m_generation;          // answers still on their way belong to an ended run
    m_fetcher.forgetLists(); // and list pages still on their way are dropped
    m_fetcher.setListSink(nullptr);
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace guichet::sync
