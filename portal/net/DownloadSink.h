#pragma once

#include "ResponseSink.h"

#include <QFile>
#include <QObject>
#include <QString>

#include <functional>

namespace guichet::net {

struct DownloadResult
{
    QString file;
    qint64 size = 0;
    qint64 resumedFrom = 0; // bytes kept from an earlier attempt (0 = whole transfer)
    QByteArray sha256Hex;
};

// Writes a download to "<target>.part" and remembers the answer's ETag beside it
// ("<target>.part.etag"), so a dropped connection, or a restart of the application,
// continues with Range + If-Range instead of starting again. A 206 appends, a 200
// (the resource changed, or the server ignores ranges) starts the file over.
class DownloadSink final : public ResponseSink
{
public:
    explicit DownloadSink(QString targetFile);

    [[nodiscard]] Headers attemptHeaders() override;
    [[nodiscard]] Status begin(int status, const QHash<QByteArray, QByteArray>& headers) override;
    [[nodiscard]] Status write(const QByteArray& data) override;
    void endAttempt() override;
    [[nodiscard]] bool restartAfterUnsatisfiableRange() override;

    [[nodiscard]] QString partFile() const { return m_target + QStringLiteral(".part"); }
    [[nodiscard]] qint64 resumedFrom() const { return m_resumedFrom; }

    // Hashes the finished .part off the calling thread, compares it with
    // `expectedSha256Hex` (when given) and renames it to the target; calls `done` on
    // `context`'s thread. A mismatch deletes the .part (NET-003): its bytes are wrong.
    void complete(const QByteArray& expectedSha256Hex, QObject* context,
                  std::function<void(Result<DownloadResult>)> done);

private:
    [[nodiscard]] QString etagFile() const { return m_target + QStringLiteral(".part.etag"); }
    void discardPart();

    QString m_target;
    QFile m_file;
    qint64 m_requestedFrom = 0;
    qint64 m_resumedFrom = 0;
};

} // namespace guichet::net
