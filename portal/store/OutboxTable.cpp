#include "OutboxTable.h"

#include "SqlSupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <tuple>

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

OutboxTable::OutboxTable(QSqlDatabase database, const ColumnSealer& sealer)
    : m_database(std::move(database)), m_sealer(sealer)
{}

Result<QVariant> OutboxTable::sealed(const QByteArray& value, const char* column, qint64 id) const
{
    if (value.isNull())
        return QVariant();
    Result<QByteArray> box =
        m_sealer.seal(value, ColumnSealer::place(column, {QString::number(id)}));
    if (!box)
        return box.error();
    return QVariant(box.value());
}

Result<QByteArray> OutboxTable::opened(const QVariant& value, const char* column, qint64 id) const
{
    if (value.isNull())
        return QByteArray();
    return m_sealer.open(value.toByteArray(), ColumnSealer::place(column, {QString::number(id)}));
}

Result<qint64> OutboxTable::enqueue(const OutboxEntry& entry)
{
    if (!m_sealer.isUnlocked())
        return m_sealer.seal({}, {}).error(); // STORE-005: a submission is never kept readable
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
                           " state, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)"),
            {entry.spaceId, entry.kind, entry.method, entry.path, entry.idempotencyKey, created,
             created});
        !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    // The body is sealed to the entry's id, known only once the row exists; the
    // transaction makes both one write.
    const Result<QVariant> body = sealed(entry.body, "outbox.body", id);
    if (!body)
        return body.error();
    if (Status status = execute(query, QStringLiteral("UPDATE outbox SET body = ? WHERE id = ?"),
                                {body.value(), id});
        !status)
        return status.error();
    for (qsizetype i = 0; i < entry.attachments.size(); ++i) {
        const OutboxAttachment& attachment = entry.attachments.at(i);
        const Result<QByteArray> fileName =
            m_sealer.seal(attachment.fileName.toUtf8(),
                          ColumnSealer::place("outbox_attachments.file_name",
                                              {QString::number(id), QString::number(i)}));
        if (!fileName)
            return fileName.error();
        if (Status status = execute(query,
                                    QStringLiteral("INSERT INTO outbox_attachments (outbox_id,"
                                                   " position, document_id, file_name, media_type)"
                                                   " VALUES (?, ?, ?, ?, ?)"),
                                    {id, static_cast<int>(i), attachment.documentId,
                                     fileName.value(), attachment.mediaType});
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
    const Result<QVariant> sealedResult =
        sealed(result.isNull() ? QByteArray("") : result, "outbox.result", id);
    if (!sealedResult)
        return sealedResult.error();
    return setState(id, OutboxState::Sent,
                    QStringLiteral(", result = ?, last_error_code = NULL, last_error_detail = NULL,"
                                   " last_portal_status = NULL, last_portal_code = NULL"),
                    {sealedResult.value()});
}

Status OutboxTable::markFailed(qint64 id, const Error& error, bool retry)
{
    // The detail may quote the portal's answer about the person's request.
    const Result<QVariant> detail = sealed(error.detail().toUtf8(), "outbox.last_error_detail", id);
    if (!detail)
        return detail.error();
    return setState(id, retry ? OutboxState::Queued : OutboxState::Failed,
                    QStringLiteral(", last_error_code = ?, last_error_detail = ?,"
                                   " last_portal_status = ?, last_portal_code = ?"),
                    {error.code(), detail.value(),
                     error.httpStatus() ? QVariant(error.httpStatus()) : QVariant(),
                     error.portalCode().isEmpty() ? QVariant() : QVariant(error.portalCode())});
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
                           " result, last_portal_status, last_portal_code FROM outbox WHERE ") +
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
        Result<QByteArray> body = opened(query.value(6), "outbox.body", entry.id);
        if (!body)
            return body.error();
        entry.body = std::move(body.value());
        entry.state = stateFromName(query.value(7).toString());
        entry.attempts = query.value(8).toInt();
        entry.lastErrorCode = query.value(9).toString();
        Result<QByteArray> detail = opened(query.value(10), "outbox.last_error_detail", entry.id);
        if (!detail)
            return detail.error();
        entry.lastErrorDetail = QString::fromUtf8(detail.value());
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
        entry.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
        Result<QByteArray> result = opened(query.value(13), "outbox.result", entry.id);
        if (!result)
            return result.error();
        entry.result = std::move(result.value());
        entry.lastPortalStatus = query.value(14).toInt();
        entry.lastPortalCode = query.value(15).toString();
        entries.append(std::move(entry));
    }
    QSqlQuery attachments(m_database);
    if (!attachments.prepare(
            QStringLiteral("SELECT document_id, file_name, media_type, position FROM"
                           " outbox_attachments WHERE outbox_id = ?"
                           " ORDER BY position")))
        return storeError(attachments.lastError(), QStringLiteral("prepare attachments"));
    for (OutboxEntry& entry : entries) {
        if (Status status = executePrepared(attachments, {entry.id}, QStringLiteral("attachments"));
            !status)
            return status.error();
        while (attachments.next()) {
            const Result<QByteArray> fileName = m_sealer.open(
                attachments.value(1).toByteArray(),
                ColumnSealer::place("outbox_attachments.file_name",
                                    {QString::number(entry.id), attachments.value(3).toString()}));
            if (!fileName)
                return fileName.error();
            entry.attachments.append({attachments.value(0).toString(),
                                      QString::fromUtf8(fileName.value()),
                                      attachments.value(2).toString()});
        }
    }
    return entries;
}

Result<int> OutboxTable::sealPlaintextRows()
{
    int count = 0;
    QSqlQuery query(m_database);
    for (const char* column : {"body", "result", "last_error_detail"}) {
        const QString name = QString::fromLatin1(column);
        if (Status status = execute(
                query,
                QStringLiteral("SELECT id, %1 FROM outbox WHERE typeof(%1) = 'text'").arg(name));
            !status)
            return status.error();
        QList<QPair<qint64, QByteArray>> plain;
        while (query.next())
            plain.append({query.value(0).toLongLong(), query.value(1).toString().toUtf8()});
        const QByteArray placeColumn = "outbox." + QByteArray(column);
        for (const auto& [id, value] : plain) {
            const Result<QVariant> box = sealed(value, placeColumn.constData(), id);
            if (!box)
                return box.error();
            if (Status status = execute(
                    query, QStringLiteral("UPDATE outbox SET %1 = ? WHERE id = ?").arg(name),
                    {box.value(), id});
                !status)
                return status.error();
            ++count;
        }
    }
    if (Status status = execute(query, QStringLiteral("SELECT outbox_id, position, file_name FROM"
                                                      " outbox_attachments WHERE typeof(file_name)"
                                                      " = 'text'"));
        !status)
        return status.error();
    QList<std::tuple<qint64, int, QString>> names;
    while (query.next())
        names.append(
            {query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    for (const auto& [id, position, fileName] : names) {
        const Result<QByteArray> box =
            m_sealer.seal(fileName.toUtf8(),
                          ColumnSealer::place("outbox_attachments.file_name",
                                              {QString::number(id), QString::number(position)}));
        if (!box)
            return box.error();
        if (Status status = execute(query,
                                    QStringLiteral("UPDATE outbox_attachments SET file_name = ?"
                                                   " WHERE outbox_id = ? AND position = ?"),
                                    {box.value(), id, position});
            !status)
            return status.error();
        ++count;
    }
    return count;
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
