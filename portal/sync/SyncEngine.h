#pragma once

#include "CatalogueSync.h"
#include "LocalStore.h"
#include "PortalClient.h"
#include "SpaceSync.h"
#include "SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace guichet::sync {

class DocumentFetcher;

// Keeps one identity's local store in step with the portal: every space through its
// change feed (SpaceSync) and, at the same time, the catalogue when it is due
// (CatalogueSync), then the contents of pinned documents (DocumentFetcher, when
// given). The spaces and the catalogue are independent, so their requests share the
// connections and the portal is never left waiting for this side to write. Runs every
// `interval` in the background and on demand; a request made while a sync runs is
// served by one more run right after it.
//
// Cost when nothing changed: one request per space (the feed with its cursor); the
// catalogue adds one request per language only once per catalogue interval.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(net::PortalClient& client, store::LocalStore& store, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setSpaces(const QStringList& spaceIds) { m_spaces = spaceIds; }
    [[nodiscard]] const QStringList& spaces() const { return m_spaces; }
    void setCatalogueLanguages(const QStringList& languages) { m_languages = languages; }
    void setCatalogueInterval(qint64 milliseconds) { m_catalogueIntervalMs = milliseconds; }
    void setFeedPageSize(int changes) { m_spaceSync.setPageSize(changes); }
    void setMaxFeedPages(int pages) { m_spaceSync.setMaxFeedPages(pages); }
    // Not owned; nullptr = no pinned downloads after a sync.
    void setDocumentFetcher(DocumentFetcher* fetcher) { m_documents = fetcher; }
    // Background period; 0 stops the periodic sync.
    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const { return m_timer.interval(); }

    [[nodiscard]] SyncState state() const { return m_state; }
    [[nodiscard]] const Error& lastError() const { return m_lastError; }
    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void stateChanged(guichet::sync::SyncState state, const guichet::Error& error);
    // Estimates for a progress bar: changes handled and expected in this run.
    void progress(int done, int total);
    void pageApplied(const QString& spaceId, int pagesSoFar);
    void dossierStatusChanged(const guichet::sync::DossierStatusChange& change);
    void accessLogEntriesArrived(const QString& spaceId, int count);
    // One run ended (ok or not); reports per space are in lastReports().
    void syncFinished(bool ok);

public:
    [[nodiscard]] const QList<SpaceSyncReport>& lastReports() const { return m_reports; }

private:
    void nextSpace();
    void startCatalogue();
    // The spaces or the catalogue ended (error = nullptr when fine); the documents
    // come after both.
    void partDone(const Error* error);
    void afterCatalogue();
    void finishRun(const Error* error);
    void setState(SyncState state, const Error& error = {});

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    // Before the syncs that post to it; destroyed after them, once its jobs ran.
    store::StoreWriter m_writer;
    SpaceSync m_spaceSync;
    CatalogueSync m_catalogueSync;
    DocumentFetcher* m_documents = nullptr;
    QTimer m_timer;

    QStringList m_spaces;
    QStringList m_languages;
    qint64 m_catalogueIntervalMs = 6LL * 3600 * 1000;
    QDateTime m_lastCatalogue;

    SyncState m_state = SyncState::Idle;
    Error m_lastError;
    bool m_running = false;
    bool m_again = false;
    int m_spaceIndex = 0;
    int m_partsRunning = 0;           // spaces, catalogue
    std::optional<Error> m_partError; // the first failure of this run
    int m_doneBefore = 0;             // changes of the spaces already finished in this run
    QList<SpaceSyncReport> m_reports;
};

} // namespace guichet::sync
