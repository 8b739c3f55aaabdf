#include "MessageLimits.h"

#include "ErrorCodes.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace guichet::MessageLimits {

QString mediaType(const QString& filePath)
{
    return QMimeDatabase().mimeTypeForFile(filePath).name();
}

bool isAcceptedType(const QString& mediaType)
{
    return mediaType == u"application/pdf" || mediaType == u"image/jpeg" ||
           mediaType == u"image/png";
}

qint64 bodyBytes(const QJsonObject& newMessage, const QList<qint64>& fileSizes)
{
    qint64 bytes =
        QJsonDocument(newMessage).toJson(QJsonDocument::Compact).size() + PartOverheadBytes;
    for (const qint64 size : fileSizes)
        bytes += size + PartOverheadBytes;
    return bytes;
}

Status check(const QJsonObject& newMessage, const QStringList& filePaths)
{
    const QString subject = newMessage.value(QStringLiteral("subject")).toString();
    const QString body = newMessage.value(QStringLiteral("body")).toString();
    if (subject.trimmed().isEmpty() || body.trimmed().isEmpty() || subject.size() > MaxSubject ||
        body.size() > MaxBody)
        return Error(QString::fromLatin1(ErrorCode::FormAnswersIncomplete),
                     QStringLiteral("message subject 1..%1 and body 1..%2 characters")
                         .arg(MaxSubject)
                         .arg(MaxBody));
    const qsizetype count =
        filePaths.size() + newMessage.value(QStringLiteral("documentIds")).toArray().size();
    if (count > MaxAttachments)
        return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable),
                     QStringLiteral("%1 attachments, at most %2").arg(count).arg(MaxAttachments));
    QList<qint64> sizes;
    for (const QString& path : filePaths) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable())
            return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable),
                         QStringLiteral("%1: not a readable file").arg(path));
        if (const QString type = mediaType(path); !isAcceptedType(type))
            return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable),
                         QStringLiteral("%1: %2 is not accepted").arg(path, type));
        sizes.append(file.size());
    }
    if (const qint64 bytes = bodyBytes(newMessage, sizes); bytes > MaxBodyBytes)
        return Error(
            QString::fromLatin1(ErrorCode::AttachmentUnreadable),
            QStringLiteral("message of %1 bytes, at most %2").arg(bytes).arg(MaxBodyBytes));
    return {};
}

} // namespace guichet::MessageLimits
