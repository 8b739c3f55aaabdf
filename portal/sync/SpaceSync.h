#pragma once

#include "FeedPage.h"
#include "LocalStore.h"
#include "ObjectFetcher.h"
#include "PortalClient.h"
#include "SyncTypes.h"

#include <QObject>
#include <QSet>

namespace guichet::sync {

// What one run of SpaceSync did.
struct SpaceSyncReport
{
    QString spaceId;
    bool fullSync = false; // read without a cursor (first sync or after FEED-001)
    int pages = 0;
    int written = 0;
    int removed = 0;
    QList<DossierStatusChange> statusChanges;
    int newAccessEntries = 0;
};

// Brings one space up to date through its change feed. Each page is applied in one
// store transaction together with its cursor, so a crash at any point resumes after
// the last applied page with nothing skipped or repeated. Without a stored cursor it
// reads everything (a full sync); a cursor past the portal's retention (410
// FEED-001) is dropped and the space is read again, and local objects the portal no
// longer has are then removed.
class SpaceSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<SpaceSyncReport>&)>;

    SpaceSync(net::PortalClient& client, store::LocalStore& store, QObject* parent = nullptr);

    // Changes per feed request (the portal allows 1..1000).
    void setPageSize(int changes) { m_pageSize = changes; }
    [[nodiscard]] ObjectFetcher& fetcher() { return m_fetcher; }

    // One run at a time; done is called once, never before run returns.
    void run(const QString& spaceId, Done done);

Q_SIGNALS:
    // After each applied page: pages and changes handled so far in this run, and an
    // estimate of the total changes.
    void pageApplied(const QString& spaceId, int pages, int done, int estimatedTotal);

private:
    void start();
    void requestPage();
    void onPage(const FeedPage& page);
    [[nodiscard]] Status apply(const FeedPage& page, const QList<store::StoredObject>& objects);
    [[nodiscard]] Status removeUnseen();
    void finish(const Result<SpaceSyncReport>& result);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    ObjectFetcher m_fetcher;
    int m_pageSize = 500;

    QString m_spaceId;
    Done m_done;
    QString m_cursor;
    bool m_syncedBefore = false; // notifications only make sense after a first sync
    bool m_resynced = false;
    bool m_sweepUnseen = false;
    QSet<QString> m_seen; // "kind/id" during a full sync that may need a sweep
    int m_handled = 0;
    SpaceSyncReport m_report;
};

} // namespace guichet::sync
