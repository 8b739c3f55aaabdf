#include "DocumentFetcher.h"

#include "ErrorCodes.h"
#include "FeedPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace guichet::sync {
namespace {

// Room for the vault file's header and tag on top of the content.
constexpr qint64 VaultOverheadBytes = 4096;

} // namespace

DocumentFetcher::DocumentFetcher(net::PortalClient& client, store::LocalStore& store,
                                 store::DocumentVault& vault, store::VaultBudget& budget,
                                 QString scratchFolder, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_vault(vault), m_budget(budget),
      m_scratch(std::move(scratchFolder))
{}

DocumentFetcher::~DocumentFetcher()
{
    for (QFuture<Result<Sealed>>& sealing : m_sealing)
        sealing.waitForFinished();
}

void DocumentFetcher::open(const QString& spaceId, const QString& documentId, Opened done)
{
    const auto cached = m_store.documentCache().entry(documentId);
    if (!cached) {
        QTimer::singleShot(0, this, [done, error = cached.error()] { done(error); });
        return;
    }
    if (cached.value() && cached.value()->complete) {
        const Result<std::optional<QByteArray>> content = m_vault.read(documentId);
        if (content && content.value()) {
            (void)m_store.documentCache().touch(documentId, QDateTime::currentDateTimeUtc());
            QTimer::singleShot(0, this, [done, bytes = *content.value()] { done(bytes); });
            return;
        }
        if (!content) {
            QTimer::singleShot(0, this, [done, error = content.error()] { done(error); });
            return;
        }
        // Recorded but gone from disk: download it again.
    }
    download(spaceId, documentId, cached.value() && cached.value()->pinned, std::move(done));
}

void DocumentFetcher::download(const QString& spaceId, const QString& documentId, bool pin,
                               Opened done)
{
    // One download per document: a second Open, or Open while the pinned documents are
    // fetched, waits for the first instead of writing the same scratch file.
    if (auto waiting = m_inFlight.find(documentId); waiting != m_inFlight.end()) {
        waiting->append(std::move(done));
        return;
    }
    const auto fail = [this](Opened finished, const Error& error) {
        QTimer::singleShot(0, this, [finished = std::move(finished), error] { finished(error); });
    };
    const auto object = m_store.objects().object(spaceId, QStringLiteral("document"), documentId);
    if (!object || !object.value()) {
        fail(std::move(done),
             !object
                 ? object.error()
                 : Error(ErrorCode::PortalRequestRefused,
                         QStringLiteral("document %1 is not in the local store").arg(documentId)));
        return;
    }
    const QJsonObject meta = QJsonDocument::fromJson(object.value()->json).object();
    const qint64 size = meta.value(QStringLiteral("size")).toInteger(-1);
    const QByteArray sha256 = meta.value(QStringLiteral("sha256")).toString().toLatin1().toLower();
    // portal.yaml requires both: without the digest a content could not be checked, and
    // without the size a body could grow to the client's cap.
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (size < 0 || !hex64.match(QString::fromLatin1(sha256)).hasMatch()) {
        fail(std::move(done),
             Error(ErrorCode::PortalBadResponse,
                   QStringLiteral("document %1 has no valid size or sha256").arg(documentId)));
        return;
    }
    if (Status room = m_budget.makeRoom(size + VaultOverheadBytes); !room) {
        fail(std::move(done), room.error());
        return;
    }
    QDir().mkpath(m_scratch);
    net::DownloadRequest request;
    request.path = apiRelativePath(meta.value(QStringLiteral("contentHref")).toString());
    if (request.path.isEmpty())
        request.path = QStringLiteral("/spaces/%1/documents/%2/content").arg(spaceId, documentId);
    request.targetFile = m_scratch + QLatin1Char('/') + store::DocumentVault::fileName(documentId) +
                         QStringLiteral(".download");
    request.expectedSha256Hex = sha256;
    // A body longer than the document's declared size is cut off there (NET-006).
    request.maxBytes = std::min(request.maxBytes, size);
    const QString etag = meta.value(QStringLiteral("etag")).toString();
    m_inFlight.insert(documentId, {std::move(done)});
    m_client.download(
        request, this,
        [this, spaceId, documentId, pin, size, etag,
         file = request.targetFile](const Result<net::DownloadResult>& result) {
            if (!result) {
                finish(documentId, result.error());
                return;
            }
            // Reading and sealing a large file takes a while: on a worker thread, so
            // the window stays responsive. The vault only reads its key there.
            store::DocumentVault* vault = &m_vault;
            auto* watcher = new QFutureWatcher<Result<Sealed>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this,
                    [this, watcher, spaceId, documentId, pin, size, etag] {
                        watcher->deleteLater();
                        m_sealing.removeIf([](const QFuture<Result<Sealed>>& future) {
                            return future.isFinished();
                        });
                        const Result<Sealed> sealed = watcher->result();
                        if (!sealed) {
                            finish(documentId, sealed.error());
                            return;
                        }
                        store::CachedDocument entry;
                        entry.documentId = documentId;
                        entry.spaceId = spaceId;
                        entry.etag = etag;
                        entry.size = size;
                        entry.vaultFile = store::DocumentVault::fileName(documentId);
                        entry.receivedBytes = sealed.value().content.size();
                        entry.complete = true;
                        entry.storedBytes = sealed.value().storedBytes;
                        entry.lastAccess = QDateTime::currentDateTimeUtc();
                        Status recorded = m_store.documentCache().put(entry);
                        if (recorded && pin)
                            recorded = m_store.documentCache().setPinned(documentId, true);
                        if (!recorded) {
                            finish(documentId, recorded.error());
                            return;
                        }
                        finish(documentId, sealed.value().content);
                    });
            QFuture<Result<Sealed>> sealing =
                QtConcurrent::run([vault, documentId, file]() -> Result<Sealed> {
                    QFile plain(file);
                    if (!plain.open(QIODevice::ReadOnly))
                        return Error(ErrorCode::VaultWriteFailed, plain.errorString());
                    QByteArray bytes = plain.readAll();
                    plain.close();
                    QFile::remove(file); // the clear text stays on disk no longer than needed
                    const Result<qint64> written = vault->write(documentId, bytes);
                    if (!written)
                        return written.error();
                    return Sealed{std::move(bytes), written.value()};
                });
            m_sealing.append(sealing);
            watcher->setFuture(sealing);
        });
}

void DocumentFetcher::finish(const QString& documentId, const Result<QByteArray>& outcome)
{
    const QList<Opened> waiting = m_inFlight.take(documentId);
    for (const Opened& done : waiting)
        done(outcome);
}

void DocumentFetcher::removeScratch(const QString& scratchFolder)
{
    // What a crash or a sign-out in the middle of a download left: plaintext.
    QDir(scratchFolder).removeRecursively();
}

void DocumentFetcher::fetchPinned(Done done)
{
    m_pinnedDone = std::move(done);
    m_pinnedFetched = 0;
    store::ObjectFilter filter;
    filter.kind = QStringLiteral("document");
    filter.pinnedOnly = true;
    const Result<int> count = m_store.objects().count(filter);
    const auto pinned = count ? m_store.objects().list(filter, 0, count.value())
                              : Result<QList<store::StoredObject>>(count.error());
    if (!pinned) {
        QTimer::singleShot(0, this, [this, error = pinned.error()] {
            const Done finished = std::move(m_pinnedDone);
            finished(error);
        });
        return;
    }
    m_pinnedQueue.clear();
    for (const store::StoredObject& object : pinned.value()) {
        const auto cached = m_store.documentCache().entry(object.id);
        if (cached && cached.value() && cached.value()->complete && m_vault.contains(object.id)) {
            if (!cached.value()->pinned)
                (void)m_store.documentCache().setPinned(object.id, true);
            continue;
        }
        m_pinnedQueue.append(object);
    }
    QTimer::singleShot(0, this, &DocumentFetcher::fetchNextPinned);
}

void DocumentFetcher::fetchNextPinned()
{
    if (m_pinnedQueue.isEmpty()) {
        const Done finished = std::move(m_pinnedDone);
        if (finished)
            finished(m_pinnedFetched);
        return;
    }
    const store::StoredObject next = m_pinnedQueue.takeFirst();
    download(next.spaceId, next.id, true, [this](const Result<QByteArray>& content) {
        if (!content) {
            m_pinnedQueue.clear();
            const Done finished = std::move(m_pinnedDone);
            if (finished)
                finished(content.error());
            return;
        }
        ++m_pinnedFetched;
        fetchNextPinned();
    });
}

} // namespace guichet::sync
