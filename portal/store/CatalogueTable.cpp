#include "CatalogueTable.h"

#include "ErrorCodes.h"
#include "SqlSupport.h"
#include "TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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
    SqlTransaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QSqlQuery write(m_database);
    if (!write.prepare(QStringLiteral(
            "INSERT INTO catalogue (language, id, audience, status, title, updated_at, json,"
            " search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (language, id) DO UPDATE"
            " SET audience = excluded.audience, status = excluded.status,"
            " title = excluded.title, updated_at = excluded.updated_at, json = excluded.json,"
            " search_text = excluded.search_text")))
        return storeError(write.lastError(), QStringLiteral("prepare catalogue upsert"));
    int stored = 0;
    for (const QByteArray& json : procedures) {
        const QJsonObject procedure = QJsonDocument::fromJson(json).object();
        const QString id = procedure.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return Error(ErrorCode::StoreOpenFailed,
                         QStringLiteral("catalogue upsert: procedure without id"));
        const QString status = procedure.value(QLatin1String("status")).toString();
        if (status == u"withdrawn") {
            if (Status removed = remove(language, id); !removed)
                return removed.error();
            continue;
        }
        if (Status written = executePrepared(
                write,
                {language, id, procedure.value(QLatin1String("audience")).toString(), status,
                 procedure.value(QLatin1String("title")).toString(),
                 procedure.value(QLatin1String("updatedAt")).toString(), QString::fromUtf8(json),
                 searchText(procedure)},
                QStringLiteral("catalogue upsert %1").arg(id));
            !written)
            return written.error();
        ++stored;
    }
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
    QVariantList values;
    QString sql;
    if (words.isEmpty()) {
        sql = selectColumns + QStringLiteral("catalogue c WHERE c.language = ?");
        values << language;
    } else if (m_fullText) {
        sql = selectColumns + QStringLiteral("catalogue_fts f JOIN catalogue c ON c.rowid = f.rowid"
                                             " WHERE catalogue_fts MATCH ? AND c.language = ?");
        values << fullTextQuery(words) << language;
    } else {
        // A word must start a word: look for it after a space in " " + text.
        sql = selectColumns + QStringLiteral("catalogue c WHERE c.language = ?");
        values << language;
        for (const QString& word : words) {
            sql += QStringLiteral(" AND instr(' ' || c.search_text, ?) > 0");
            values << QLatin1Char(' ') + word;
        }
    }
    if (!audience.isEmpty()) {
        sql += QStringLiteral(" AND c.audience = ?");
        values << audience;
    }
    sql += words.isEmpty() || !m_fullText ? QStringLiteral(" ORDER BY c.title")
                                          : QStringLiteral(" ORDER BY c.title");
    sql += QStringLiteral(" LIMIT ?");
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
        statements = {
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS catalogue_fts USING fts5("
                           "search_text, content = 'catalogue', content_rowid = 'rowid',"
                           " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
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
