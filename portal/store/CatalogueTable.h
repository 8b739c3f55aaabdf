#pragma once

#include "Result.h"
#include "StoreTypes.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace guichet::store {

// The procedure catalogue per language (table `catalogue`, see StoreSchema.h) and
// its search. Search is insensitive to accents and case; every word typed must
// start a word of the title, summary, themes or administration.
class CatalogueTable
{
public:
    CatalogueTable(QSqlDatabase database, bool fullTextIndex);

    // Whether search uses the FTS5 index (else a scan of the folded column).
    [[nodiscard]] bool usesFullTextIndex() const { return m_fullText; }

    // Stores ProcedureSummary or Procedure objects of one language in one
    // transaction; a "withdrawn" one is removed. Returns how many were stored.
    [[nodiscard]] Result<int> upsert(const QString& language, const QList<QByteArray>& procedures);
    // The same for procedures the caller has parsed: (JSON text as stored, parsed form).
    [[nodiscard]] Result<int> upsert(const QString& language,
                                     const QList<QPair<QByteArray, QJsonObject>>& procedures);
    [[nodiscard]] Status remove(const QString& language, const QString& id);

    [[nodiscard]] Result<std::optional<CatalogueEntry>> procedure(const QString& language,
                                                                  const QString& id) const;
    // Matches ordered by title (then id); audience empty = citizen and business; empty
    // text lists all. (Ordering by bm25 rank was measured at 3x the cost per keystroke.)
    [[nodiscard]] Result<QList<CatalogueEntry>> search(const QString& language, const QString& text,
                                                       const QString& audience, int limit) const;
    [[nodiscard]] Result<int> count(const QString& language) const;

    // Creates the FTS5 index and its triggers when available (rebuilding it once
    // if it was left stale), or drops the triggers when not, so catalogue writes
    // never depend on a module this SQLite library lacks. Cheap when nothing changes.
    [[nodiscard]] static Status prepareFullTextIndex(QSqlDatabase& database, bool available);
    // Whether the SQLite library behind the Qt driver has FTS5 (asks SQLite itself).
    [[nodiscard]] static bool fullTextAvailable(QSqlDatabase& database);

private:
    [[nodiscard]] Result<QList<CatalogueEntry>> run(const QString& sql,
                                                    const QVariantList& values) const;

    QSqlDatabase m_database;
    bool m_fullText;
};

} // namespace guichet::store
