#pragma once

#include "Result.h"
#include "StoreTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace guichet::store {

// Which document contents the vault holds (table `document_cache`, see
// StoreSchema.h): what the budget counts and what eviction chooses from.
class DocumentCacheTable
{
public:
    explicit DocumentCacheTable(QSqlDatabase database);

    // Records (or updates) a content; pinned is changed only by setPinned.
    [[nodiscard]] Status put(const CachedDocument& document);
    [[nodiscard]] Status remove(const QString& documentId);
    [[nodiscard]] Result<std::optional<CachedDocument>> entry(const QString& documentId) const;
    [[nodiscard]] Result<QList<CachedDocument>> list() const;

    // Marks a content as just used (least recently used is evicted first).
    [[nodiscard]] Status touch(const QString& documentId, const QDateTime& when);
    [[nodiscard]] Status setPinned(const QString& documentId, bool pinned);

    [[nodiscard]] Result<qint64> storedBytes() const;
    // Contents that may be evicted, least recently used first: not pinned and not
    // referenced by an outbox entry that is not yet sent.
    [[nodiscard]] Result<QList<CachedDocument>> evictionCandidates() const;

private:
    [[nodiscard]] Result<QList<CachedDocument>> select(const QString& tail,
                                                       const QVariantList& values) const;

    QSqlDatabase m_database;
};

} // namespace guichet::store
