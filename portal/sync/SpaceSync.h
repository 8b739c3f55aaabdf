#pragma once

#include "FeedPage.h"
#include "LocalStore.h"
#include "ObjectFetcher.h"
#include "PortalClient.h"
#include "StoreWriter.h"
#include "SyncTypes.h"

#include <QObject>
#include <QSet>

#include <optional>

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

struct PageOutcome;

// Brings one space up to date through its change feed. Each page is applied in one
// store transaction together with its cursor, so a crash at any point resumes after
// the last applied page with nothing skipped or repeated. Without a stored cursor it
// reads everything (a full sync); a cursor past the portal's retention (410
// FEED-001) is dropped and the space is read again, and local objects the portal no
// longer has are then removed.
//
// The feed is read ahead: the next page is asked for as soon as a page has arrived
// (up to MaxPagesAhead waiting), so the portal prepares it while this side fetches and
// writes the objects of the current one. Pages are still applied one by one, in order.
// On a space's very first full sync the objects that lists bring are written as each
// list page arrives (ObjectFetcher's list sink): nothing is stored yet, so there is
// nothing to compare or report, and the portal prepares the next list page meanwhile.
//
// Every write goes through the StoreWriter, in order, on its own thread: this thread
// only reads pages and asks for the next ones. A page's transaction is posted after
// the list batches it relies on; the next page is handled once it has been applied
// (its versions are read on this thread's connection).
class SpaceSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<SpaceSyncReport>&)>;

    SpaceSync(net::PortalClient& client, store::LocalStore& store, store::StoreWriter& writer,
              QObject* parent = nullptr);

    // Changes per feed request (the portal allows 1..1000).
    void setPageSize(int changes) { m_pageSize = changes; }
    // The most feed pages one run reads before it ends with SYNC-001 (a portal whose
    // feed never ends). 10,000 pages are 5 million changes at the default page size,
    // far beyond a real space; tests lower it.
    void setMaxFeedPages(int pages) { m_maxFeedPages = pages; }
    [[nodiscard]] ObjectFetcher& fetcher() { return m_fetcher; }

    // One run at a time; done is called once, never before run returns.
    void run(const QString& spaceId, Done done);

Q_SIGNALS:
    // After each applied page: pages and changes handled so far in this run, and an
    // estimate of the total changes.
    void pageApplied(const QString& spaceId, int pages, int done, int estimatedTotal);

private:
    // Measured: 64 (a whole first feed) was slower than 16, the feed's urgent requests
    // then crowd out the chains of list pages that decide a first sync's length.
    static constexpr int MaxPagesAhead = 16;
    // A feed page saying "more" without a change is legal once in a while (the portal
    // may cut a page short); this many in a row is a feed that goes nowhere (SYNC-001).
    static constexpr int MaxEmptyPagesInARow = 50;

    // Why the feed must stop being read, or nothing: the page's cursor was already
    // given in this run or is empty, too many pages, or too many empty ones in a row.
    [[nodiscard]] std::optional<Error> endlessFeed(const FeedPage& page);

    void start();
    void requestNextPage();
    void onFeedAnswer(int generation, const Result<net::PortalResponse>& answer);
    void applyNextPage();
    // Forgets the cursor and reads the whole space again (removals are swept at the end).
    void readWholeSpaceAgain();
    void onPage(const FeedPage& page);
    void storeListed(const QList<store::ParsedObject>& objects);
    void apply(const FeedPage& page, const QList<store::ParsedObject>& objects);
    void onApplied(const FeedPage& page, const PageOutcome& outcome);
    void finish(const Result<SpaceSyncReport>& result);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    store::StoreWriter& m_writer;
    int m_lane = 0; // this sync's jobs on the writer
    ObjectFetcher m_fetcher;
    int m_pageSize = 500;
    int m_maxFeedPages = 10'000;
    // The feed's cursors seen in this run, pages read and empty pages in a row.
    QSet<QString> m_cursorsSeen;
    int m_feedPages = 0;
    int m_emptyPagesInARow = 0;

    QString m_spaceId;
    Done m_done;
    int m_generation = 0; // answers for an ended or restarted run are ignored
    QString m_cursor;     // of the last applied page
    // Read ahead: pages arrived (or the error that ended the reading), oldest first.
    QList<Result<FeedPage>> m_arrived;
    QString m_nextCursor; // to ask for when m_moreToRead
    bool m_moreToRead = false;
    bool m_reading = false;      // a feed request is on its way
    bool m_applying = false;     // a page's objects are being fetched or written
    bool m_syncedBefore = false; // notifications only make sense after a first sync
    bool m_resynced = false;
    QString m_language;        // the portal client's language when this run started
    bool m_refetchAll = false; // the copy is in another language: fetch even unchanged objects
    bool m_sweepUnseen = false;
    QSet<QString> m_seen; // "kind/id" during a full sync that may need a sweep
    int m_handled = 0;
    SpaceSyncReport m_report;
};

} // namespace guichet::sync
