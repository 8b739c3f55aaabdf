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
    QTimer::singleShot(0, this, &SpaceSync::start);
}

void SpaceSync::start()
{
    m_report = SpaceSyncReport{};
    m_report.spaceId = m_spaceId;
    m_handled = 0;
    m_seen.clear();
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
    requestPage();
}

void SpaceSync::requestPage()
{
    net::PortalRequest request;
    request.path = QStringLiteral("/spaces/%1/changes").arg(m_spaceId);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    request.useEtagCache = false;
    const QString what = QStringLiteral("GET ") + request.path;
    m_client.send(
        std::move(request), this, [this, what](const Result<net::PortalResponse>& answer) {
            if (!answer) {
                if (isExpiredCursor(answer.error()) && !m_resynced) {
                    // Too old to catch up: read the whole space again.
                    if (Status reset = m_store.syncState().resetSpace(m_spaceId); !reset) {
                        finish(reset.error());
                        return;
                    }
                    m_resynced = true;
                    start();
                    return;
                }
                finish(answer.error());
                return;
            }
            const Result<QJsonDocument> json = net::PortalClient::jsonOf(answer.value(), what);
            if (!json) {
                finish(json.error());
                return;
            }
            const Result<FeedPage> page = parseFeedPage(json.value());
            if (!page) {
                finish(page.error());
                return;
            }
            onPage(page.value());
        });
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
    const Result<QHash<QString, qint64>> stored = m_store.objects().versions(m_spaceId, wanted);
    if (!stored) {
        finish(stored.error());
        return;
    }
    QList<FeedChange> needed;
    for (const FeedChange& change : page.changes)
        if (!change.remove &&
            stored.value().value(change.kind + u'/' + change.id, 0) < change.version)
            needed.append(change);
    m_fetcher.fetch(m_spaceId, needed,
                    [this, page](const Result<QList<store::StoredObject>>& objects) {
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
                        if (page.hasMore)
                            requestPage();
                        else
                            finish(m_report);
                    });
}

Status SpaceSync::apply(const FeedPage& page, const QList<store::StoredObject>& objects)
{
    QList<DossierStatusChange> statusChanges;
    int newAccess = 0;
    int removed = 0;
    const Status status = m_store.inTransaction([&]() -> Status {
        for (const store::StoredObject& object : objects) {
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
                const QString after = statusOf(object.json);
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
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace guichet::sync
