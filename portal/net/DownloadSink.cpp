#include "DownloadSink.h"

#include "ErrorCodes.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

namespace guichet::net {
namespace {

Error fileError(const QString& what, const QFileDevice& file)
{
    return Error(ErrorCode::DataFolderNotWritable,
                 QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString()));
}

// "bytes <first>-<last>/<total>" -> first, or -1.
qint64 rangeStart(const QByteArray& contentRange)
{
    if (!contentRange.startsWith("bytes "))
        return -1;
    const QByteArray span = contentRange.mid(6).split('/').value(0);
    bool ok = false;
    const qint64 first = span.split('-').value(0).toLongLong(&ok);
    return ok ? first : -1;
}

Result<DownloadResult> verifyAndRename(const QString& part, const QString& target,
                                       const QByteArray& expectedHex, qint64 resumedFrom)
{
    QFile file(part);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot read"), file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fileError(QStringLiteral("cannot hash"), file);
    file.close();
    DownloadResult result{target, QFileInfo(part).size(), resumedFrom, hash.result().toHex()};
    if (!expectedHex.isEmpty() && result.sha256Hex != expectedHex.toLower()) {
        QFile::remove(part);
        return Error(ErrorCode::PortalBadResponse,
                     QStringLiteral("download %1: SHA-256 %2, expected %3")
                         .arg(target, QString::fromLatin1(result.sha256Hex),
                              QString::fromLatin1(expectedHex)));
    }
    QFile::remove(target);
    if (!QFile::rename(part, target))
        return Error(ErrorCode::DataFolderNotWritable,
                     QStringLiteral("cannot rename %1 to %2").arg(part, target));
    return result;
}

} // namespace

DownloadSink::DownloadSink(QString targetFile) : m_target(std::move(targetFile)) {}

ResponseSink::Headers DownloadSink::attemptHeaders()
{
    m_requestedFrom = 0;
    const qint64 have = QFileInfo(partFile()).size();
    QFile etagStore(etagFile());
    const QByteArray etag =
        etagStore.open(QIODevice::ReadOnly) ? etagStore.readAll().trimmed() : QByteArray();
    // Without the ETag a range could splice two versions of the document: start over.
    if (have <= 0 || etag.isEmpty())
        return {{"Accept", "*/*"}};
    m_requestedFrom = have;
    return {{"Accept", "*/*"},
            {"Range", "bytes=" + QByteArray::number(have) + '-'},
            {"If-Range", etag}};
}

Status DownloadSink::begin(int status, const QHash<QByteArray, QByteArray>& headers)
{
    m_file.setFileName(partFile());
    const bool append = status == 206;
    if (append) {
        const qint64 first = rangeStart(headers.value("content-range"));
        if (m_requestedFrom == 0 || first != m_requestedFrom)
            return Error(ErrorCode::PortalBadResponse,
                         QStringLiteral("download %1: 206 from byte %2, asked for %3")
                             .arg(m_target)
                             .arg(first)
                             .arg(m_requestedFrom));
    }
    if (!m_file.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)))
        return fileError(QStringLiteral("cannot open"), m_file);
    m_resumedFrom = append ? m_requestedFrom : 0;
    if (!append) {
        QSaveFile etagStore(etagFile());
        const QByteArray etag = headers.value("etag");
        if (etag.isEmpty()) {
            QFile::remove(etagFile());
        } else if (!etagStore.open(QIODevice::WriteOnly) || etagStore.write(etag) < 0 ||
                   !etagStore.commit()) {
            return fileError(QStringLiteral("cannot write"), etagStore);
        }
    }
    return {};
}

Status DownloadSink::write(const QByteArray& data)
{
    if (m_file.write(data) != data.size())
        return fileError(QStringLiteral("cannot write"), m_file);
    return {};
}

void DownloadSink::endAttempt()
{
    // What arrived stays on disk for the next attempt.
    if (m_file.isOpen())
        m_file.close();
}

bool DownloadSink::restartAfterUnsatisfiableRange()
{
    if (m_requestedFrom == 0)
        return false;
    discardPart();
    return true;
}

void DownloadSink::discardPart()
{
    QFile::remove(partFile());
    QFile::remove(etagFile());
}

void DownloadSink::complete(const QByteArray& expectedSha256Hex, QObject* context,
                            std::function<void(Result<DownloadResult>)> done)
{
    endAttempt();
    QFile::remove(etagFile());
    using Outcome = Result<DownloadResult>;
    // The watcher belongs to `context`: if that goes away first, nobody is called.
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto* watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, part = partFile(), target = m_target,
                                          expected = expectedSha256Hex, resumed = m_resumedFrom] {
        promise->start();
        promise->addResult(verifyAndRename(part, target, expected, resumed));
        promise->finish();
    });
}

} // namespace guichet::net
