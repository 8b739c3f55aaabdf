#include "SyncEngine.h"

#include "DocumentFetcher.h"
#include "ErrorCodes.h"

namespace guichet::sync {
namespace {

// Failures that mean "cannot reach the portal now" rather than "something is wrong".
bool isOffline(const Error& error)
{
    return error.code() == QLatin1String(ErrorCode::PortalUnreachable) ||
           error.code() == QLatin1String(ErrorCode::PortalTimeout) ||
           error.code() == QLatin1String(ErrorCode::PortalOffline);
}

} // namespace

SyncEngine::SyncEngine(net::PortalClient& client, store::LocalStore& store, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_writer(store),
      m_spaceSync(client, store, m_writer), m_catalogueSync(client, store, m_writer)
{
    qRegisterMetaType<guichet::sync::SyncState>();
    qRegisterMetaType<guichet::sync::DossierStatusChange>();
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_spaceSync, &SpaceSync::pageApplied, this,
            [this](const QString& spaceId, int pages, int done, int total) {
                Q_EMIT progress(m_doneBefore + done, m_doneBefore + total);
                Q_EMIT pageApplied(spaceId, pages);
            });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setInterval(int milliseconds)
{
    m_timer.stop();
    m_timer.setInterval(milliseconds);
    if (milliseconds > 0)
        m_timer.start();
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_spaceIndex = 0;
    m_doneBefore = 0;
    m_reports.clear();
    m_partError.reset();
    m_partsRunning = 2;
    setState(SyncState::Syncing);
    startCatalogue();
    nextSpace();
}

void SyncEngine::nextSpace()
{
    if (m_spaceIndex >= m_spaces.size()) {
        partDone(nullptr);
        return;
    }
    m_spaceSync.run(m_spaces.at(m_spaceIndex), [this](const Result<SpaceSyncReport>& report) {
        if (!report) {
            partDone(&report.error());
            return;
        }
        m_reports.append(report.value());
        m_doneBefore += report.value().written + report.value().removed;
        for (const DossierStatusChange& change : report.value().statusChanges)
            Q_EMIT dossierStatusChanged(change);
        if (report.value().newAccessEntries > 0)
            Q_EMIT accessLogEntriesArrived(report.value().spaceId, report.value().newAccessEntries);
        ++m_spaceIndex;
        nextSpace();
    });
}

void SyncEngine::startCatalogue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool catalogueDue =
        !m_languages.isEmpty() &&
        (!m_lastCatalogue.isValid() || m_lastCatalogue.msecsTo(now) >= m_catalogueIntervalMs);
    if (!catalogueDue) {
        partDone(nullptr);
        return;
    }
    m_catalogueSync.run(m_languages, [this](const Result<int>& stored) {
        if (!stored) {
            partDone(&stored.error());
            return;
        }
        m_lastCatalogue = QDateTime::currentDateTimeUtc();
        partDone(nullptr);
    });
}

void SyncEngine::partDone(const Error* error)
{
    if (error && !m_partError)
        m_partError = *error;
    if (--m_partsRunning > 0)
        return;
    if (m_partError) {
        const Error failed = *m_partError;
        finishRun(&failed);
        return;
    }
    afterCatalogue();
}

void SyncEngine::afterCatalogue()
{
    if (!m_documents) {
        finishRun(nullptr);
        return;
    }
    m_documents->fetchPinned(
        [this](const Result<int>& fetched) { finishRun(fetched ? nullptr : &fetched.error()); });
}

void SyncEngine::finishRun(const Error* error)
{
    m_running = false;
    m_writer.checkpoint(); // the run's writes into the file, off this thread
    if (error)
        setState(isOffline(*error) ? SyncState::Offline : SyncState::Error, *error);
    else
        setState(SyncState::Idle);
    Q_EMIT syncFinished(error == nullptr);
    if (m_again)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::setState(SyncState state, const Error& error)
{
    m_lastError = error;
    if (state == m_state && state != SyncState::Error)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

} // namespace guichet::sync
