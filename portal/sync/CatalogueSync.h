#pragma once

#include "LocalStore.h"
#include "PortalClient.h"
#include "StoreWriter.h"

#include <QDateTime>
#include <QObject>

namespace guichet::sync {

// Brings the procedure catalogue of each language up to date:
// GET /catalogue/procedures?updatedSince=<stored>&limit=200, page by page. Each page
// is stored in one transaction; the language's updatedSince moves on only after the
// last page, to the newest updatedAt received (the portal's clock, not ours), so an
// interrupted run repeats at most what it already stored.
//
// The languages are read at the same time (one chain of pages each), and the next
// page of a language is asked for before the current one is stored, so the portal
// prepares it while this side writes. Pages are written by the StoreWriter, on its
// thread, in the order they arrived; a language's updatedSince is posted after its
// pages, and the run ends once everything it posted is written.
class CatalogueSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<int>&)>; // procedures stored

    CatalogueSync(net::PortalClient& client, store::LocalStore& store, store::StoreWriter& writer,
                  QObject* parent = nullptr);

    // One run at a time; done is called once, never before run returns.
    void run(const QStringList& languages, Done done);

private:
    // The progress of one language in this run.
    struct Language
    {
        QString code;
        QDateTime since;
        QDateTime newest;
    };

    void start();
    void requestPage(int index, const QString& cursor);
    void onPage(int index, int generation, const Result<net::PortalResponse>& answer);
    void languageDone();
    void finish(const Result<int>& result);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    store::StoreWriter& m_writer;
    int m_lane = 0; // this sync's jobs on the writer
    QStringList m_codes;
    QList<Language> m_languages;
    int m_running = 0;    // languages still reading
    int m_generation = 0; // answers of an ended run are ignored
    int m_stored = 0;
    Done m_done;
};

} // namespace guichet::sync
