#pragma once

#include "FeedPage.h"
#include "PortalClient.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

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
class ObjectFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QList<store::StoredObject>>&)>;

    explicit ObjectFetcher(net::PortalClient& client, QObject* parent = nullptr);

    void setListThreshold(int count) { m_listThreshold = count; }
    // Forgets the lists read so far (call at the start of each sync run).
    void forgetLists() { m_lists.clear(); }

    // `needed` are upserts of known kinds; done runs once, never before fetch returns.
    void fetch(const QString& spaceId, const QList<FeedChange>& needed, Done done);

private:
    void readNextList();
    void readListPage(const QString& path, const QString& cursor);
    void resolveFromLists();
    void startSingleGets();
    void finishOne();
    void fail(const Error& error);
    [[nodiscard]] static QString listPathOf(const QString& spaceId, const FeedChange& change);
    [[nodiscard]] store::StoredObject toStored(const FeedChange& change,
                                               const QJsonObject& json) const;

    net::PortalClient& m_client;
    int m_listThreshold = 5;
    // List path -> id -> object, kept for the sync run.
    QHash<QString, QHash<QString, QJsonObject>> m_lists;

    // The fetch in progress.
    int m_generation = 0;
    QString m_spaceId;
    QList<FeedChange> m_needed;
    Done m_done;
    QStringList m_listsToRead;
    QList<FeedChange> m_singles;
    int m_nextSingle = 0;
    int m_inFlight = 0;
    QList<store::StoredObject> m_found;
};

} // namespace guichet::sync
