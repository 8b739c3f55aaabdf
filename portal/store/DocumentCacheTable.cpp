#include "DocumentCacheTable.h"

#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guichet::store {

DocumentCacheTable::DocumentCacheTable(QSqlDatabase database) : m_database(std::move(database)) {}

Status DocumentCacheTable::put(const CachedDocument& document)
{
    const qint64 lastAccess = document.lastAccess.isValid()
                                  ? document.lastAccess.toMSecsSinceEpoch()
                                  : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database);
    return execute(
        query,
        QStringLiteral("INSERT INTO document_cache (document_id, space_id, etag, size, vault_file,"
                       " received_bytes, complete, pinned, last_access, stored_bytes)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE"
                       " SET space_id = excluded.space_id, etag = excluded.etag,"
                       " size = excluded.size, vault_file = excluded.vault_file,"
                       " received_bytes = excluded.received_bytes, complete = excluded.complete,"
                       " last_access = excluded.last_access,"
                       " stored_bytes = excluded.stored_bytes"),
        {document.documentId, document.spaceId, document.etag, document.size, document.vaultFile,
         document.receivedBytes, document.complete ? 1 : 0, document.pinned ? 1 : 0, lastAccess,
         document.storedBytes});
}

Status DocumentCacheTable::remove(const QString& documentId)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("DELETE FROM document_cache WHERE document_id = ?"),
                   {documentId});
}

Result<std::optional<CachedDocument>> DocumentCacheTable::entry(const QString& documentId) const
{
    Result<QList<CachedDocument>> rows =
        select(QStringLiteral("WHERE document_id = ?"), {documentId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<CachedDocument>();
    return std::optional<CachedDocument>(rows.value().first());
}

Result<QList<CachedDocument>> DocumentCacheTable::list() const
{
    return select(QStringLiteral("ORDER BY document_id"), {});
}

Status DocumentCacheTable::touch(const QString& documentId, const QDateTime& when)
{
    QSqlQuery query(m_database);
    return execute(
        query, QStringLiteral("UPDATE document_cache SET last_access = ? WHERE document_id = ?"),
        {when.toMSecsSinceEpoch(), documentId});
}

Status DocumentCacheTable::setPinned(const QString& documentId, bool pinned)
{
    QSqlQuery query(m_database);
    return execute(query,
                   QStringLiteral("UPDATE document_cache SET pinned = ? WHERE document_id = ?"),
                   {pinned ? 1 : 0, documentId});
}

Result<qint64> DocumentCacheTable::storedBytes() const
{
    QSqlQuery query(m_database);
    if (Status status = execute(
            query, QStringLiteral("SELECT coalesce(sum(stored_bytes), 0) FROM document_cache"));
        !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<CachedDocument>> DocumentCacheTable::evictionCandidates() const
{
    // "Not yet sent" includes failed entries: the person may still retry them.
    return select(QStringLiteral("WHERE pinned = 0 AND NOT EXISTS (SELECT 1 FROM"
                                 " outbox_attachments a JOIN outbox o ON o.id = a.outbox_id"
                                 " WHERE a.document_id = document_cache.document_id"
                                 " AND o.state <> 'sent') ORDER BY last_access, document_id"),
                  {});
}

Result<QList<CachedDocument>> DocumentCacheTable::select(const QString& tail,
                                                         const QVariantList& values) const
{
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT document_id, space_id, etag, size, vault_file,"
                                      " received_bytes, complete, pinned, last_access,"
                                      " stored_bytes FROM document_cache ") +
                       tail))
        return storeError(query.lastError(), QStringLiteral("prepare document cache"));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return storeError(query.lastError(), QStringLiteral("document cache"));
    QList<CachedDocument> documents;
    while (query.next()) {
        CachedDocument document;
        document.documentId = query.value(0).toString();
        document.spaceId = query.value(1).toString();
        document.etag = query.value(2).toString();
        document.size = query.value(3).toLongLong();
        document.vaultFile = query.value(4).toString();
        document.receivedBytes = query.value(5).toLongLong();
        document.complete = query.value(6).toBool();
        document.pinned = query.value(7).toBool();
        document.lastAccess = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
        document.storedBytes = query.value(9).toLongLong();
        documents.append(std::move(document));
    }
    return documents;
}

} // namespace guichet::store
