#pragma once

#include "Result.h"
#include "StoreSchema.h"

#include <QSqlDatabase>

#include <span>

namespace guichet::store {

// PRAGMA user_version of the open database (0 for a new, empty file).
[[nodiscard]] Result<int> readSchemaVersion(QSqlDatabase& database);

// Brings the database from its user_version to the last of steps, one step per
// transaction, so a failing step leaves the database at the previous version
// (STORE-002, detail: step and SQL error). A database whose version is above the
// last step is refused untouched (STORE-003).
[[nodiscard]] Status migrateSchema(QSqlDatabase& database, std::span<const SchemaStep> steps);

} // namespace guichet::store
