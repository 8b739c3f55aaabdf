#include "ObjectTable.h"

#include "ErrorCodes.h"
#include "NativeStatement.h"
#include "ObjectIndexer.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace guichet::store {
namespace {

// Builds the WHERE clause of a filter; values are bound in the same order.
QString whereClause(const ObjectFilter& filter, QVariantList& values)
{
    QStringList conditions{QStringLiteral("space_id = ?")};
    values.append(filter.spaceId);
    const auto add = [&](const QString& value, const char* column) {
        if (value.isEmpty())
            return;
        conditions.append(QLatin1String(column) + QStringLiteral(" = ?"));
        values.append(value);
    };
    add(filter.kind, "kind");
    add(filter.dossierId, "dossier_id");
    add(filter.status, "status");
    add(filter.source, "source");
    add(filter.administration, "administration");
    if (filter.unreadOnly)
        conditions.append(QStringLiteral("unread = 1"));
    if (filter.pinnedOnly)
        conditions.append(QStringLiteral("pinned = 1"));
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Status bindAndRun(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return storeError(query.lastError(), QStringLiteral("prepare list"));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return storeError(query.lastError(), QStringLiteral("list objects"));
    return {};
}

const QString selectColumns =
    QStringLiteral("SELECT space_id, kind, id, version, json, pinned FROM objects");

} // namespace

ObjectTable::ObjectTable(QSqlDatabase database, const ColumnSealer& sealer)
    : m_database(std::move(database)), m_sealer(sealer)
{}

QByteArray ObjectTable::placeOf(const QString& spaceId, const QString& kind, const QString& id)
{
    return ColumnSealer::place("objects.json", {spaceId, kind, id});
}

Result<StoredObject> ObjectTable::readRow(const QSqlQuery& query) const
{
    StoredObject object;
    object.spaceId = query.value(0).toString();
    object.kind = query.value(1).toString();
    object.id = query.value(2).toString();
    object.version = query.value(3).toLongLong();
    Result<QByteArray> json = m_sealer.open(query.value(4).toByteArray(),
                                            placeOf(object.spaceId, object.kind, object.id));
    if (!json)
        return json.error();
    object.json = std::move(json.value());
    object.pinned = query.value(5).toBool();
    return object;
}

Result<int> ObjectTable::upsert(const QList<StoredObject>& batch)
{
    QList<ParsedObject> parsed;
    parsed.reserve(batch.size());
    for (const StoredObject& object : batch) {
        const QJsonDocument document = QJsonDocument::fromJson(object.json);
        if (!document.isObject())
            return Error(
                ErrorCode::StoreOpenFailed,
                QStringLiteral("upsert %1 %2: JSON is not an object").arg(object.kind, object.id));
        parsed.append({object, document.object()});
    }
    return upsert(parsed);
}

Result<int> ObjectTable::upsert(const QList<ParsedObject>& batch)
{
    SqlTransaction transaction(m_database);
    if (!m_sealer.isUnlocked())
        return m_sealer.seal({}, {}).error(); // STORE-005, before anything is written
    if (Status status = transaction.begin(); !status)
        return status.error();
    // The WHERE of the upsert keeps a newer stored copy; pinned is local and kept.
    NativeStatement statement(
        m_database, "INSERT INTO objects (space_id, kind, id, version, json, sort_key, updated_at,"
                    " dossier_id, status, source, administration, unread)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (space_id, kind, id) DO UPDATE SET version = excluded.version,"
                    " json = excluded.json, sort_key = excluded.sort_key,"
                    " updated_at = excluded.updated_at, dossier_id = excluded.dossier_id,"
                    " status = excluded.status, source = excluded.source,"
                    " administration = excluded.administration, unread = excluded.unread"
                    " WHERE excluded.version >= objects.version");
    if (Status status = statement.prepared(); !status)
        return status.error();
    int written = 0;
    for (const auto& [object, json] : batch) {
        const IndexedColumns columns = indexObject(object.kind, json);
        // The JSON is sealed as the portal sent it.
        const Result<QByteArray> sealed =
            m_sealer.seal(object.json, placeOf(object.spaceId, object.kind, object.id));
        if (!sealed)
            return sealed.error();
        // Bound as UTF-8; the bytes live until step() returns.
        const QByteArray text[] = {
            object.spaceId.toUtf8(),  object.kind.toUtf8(),       object.id.toUtf8(),
            columns.sortKey.toUtf8(), columns.updatedAt.toUtf8(), columns.dossierId.toUtf8(),
            columns.status.toUtf8(),  columns.source.toUtf8(),    columns.administration.toUtf8()};
        statement.bindText(1, text[0]);
        statement.bindText(2, text[1]);
        statement.bindText(3, text[2]);
        statement.bindInteger(4, object.version);
        statement.bindBlob(5, sealed.value());
        statement.bindText(6, text[3]); // NOT NULL: '' when the object has no date
        for (int i = 4; i < 9; ++i)     // absent fields are NULL, as filters expect
            statement.bindTextOrNull(i + 3, text[i]);
        statement.bindInteger(12, columns.unread ? 1 : 0);
        if (Status status = statement.step("upsert object"); !status)
            return Error(
                status.error().code(),
                QStringLiteral("%1 %2: %3").arg(object.kind, object.id, status.error().detail()));
        written += statement.changes() > 0 ? 1 : 0;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return written;
}

Status ObjectTable::remove(const QString& spaceId, const QString& kind, const QString& id)
{
    QSqlQuery query(m_database);
    return execute(query,
                   QStringLiteral("DELETE FROM objects WHERE space_id = ? AND kind = ? AND id = ?"),
                   {spaceId, kind, id});
}

Result<std::optional<StoredObject>> ObjectTable::object(const QString& spaceId, const QString& kind,
                                                        const QString& id) const
{
    QSqlQuery query(m_database);
    if (Status status = execute(
            query, selectColumns + QStringLiteral(" WHERE space_id = ? AND kind = ? AND id = ?"),
            {spaceId, kind, id});
        !status)
        return status.error();
    if (!query.next())
        return std::optional<StoredObject>();
    Result<StoredObject> row = readRow(query);
    if (!row)
        return row.error();
    return std::optional<StoredObject>(std::move(row.value()));
}

Result<QHash<QString, qint64>>
ObjectTable::versions(const QString& spaceId,
                      const QList<QPair<QString, QString>>& kindAndIds) const
{
    // One query per kind, so that (space_id, kind, id) is found through the primary
    // key; without the kind SQLite walked every object of the space for each query,
    // which made a first sync's feed pages slower and slower.
    QHash<QString, QStringList> idsByKind;
    for (const auto& [kind, id] : kindAndIds)
        idsByKind[kind].append(id);
    constexpr qsizetype Chunk = 400; // well under SQLite's bound-parameter limit
    QHash<QString, qint64> found;
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        const QStringList& ids = it.value();
        for (qsizetype start = 0; start < ids.size(); start += Chunk) {
            const qsizetype size = std::min(Chunk, ids.size() - start);
            QString sql = QStringLiteral("SELECT id, version FROM objects WHERE space_id = ? "
                                         "AND kind = ? AND id IN (");
            for (qsizetype i = 0; i < size; ++i)
                sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
            sql += u')';
            QSqlQuery query(m_database);
            query.setForwardOnly(true);
            if (!query.prepare(sql))
                return storeError(query.lastError(), QStringLiteral("prepare versions"));
            query.bindValue(0, spaceId);
            query.bindValue(1, it.key());
            for (qsizetype i = 0; i < size; ++i)
                query.bindValue(int(i + 2), ids.at(start + i));
            if (!query.exec())
                return storeError(query.lastError(), QStringLiteral("versions"));
            while (query.next())
                found.insert(it.key() + u'/' + query.value(0).toString(),
                             query.value(1).toLongLong());
        }
    }
    return found;
}

Result<qint64> ObjectTable::version(const QString& spaceId, const QString& kind,
                                    const QString& id) const
{
    QSqlQuery query(m_database);
    if (Status status =
            execute(query,
                    QStringLiteral(
                        "SELECT version FROM objects WHERE space_id = ? AND kind = ? AND id = ?"),
                    {spaceId, kind, id});
        !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<StoredObject>> ObjectTable::list(const ObjectFilter& filter, int offset,
                                              int limit) const
{
    QVariantList values;
    const QString sql = selectColumns + whereClause(filter, values) +
                        QStringLiteral(" ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (Status status = bindAndRun(query, sql, values); !status)
        return status.error();
    QList<StoredObject> objects;
    while (query.next()) {
        Result<StoredObject> row = readRow(query);
        if (!row)
            return row.error();
        objects.append(std::move(row.value()));
    }
    return objects;
}

Result<int> ObjectTable::count(const ObjectFilter& filter) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM objects") + whereClause(filter, values);
    QSqlQuery query(m_database);
    if (Status status = bindAndRun(query, sql, values); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QByteArray> ObjectTable::jsonArray(const ObjectFilter& filter) const
{
    // Each stored text is a JSON object (upsert checks it), so joining them with
    // commas inside brackets makes a valid array. Each is opened here: the texts are
    // sealed, so SQLite can no longer join them itself.
    QVariantList values;
    const QString sql = QStringLiteral("SELECT space_id, kind, id, json FROM objects") +
                        whereClause(filter, values) +
                        QStringLiteral(" ORDER BY sort_key DESC, id DESC");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (Status status = bindAndRun(query, sql, values); !status)
        return status.error();
    QByteArray array("[");
    while (query.next()) {
        const Result<QByteArray> json =
            m_sealer.open(query.value(3).toByteArray(),
                          placeOf(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString()));
        if (!json)
            return json.error();
        if (array.size() > 1)
            array.append(',');
        array.append(json.value());
    }
    array.append(']');
    return array;
}

Result<QStringList> ObjectTable::sortKeys(const ObjectFilter& filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT json_group_array(sort_key) FROM"
                                       " (SELECT sort_key FROM objects") +
                        whereClause(filter, values) +
                        QStringLiteral(" ORDER BY sort_key DESC, id DESC)");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (Status status = bindAndRun(query, sql, values); !status)
        return status.error();
    QStringList keys;
    if (query.next()) {
        const QJsonArray array = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
        keys.reserve(array.size());
        for (const QJsonValue key : array)
            keys.append(key.toString());
    }
    return keys;
}

Result<int> ObjectTable::sealPlaintextRows()
{
    QSqlQuery query(m_database);
    if (Status status = execute(query, QStringLiteral("SELECT space_id, kind, id, json FROM objects"
                                                      " WHERE typeof(json) = 'text'"));
        !status)
        return status.error();
    QList<StoredObject> plain;
    while (query.next())
        plain.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), 0, query.value(3).toString().toUtf8(), false});
    for (const StoredObject& object : plain) {
        const Result<QByteArray> sealed =
            m_sealer.seal(object.json, placeOf(object.spaceId, object.kind, object.id));
        if (!sealed)
            return sealed.error();
        if (Status status = execute(query,
                                    QStringLiteral("UPDATE objects SET json = ? WHERE space_id = ?"
                                                   " AND kind = ? AND id = ?"),
                                    {sealed.value(), object.spaceId, object.kind, object.id});
            !status)
            return status.error();
    }
    return static_cast<int>(plain.size());
}

Status ObjectTable::setPinned(const QString& spaceId, const QString& kind, const QString& id,
                              bool pinned)
{
    QSqlQuery query(m_database);
    return execute(
        query,
        QStringLiteral("UPDATE objects SET pinned = ? WHERE space_id = ? AND kind = ? AND id = ?"),
        {pinned ? 1 : 0, spaceId, kind, id});
}

} // namespace guichet::store
