#include "SchemaMigration.h"

#include "ErrorCodes.h"
#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guichet::store {
namespace {

Status runStep(QSqlDatabase& database, const SchemaStep& step)
{
    QSqlQuery query(database);
    // IMMEDIATE: take the write lock before the first statement, so a second
    // process opening the same store waits instead of migrating in parallel.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return storeError(query.lastError(),
                          QStringLiteral("begin migration %1").arg(step.version));
    for (const QString& statement : step.statements) {
        if (!query.exec(statement)) {
            const QString detail =
                QStringLiteral("step %1: %2 (SQLite %3) in: %4")
                    .arg(step.version)
                    .arg(query.lastError().text(), query.lastError().nativeErrorCode(), statement);
            query.exec(QStringLiteral("ROLLBACK"));
            return Error(ErrorCode::StoreMigrationFailed, detail);
        }
    }
    // user_version lives in the file header and is part of the same transaction.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const QString detail =
            QStringLiteral("step %1: %2").arg(step.version).arg(query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::StoreMigrationFailed, detail);
    }
    return {};
}

} // namespace

Result<int> readSchemaVersion(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storeError(query.lastError(), QStringLiteral("read schema version"));
    return query.value(0).toInt();
}

Status migrateSchema(QSqlDatabase& database, std::span<const SchemaStep> steps)
{
    const Result<int> version = readSchemaVersion(database);
    if (!version)
        return version.error();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (version.value() > latest)
        return Error(ErrorCode::StoreFromNewerVersion,
                     QStringLiteral("schema version %1, this build knows up to %2")
                         .arg(version.value())
                         .arg(latest));
    for (const SchemaStep& step : steps) {
        if (step.version <= version.value())
            continue;
        if (Status status = runStep(database, step); !status)
            return status;
    }
    return {};
}

} // namespace guichet::store
