#pragma once

#include "ColumnSealer.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace guichet::store {

// An object to write together with its JSON already parsed (the sync has parsed the
// page it came in): the indexed columns are read from `parsed`, `object.json` is
// stored as it is.
struct ParsedObject
{
    StoredObject object;
    QJsonObject parsed;
};

// The objects of a person's spaces (table `objects`, see StoreSchema.h). The JSON of
// each object is sealed (ColumnSealer, place: space, kind, id); the columns lists
// filter and sort on are not.
class ObjectTable
{
public:
    ObjectTable(QSqlDatabase database, const ColumnSealer& sealer);

    // Writes a batch in one transaction (all or nothing). An object already stored
    // with a higher version is left as it is: pages of the change feed may arrive
    // late. Returns how many objects were written. JSON that is not an object is
    // refused (STORE-001) and nothing of the batch is written.
    [[nodiscard]] Result<int> upsert(const QList<StoredObject>& batch);
    // The same for objects whose JSON the caller has parsed (the sync's write path).
    [[nodiscard]] Result<int> upsert(const QList<ParsedObject>& batch);
    [[nodiscard]] Status remove(const QString& spaceId, const QString& kind, const QString& id);

    [[nodiscard]] Result<std::optional<StoredObject>>
    object(const QString& spaceId, const QString& kind, const QString& id) const;
    // The stored version, 0 when absent (lets the sync skip an unchanged object).
    // The stored versions of many objects of a space in one query per few hundred ids:
    // key kind + '/' + id; objects not stored are absent. (A feed page asks for
    // hundreds at once; one query each was most of a first sync's local time.)
    [[nodiscard]] Result<QHash<QString, qint64>>
    versions(const QString& spaceId, const QList<QPair<QString, QString>>& kindAndIds) const;
    [[nodiscard]] Result<qint64> version(const QString& spaceId, const QString& kind,
                                         const QString& id) const;

    // Newest first (by the kind's date, then id), one page at a time.
    [[nodiscard]] Result<QList<StoredObject>> list(const ObjectFilter& filter, int offset,
                                                   int limit) const;
    [[nodiscard]] Result<int> count(const ObjectFilter& filter) const;
    // Every object the filter selects as ONE JSON array of the stored texts, in
    // list()'s order: 10,000 rows handed over one by one cost more than the whole
    // log in one piece (about 3 us per row through QSqlQuery).
    [[nodiscard]] Result<QByteArray> jsonArray(const ObjectFilter& filter) const;
    // The sort keys (the kind's date, see ObjectIndexer) of the objects the filter
    // selects, in list()'s order, read from the index alone.
    [[nodiscard]] Result<QStringList> sortKeys(const ObjectFilter& filter) const;

    // Seals the JSON an earlier version stored in plaintext; returns how many rows.
    [[nodiscard]] Result<int> sealPlaintextRows();

    [[nodiscard]] Status setPinned(const QString& spaceId, const QString& kind, const QString& id,
                                   bool pinned);

private:
    [[nodiscard]] Result<StoredObject> readRow(const QSqlQuery& query) const;
    [[nodiscard]] static QByteArray placeOf(const QString& spaceId, const QString& kind,
                                            const QString& id);

    QSqlDatabase m_database;
    const ColumnSealer& m_sealer;
};

} // namespace guichet::store
