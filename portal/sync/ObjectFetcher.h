#pragma once

#include "FeedPage.h"
#include "ObjectTable.h"
#include "PortalClient.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace guichet::sync {

// Fetches the objects that a page of the change feed names, with as few requests as
// it can:
// - events: their href is the dossier's event list, so one GET per dossier covers
//   all of that dossier's events;
// - dossiers, documents, messages, consents and access-log entries: when a page names
//   at least `listThreshold` of one kind (a first sync), the kind's list is read once
//   (200 per request) and kept for the rest of the sync run, so later pages cost
//   nothing more;
// - anything else, or an object the list did not have at the named version: GET href
//   (a few in parallel).
// An object that answers 404 was deleted meanwhile: it is left out (its delete is
// further on in the feed).
//
// The lists a page needs are read at the same time, and each list's next page is
// asked for before the current one is handled. With a list sink (a space's first
// full sync), the objects of each list page go to the sink at once instead of being
// kept: only their versions are kept, and fetch() leaves them out of its answer.
class ObjectFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QList<store::ParsedObject>>&)>;
    // Takes objects of the lists to be stored. It only hands them on (SpaceSync posts
    // them to the StoreWriter): a failed write surfaces at the page that follows them.
    using ListSink = std::function<void(const QList<store::ParsedObject>&)>;

    explicit ObjectFetcher(net::PortalClient& client, QObject* parent = nullptr);

    void setListThreshold(int count) { m_listThreshold = count; }
    // Forgets the lists read so far and drops the pages still on their way (at the
    // start and at the end of each sync run).
    void forgetLists()
    {
        m_lists.clear();
        m_stored.clear();
        m_reading.clear();
        m_toSink.clear();
        m_waitingForLists = false;
        ++m_listGeneration;
    }
    // nullptr = keep list objects in memory and return them from fetch().
    void setListSink(ListSink sink) { m_sink = std::move(sink); }

    // `needed` are upserts of known kinds; done runs once, never before fetch returns.
    void fetch(const QString& spaceId, const QList<FeedChange>& needed, Done done);
    // With a sink: starts reading now the lists a later fetch of `changes` will need,
    // so that they arrive while earlier pages are handled. Without one, does nothing.
    void prefetchLists(const QString& spaceId, const QList<FeedChange>& changes);
    // With a sink: starts reading every list of the space (documents first, the
    // longest chain) before the feed names them. On a space's first full sync the
    // feed will name everything they hold; waiting for it held the last lists back
    // until the first pages had been written. Without a sink, does nothing.
    void prefetchAllLists(const QString& spaceId);

private:
    [[nodiscard]] QStringList listsFor(const QString& spaceId,
                                       const QList<FeedChange>& changes) const;
    void startList(const QString& path);
    void resolveWhenListsRead();
    void readListPage(const QString& path, const QString& cursor);
    void listFailed(const QString& path, const Error& error);
    void onListPage(const QString& path, const net::PortalResponse& response);
    // Hands the objects waiting for the sink to it.
    void flushSink();
    void resolveFromLists();
    void startSingleGets();
    void finishOne();
    void fail(const Error& error);
    [[nodiscard]] static QString listPathOf(const QString& spaceId, const FeedChange& change);
    // An object of a list: as parsed, and as the portal wrote it (empty when the page
    // could not be split, then it is serialised again).
    struct Listed
    {
        QJsonObject json;
        QByteArray raw;
    };

    [[nodiscard]] store::ParsedObject toStored(const FeedChange& change,
                                               const Listed& listed) const;
    [[nodiscard]] store::ParsedObject toStored(const QString& kind, const Listed& listed) const;

    net::PortalClient& m_client;
    int m_listThreshold = 5;
    // List path -> id -> object, kept for the sync run.
    QHash<QString, QHash<QString, Listed>> m_lists;
    // With a sink: list path -> id -> version of the objects the sink stored.
    QHash<QString, QHash<QString, qint64>> m_stored;
    ListSink m_sink;
    QList<QPair<QString, store::ParsedObject>> m_toSink; // list path, object

    // The fetch in progress.
    int m_generation = 0;
    QString m_spaceId;
    QList<FeedChange> m_needed;
    Done m_done;
    QSet<QString> m_reading;  // lists whose pages are still arriving
    int m_listGeneration = 0; // pages of forgotten lists are dropped
    QStringList m_fetchLists; // the lists the fetch in progress needs
    bool m_waitingForLists = false;
    QList<FeedChange> m_singles;
    int m_nextSingle = 0;
    int m_inFlight = 0;
    QList<store::ParsedObject> m_found;
};

} // namespace guichet::sync
