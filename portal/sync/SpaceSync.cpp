#include "SpaceSync.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace guichet::sync {
namespace {

// The portal's "cursor too old" answer (410 FEED-001). PortalClient keeps the
// portal's code in the detail of NET-008.
bool isExpiredCursor(const Error& error)
{
    return error.detail().contains(QLatin1String("HTTP 410")) &&
           error.detail().contains(QLatin1String("FEED-001"));
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

SpaceSync::SpaceSync(net::PortalClient& client, store::LocalStore& store, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_fetcher(client)
{}

void SpaceSync::run(const QString& spaceId, Done done)
{
    m_spaceId = spaceId;
    m_done = std::move(done);
    m_resynced = false;
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
    const Result<QString> cursor = m_store.syncState().cursor(m_spaceId);
    const Result<QDateTime> lastFull = m_store.syncState().lastFullSync(m_spaceId);
    if (!cursor || !lastFull) {
        finish(!cursor ? cursor.error() : lastFull.error());
        return;
    }
    m_cursor = cursor.value();
    m_syncedBefore = lastFull.value().isValid() || m_resynced;
    m_report.fullSync = m_cursor.isEmpty();
    m_sweepUnseen = m_report.fullSync && m_syncedBefore;
    if (m_report.fullSync && !m_syncedBefore)
        m_fetcher.setListSink(
            [this](const QList<store::ParsedObject>& objects) { return storeListed(objects); });
    else
        m_fetcher.setListSink(nullptr);
    m_nextCursor = m_cursor;
    m_moreToRead = true;
    requestNextPage();
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
            m_nextCursor = page.value().cursor;
            m_moreToRead = true;
        }
    }
    requestNextPage();
    applyNextPage();
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
            if (Status reset = m_store.syncState().resetSpace(m_spaceId); !reset) {
                finish(reset.error());
                return;
            }
            m_resynced = true;
            start();
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
        firstSync ? QHash<QString, qint64>() : m_store.objects().versions(m_spaceId, wanted);
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
                        if (Status applied = apply(page, objects.value()); !applied) {
                            finish(applied.error());
                            return;
                        }
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
                    });
}

Status SpaceSync::storeListed(const QList<store::ParsedObject>& objects)
{
    // Only on a first full sync: no notifications to work out, nothing to sweep.
    const Result<int> written = m_store.objects().upsert(objects);
    if (!written)
        return written.error();
    m_report.written += written.value();
    return {};
}

Status SpaceSync::apply(const FeedPage& page, const QList<store::ParsedObject>& objects)
{
    QList<DossierStatusChange> statusChanges;
    int newAccess = 0;
    int removed = 0;
    const Status status = m_store.inTransaction([&]() -> Status {
        for (const auto& [object, parsed] : objects) {
            if (!m_syncedBefore)
                break;
            const bool dossier = object.kind == QLatin1String("dossier");
            const bool access = object.kind == QLatin1String("access");
            if (!dossier && !access)
                continue;
            const auto old = m_store.objects().object(m_spaceId, object.kind, object.id);
            if (!old)
                return old.error();
            if (access && !old.value().has_value())
                ++newAccess;
            if (dossier && old.value().has_value()) {
                const QString before = statusOf(old.value()->json);
                const QString after = parsed.value(QStringLiteral("status")).toString();
                if (before != after)
                    statusChanges.append({m_spaceId, object.id, before, after});
            }
        }
        if (!objects.isEmpty()) {
            const Result<int> written = m_store.objects().upsert(objects);
            if (!written)
                return written.error();
        }
        for (const FeedChange& change : page.changes) {
            if (!change.remove)
                continue;
            if (Status gone = m_store.objects().remove(m_spaceId, change.kind, change.id); !gone)
                return gone;
            ++removed;
        }
        if (Status cursor = m_store.syncState().setCursor(m_spaceId, page.cursor); !cursor)
            return cursor;
        if (!page.hasMore && m_report.fullSync) {
            if (m_sweepUnseen)
                if (Status swept = removeUnseen(); !swept)
                    return swept;
            return m_store.syncState().setLastFullSync(m_spaceId, QDateTime::currentDateTimeUtc());
        }
        return {};
    });
    if (!status)
        return status;
    m_report.written += int(objects.size());
    m_report.removed += removed;
    m_report.statusChanges += statusChanges;
    m_report.newAccessEntries += newAccess;
    return {};
}

Status SpaceSync::removeUnseen()
{
    store::ObjectFilter filter;
    filter.spaceId = m_spaceId;
    const Result<int> count = m_store.objects().count(filter);
    if (!count)
        return count.error();
    const auto all = m_store.objects().list(filter, 0, count.value());
    if (!all)
        return all.error();
    for (const store::StoredObject& object : all.value()) {
        // Corrections are local bookkeeping, not feed objects.
        if (!isKnownKind(object.kind) || m_seen.contains(seenKey(object.kind, object.id)))
            continue;
        if (Status gone = m_store.objects().remove(m_spaceId, object.kind, object.id); !gone)
            return gone;
        ++m_report.removed;
    }
    return {};
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
