#include "OutboxRequest.h"

#include "ErrorCodes.h"
#include "MultipartBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::sync {

Result<net::PortalRequest> outboxRequest(const store::OutboxEntry& entry,
                                         const store::DocumentVault* vault)
{
    net::PortalRequest request;
    request.method = entry.method.toLatin1();
    request.path = entry.path;
    request.idempotencyKey = entry.idempotencyKey.toLatin1();
    request.useEtagCache = false;
    if (entry.attachments.isEmpty()) {
        if (!entry.body.isEmpty()) {
            request.body = entry.body;
            request.contentType = "application/json";
        }
        return request;
    }

    const QJsonObject layout = QJsonDocument::fromJson(entry.body).object();
    net::MultipartBody body;
    const QJsonObject fields = layout.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.addField(it.key().toUtf8(), it.value().toString().toUtf8());
    const QJsonObject jsonParts = layout.value(QStringLiteral("jsonParts")).toObject();
    for (auto it = jsonParts.begin(); it != jsonParts.end(); ++it)
        body.addJson(it.key().toUtf8(), it.value().toObject());
    const QJsonArray names = layout.value(QStringLiteral("fileParts")).toArray();
    for (qsizetype i = 0; i < entry.attachments.size(); ++i) {
        const store::OutboxAttachment& attachment = entry.attachments.at(i);
        if (!vault)
            return Error(ErrorCode::VaultKeyMissing,
                         QStringLiteral("outbox entry %1 has attachments but no vault is open")
                             .arg(entry.id));
        const Result<std::optional<QByteArray>> content = vault->read(attachment.documentId);
        if (!content)
            return content.error();
        if (!content.value())
            return Error(ErrorCode::VaultWriteFailed,
                         QStringLiteral("attachment %1 of outbox entry %2 is not in the vault")
                             .arg(attachment.documentId)
                             .arg(entry.id));
        const QString name = i < names.size() ? names.at(i).toString() : QStringLiteral("file");
        body.addFile(name.toUtf8(), attachment.fileName.toUtf8(), attachment.mediaType.toLatin1(),
                     *content.value());
    }
    request.body = body.serialise();
    request.contentType = body.contentType();
    return request;
}

} // namespace guichet::sync
