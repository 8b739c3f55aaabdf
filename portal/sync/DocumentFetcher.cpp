#include "DocumentFetcher.h"

#include "ErrorCodes.h"
#include "FeedPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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
    const auto object = m_store.objects().object(spaceId, QStringLiteral("document"), documentId);
    if (!object || !object.value()) {
        const Error error =
            !object
                ? object.error()
                : Error(ErrorCode::PortalRequestRefused,
                        QStringLiteral("document %1 is not in the local store").arg(documentId));
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    const QJsonObject meta = QJsonDocument::fromJson(object.value()->json).object();
    const qint64 size = meta.value(QStringLiteral("size")).toInteger();
    if (Status room = m_budget.makeRoom(size + VaultOverheadBytes); !room) {
        QTimer::singleShot(0, this, [done, error = room.error()] { done(error); });
        return;
    }
    QDir().mkpath(m_scratch);
    net::DownloadRequest request;
    request.path = apiRelativePath(meta.value(QStringLiteral("contentHref")).toString());
    if (request.path.isEmpty())
        request.path = QStringLiteral("/spaces/%1/documents/%2/content").arg(spaceId, documentId);
    request.targetFile = m_scratch + QLatin1Char('/') + store::DocumentVault::fileName(documentId) +
                         QStringLiteral(".download");
    request.expectedSha256Hex = meta.value(QStringLiteral("sha256")).toString().toLatin1();
    const QString etag = meta.value(QStringLiteral("etag")).toString();
    m_client.download(request, this,
                      [this, spaceId, documentId, pin, size, etag, file = request.targetFile,
                       done = std::move(done)](const Result<net::DownloadResult>& result) {
                          if (!result) {
                              done(result.error());
                              return;
                          }
                          QFile plain(file);
                          if (!plain.open(QIODevice::ReadOnly)) {
                              done(Error(ErrorCode::VaultWriteFailed, plain.errorString()));
                              return;
                          }
                          const QByteArray bytes = plain.readAll();
                          plain.close();
                          QFile::remove(file); // the clear text stays on disk no longer than needed
                          const Result<qint64> written = m_vault.write(documentId, bytes);
                          if (!written) {
                              done(written.error());
                              return;
                          }
                          store::CachedDocument entry;
                          entry.documentId = documentId;
                          entry.spaceId = spaceId;
                          entry.etag = etag;
                          entry.size = size;
                          entry.vaultFile = store::DocumentVault::fileName(documentId);
                          entry.receivedBytes = bytes.size();
                          entry.complete = true;
                          entry.storedBytes = written.value();
                          entry.lastAccess = QDateTime::currentDateTimeUtc();
                          Status recorded = m_store.documentCache().put(entry);
                          if (recorded && pin)
                              recorded = m_store.documentCache().setPinned(documentId, true);
                          if (!recorded) {
                              done(recorded.error());
                              return;
                          }
                          done(bytes);
                      });
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
