#include "CatalogueTable.h"

#include "ErrorCodes.h"
#include "NativeStatement.h"
#include "SqlSupport.h"
#include "TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace guichet::store {
namespace {

QString searchText(const QJsonObject& procedure)
{
    QStringList parts{procedure.value(QLatin1String("title")).toString(),
                      procedure.value(QLatin1String("summary")).toString(),
                      procedure.value(QLatin1String("administration"))
                          .toObject()
                          .value(QLatin1String("name"))
                          .toString()};
    for (const QJsonValue theme : procedure.value(QLatin1String("themes")).toArray())
        parts.append(theme.toString());
    return foldForSearch(parts.join(QLatin1Char(' ')));
}

// An FTS5 query where every word is a quoted prefix; quoting keeps words like
// "and" or "near" from being read as operators.
QString fullTextQuery(const QStringList& words)
{
    QStringList terms;
    for (QString word : words)
        terms.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

const QString selectColumns =
    QStringLiteral("SELECT c.language, c.id, c.audience, c.title, c.json FROM ");

} // namespace

CatalogueTable::CatalogueTable(QSqlDatabase database, bool fullTextIndex)
    : m_database(std::move(database)), m_fullText(fullTextIndex)
{}

Result<int> CatalogueTable::upsert(const QString& language, const QList<QByteArray>& procedures)
{
    QList<QPair<QByteArray, QJsonObject>> parsed;
    parsed.reserve(procedures.size());
    for (const QByteArray& json : procedures)
        parsed.append({json, QJsonDocument::fromJson(json).object()});
    return upsert(language, parsed);
}

Result<int> CatalogueTable::upsert(const QString& language,
                                   const QList<QPair<QByteArray, QJsonObject>>& procedures)
{
    SqlTransaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    // The batch is staged in a temporary table, then written with ONE statement. The
    // FTS5 index follows the catalogue through triggers, and FTS5 flushes its pending
    // terms at every statement that writes it inside a transaction: row by row, that
    // made one index segment per procedure and was most of a catalogue sync's time.
    QSqlQuery stage(m_database);
    if (Status status =
            execute(stage, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS catalogue_incoming ("
                                          " id TEXT NOT NULL, audience TEXT NOT NULL,"
                                          " status TEXT NOT NULL, title TEXT NOT NULL,"
                                          " updated_at TEXT, json TEXT NOT NULL,"
                                          " search_text TEXT NOT NULL)"));
        !status)
        return status.error();
    if (Status status = execute(stage, QStringLiteral("DELETE FROM temp.catalogue_incoming"));
        !status)
        return status.error();
    NativeStatement staging(m_database, "INSERT INTO temp.catalogue_incoming (id, audience,"
                                        " status, title, updated_at, json, search_text)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (Status status = staging.prepared(); !status)
        return status.error();
    QSqlQuery write(m_database);
    // "WHERE true" tells the parser that ON CONFLICT belongs to the INSERT, not to a join.
    if (!write.prepare(QStringLiteral(
            "INSERT INTO catalogue (language, id, audience, status, title, updated_at, json,"
            " search_text) SELECT ?, id, audience, status, title, updated_at, json, search_text"
            " FROM temp.catalogue_incoming WHERE true ON CONFLICT (language, id) DO UPDATE"
            " SET audience = excluded.audience, status = excluded.status,"
            " title = excluded.title, updated_at = excluded.updated_at, json = excluded.json,"
            " search_text = excluded.search_text")))
        return storeError(write.lastError(), QStringLiteral("prepare catalogue upsert"));
    QSqlQuery clear(m_database);
    // Writes what is staged; also before a removal, so the batch keeps its order.
    int staged = 0;
    const auto writeStaged = [&]() -> Status {
        if (staged == 0)
            return {};
        if (Status written = executePrepared(write, {language}, QStringLiteral("catalogue upsert"));
            !written)
            return written;
        staged = 0;
        return execute(clear, QStringLiteral("DELETE FROM temp.catalogue_incoming"));
    };
    int stored = 0;
    for (const auto& [json, procedure] : procedures) {
        const QString id = procedure.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return Error(ErrorCode::StoreOpenFailed,
                         QStringLiteral("catalogue upsert: procedure without id"));
        const QString status = procedure.value(QLatin1String("status")).toString();
        if (status == u"withdrawn") {
            if (Status written = writeStaged(); !written)
                return written.error();
            if (Status removed = remove(language, id); !removed)
                return removed.error();
            continue;
        }
        // UTF-8 for SQLite; the bytes live until step() returns.
        const QByteArray text[] = {id.toUtf8(),
                                   procedure.value(QLatin1String("audience")).toString().toUtf8(),
                                   status.toUtf8(),
                                   procedure.value(QLatin1String("title")).toString().toUtf8(),
                                   procedure.value(QLatin1String("updatedAt")).toString().toUtf8(),
                                   searchText(procedure).toUtf8()};
        for (int i = 0; i < 4; ++i)
            staging.bindText(i + 1, text[i]);
        staging.bindTextOrNull(5, text[4]);
        staging.bindText(6, json); // as the portal sent it
        staging.bindText(7, text[5]);
        if (Status rowStaged = staging.step("catalogue upsert"); !rowStaged)
            return Error(rowStaged.error().code(),
                         QStringLiteral("%1: %2").arg(id, rowStaged.error().detail()));
        ++staged;
        ++stored;
    }
    if (Status written = writeStaged(); !written)
        return written.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Status CatalogueTable::remove(const QString& language, const QString& id)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("DELETE FROM catalogue WHERE language = ? AND id = ?"),
                   {language, id});
}

Result<std::optional<CatalogueEntry>> CatalogueTable::procedure(const QString& language,
                                                                const QString& id) const
{
    const Result<QList<CatalogueEntry>> rows =
        run(selectColumns + QStringLiteral("catalogue c WHERE c.language = ? AND c.id = ?"),
            {language, id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<CatalogueEntry>();
    return std::optional<CatalogueEntry>(rows.value().first());
}

Result<QList<CatalogueEntry>> CatalogueTable::search(const QString& language, const QString& text,
                                                     const QString& audience, int limit) const
{
    const QStringList words = searchWords(text);
    // Words of one or two letters start words of most procedures: their FTS5 lists
    // hold thousands of rows that would all be joined and sorted before the limit
    // (8 ms per keystroke for "d"). Walking the titles in order (catalogue_by_title)
    // and stopping at the limit finds the same first matches in well under 1 ms; a
    // letter that starts few words costs one pass over the language's 1,500 rows.
    constexpr qsizetype ShortWord = 2;
    QStringList longWords;
    QStringList shortWords;
    for (const QString& word : words)
        (word.size() <= ShortWord ? shortWords : longWords).append(word);
    QVariantList values;
    QString sql;
    if (m_fullText && !longWords.isEmpty()) {
        // CROSS JOIN keeps the index of words outside: left to itself, SQLite would walk
        // catalogue_by_title for the order and ask the index about every row (50 ms).
        sql = selectColumns +
              QStringLiteral("catalogue_fts f CROSS JOIN catalogue c ON c.rowid = f.rowid"
                             " WHERE catalogue_fts MATCH ? AND c.language = ?");
        values << fullTextQuery(longWords) << language;
    } else {
        sql = selectColumns + QStringLiteral("catalogue c WHERE c.language = ?");
        values << language;
        shortWords = words;
    }
    // A word must start a word: look for it after a space in " " + text. Short words
    // next to a long one are checked this way too, on the few rows the long one found:
    // "declaration e" asked FTS5 to intersect with every word starting with "e".
    for (const QString& word : std::as_const(shortWords)) {
        sql += QStringLiteral(" AND instr(' ' || c.search_text, ?) > 0");
        values << QLatin1Char(' ') + word;
    }
    if (!audience.isEmpty()) {
        sql += QStringLiteral(" AND c.audience = ?");
        values << audience;
    }
    // The id settles equal titles, so every way of searching cuts the list alike.
    sql += QStringLiteral(" ORDER BY c.title, c.id LIMIT ?");
    values << limit;
    return run(sql, values);
}

Result<int> CatalogueTable::count(const QString& language) const
{
    QSqlQuery query(m_database);
    if (Status status = execute(
            query, QStringLiteral("SELECT count(*) FROM catalogue WHERE language = ?"), {language});
        !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QList<CatalogueEntry>> CatalogueTable::run(const QString& sql,
                                                  const QVariantList& values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storeError(query.lastError(), QStringLiteral("prepare catalogue search"));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return storeError(query.lastError(), QStringLiteral("catalogue search"));
    QList<CatalogueEntry> entries;
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString().toUtf8()});
    return entries;
}

bool CatalogueTable::fullTextAvailable(QSqlDatabase& database)
{
    // A temporary table lives in the temp schema: the probe never writes the store.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.guichet_fts5_probe USING fts5(x)")))
        return false;
    query.exec(QStringLiteral("DROP TABLE temp.guichet_fts5_probe"));
    return true;
}

Status CatalogueTable::prepareFullTextIndex(QSqlDatabase& database, bool available)
{
    QSqlQuery query(database);
    if (Status status =
            execute(query, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                          " 'trigger' AND name LIKE 'catalogue_fts_%'"));
        !status)
        return status;
    const bool hasTriggers = query.next() && query.value(0).toInt() == 3;
    if (available == hasTriggers)
        return {};
    QStringList statements;
    if (available) {
        // Prefix index of 3 letters only: words of one or two letters are looked up
        // through the titles (search), never here, and each prefix length indexed
        // costs as much as the words themselves when a catalogue is written.
        statements = {
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS catalogue_fts USING fts5("
                           "search_text, content = 'catalogue', content_rowid = 'rowid',"
                           " tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"),
            QStringLiteral("CREATE TRIGGER catalogue_fts_insert AFTER INSERT ON catalogue BEGIN"
                           " INSERT INTO catalogue_fts (rowid, search_text)"
                           " VALUES (new.rowid, new.search_text); END"),
            QStringLiteral("CREATE TRIGGER catalogue_fts_delete AFTER DELETE ON catalogue BEGIN"
                           " INSERT INTO catalogue_fts (catalogue_fts, rowid, search_text)"
                           " VALUES ('delete', old.rowid, old.search_text); END"),
            QStringLiteral("CREATE TRIGGER catalogue_fts_update AFTER UPDATE ON catalogue BEGIN"
                           " INSERT INTO catalogue_fts (catalogue_fts, rowid, search_text)"
                           " VALUES ('delete', old.rowid, old.search_text);"
                           " INSERT INTO catalogue_fts (rowid, search_text)"
                           " VALUES (new.rowid, new.search_text); END"),
            // Rows written while the triggers were absent are indexed now.
            QStringLiteral("INSERT INTO catalogue_fts (catalogue_fts) VALUES ('rebuild')"),
        };
    } else {
        statements = {QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_insert"),
                      QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_delete"),
                      QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_update")};
    }
    SqlTransaction transaction(database);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return storeError(query.lastError(), QStringLiteral("full-text index"));
    }
    return transaction.commit();
}

} // namespace guichet::store
