#include "OutboxTable.h"

#include "SqlSupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet::store {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

OutboxState stateFromName(const QString& name)
{
    if (name == u"sending")
        return OutboxState::Sending;
    if (name == u"sent")
        return OutboxState::Sent;
    if (name == u"failed")
        return OutboxState::Failed;
    return OutboxState::Queued;
}

Status bindAndExec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return storeError(query.lastError(), QStringLiteral("prepare outbox"));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return storeError(query.lastError(), QStringLiteral("outbox: %1").arg(sql.left(60)));
    return {};
}

// Durability for one commit: FULL syncs the WAL at commit; NORMAL (the store's
// default) may lose the last commits on power loss, never on an application crash.
void setSynchronous(QSqlDatabase& database, bool full)
{
    QSqlQuery query(database);
    query.exec(full ? QStringLiteral("PRAGMA synchronous = FULL")
                    : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

OutboxTable::OutboxTable(QSqlDatabase database) : m_database(std::move(database)) {}

Result<qint64> OutboxTable::enqueue(const OutboxEntry& entry)
{
    setSynchronous(m_database, true);
    const auto restore = qScopeGuard([this] { setSynchronous(m_database, false); });
    SqlTransaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QSqlQuery query(m_database);
    const qint64 created = entry.createdAt.isValid() ? entry.createdAt.toMSecsSinceEpoch() : now();
    if (Status status = execute(
            query,
            QStringLiteral("INSERT INTO outbox (space_id, kind, method, path, idempotency_key,"
                           " body, state, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"),
            {entry.spaceId, entry.kind, entry.method, entry.path, entry.idempotencyKey,
             entry.body.isNull() ? QVariant() : QVariant(QString::fromUtf8(entry.body)), created,
             created});
        !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < entry.attachments.size(); ++i) {
        const OutboxAttachment& attachment = entry.attachments.at(i);
        if (Status status = execute(query,
                                    QStringLiteral("INSERT INTO outbox_attachments (outbox_id,"
                                                   " position, document_id, file_name, media_type)"
                                                   " VALUES (?, ?, ?, ?, ?)"),
                                    {id, static_cast<int>(i), attachment.documentId,
                                     attachment.fileName, attachment.mediaType});
            !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<std::optional<OutboxEntry>> OutboxTable::next()
{
    SqlTransaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    Result<QList<OutboxEntry>> queued =
        select(QStringLiteral("state = 'queued' ORDER BY id LIMIT 1"), {});
    if (!queued)
        return queued.error();
    if (queued.value().isEmpty())
        return std::optional<OutboxEntry>();
    OutboxEntry entry = queued.value().first();
    if (Status status = setState(entry.id, OutboxState::Sending,
                                 QStringLiteral(", attempts = attempts + 1"), {});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    entry.state = OutboxState::Sending;
    entry.attempts += 1;
    return std::optional<OutboxEntry>(std::move(entry));
}

Status OutboxTable::markSent(qint64 id, const QByteArray& result)
{
    return setState(
        id, OutboxState::Sent,
        QStringLiteral(", result = ?, last_error_code = NULL, last_error_detail = NULL"),
        {QString::fromUtf8(result)});
}

Status OutboxTable::markFailed(qint64 id, const Error& error, bool retry)
{
    return setState(id, retry ? OutboxState::Queued : OutboxState::Failed,
                    QStringLiteral(", last_error_code = ?, last_error_detail = ?"),
                    {error.code(), error.detail()});
}

Result<int> OutboxTable::requeueInterrupted()
{
    QSqlQuery query(m_database);
    if (Status status = execute(query,
                                QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?"
                                               " WHERE state = 'sending'"),
                                {now()});
        !status)
        return status.error();
    return query.numRowsAffected();
}

Status OutboxTable::remove(qint64 id)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

Result<std::optional<OutboxEntry>> OutboxTable::entry(qint64 id) const
{
    Result<QList<OutboxEntry>> rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows.value().first());
}

Result<QList<OutboxEntry>> OutboxTable::list(const QString& spaceId) const
{
    if (spaceId.isEmpty())
        return select(QStringLiteral("1 ORDER BY id"), {});
    return select(QStringLiteral("space_id = ? ORDER BY id"), {spaceId});
}

Result<QList<OutboxEntry>> OutboxTable::select(const QString& where,
                                               const QVariantList& values) const
{
    QSqlQuery query(m_database);
    if (Status status = bindAndExec(
            query,
            QStringLiteral("SELECT id, space_id, kind, method, path, idempotency_key, body, state,"
                           " attempts, last_error_code, last_error_detail, created_at, updated_at,"
                           " result FROM outbox WHERE ") +
                where,
            values);
        !status)
        return status.error();
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.spaceId = query.value(1).toString();
        entry.kind = query.value(2).toString();
        entry.method = query.value(3).toString();
        entry.path = query.value(4).toString();
        entry.idempotencyKey = query.value(5).toString();
        entry.body = query.value(6).toString().toUtf8();
        entry.state = stateFromName(query.value(7).toString());
        entry.attempts = query.value(8).toInt();
        entry.lastErrorCode = query.value(9).toString();
        entry.lastErrorDetail = query.value(10).toString();
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
        entry.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
        entry.result = query.value(13).toString().toUtf8();
        entries.append(std::move(entry));
    }
    QSqlQuery attachments(m_database);
    if (!attachments.prepare(QStringLiteral("SELECT document_id, file_name, media_type FROM"
                                            " outbox_attachments WHERE outbox_id = ?"
                                            " ORDER BY position")))
        return storeError(attachments.lastError(), QStringLiteral("prepare attachments"));
    for (OutboxEntry& entry : entries) {
        if (Status status = executePrepared(attachments, {entry.id}, QStringLiteral("attachments"));
            !status)
            return status.error();
        while (attachments.next())
            entry.attachments.append({attachments.value(0).toString(),
                                      attachments.value(1).toString(),
                                      attachments.value(2).toString()});
    }
    return entries;
}

Status OutboxTable::setState(qint64 id, OutboxState state, const QString& extraSet,
                             const QVariantList& extraValues)
{
    QVariantList values{outboxStateName(state), now()};
    values += extraValues;
    values << id;
    QSqlQuery query(m_database);
    return bindAndExec(query,
                       QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?") + extraSet +
                           QStringLiteral(" WHERE id = ?"),
                       values);
}

} // namespace guichet::store
