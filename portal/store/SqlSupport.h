#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace guichet::store {

// Turns a Qt SQL error into a catalogue error: a damaged file (SQLITE_CORRUPT,
// SQLITE_NOTADB) is STORE-004, anything else STORE-001. `what` says which call failed.
[[nodiscard]] Error storeError(const QSqlError& error, const QString& what);

// Prepares and runs one statement with positional values.
[[nodiscard]] Status execute(QSqlQuery& query, const QString& sql,
                             std::initializer_list<QVariant> values = {});
// Runs an already prepared statement after binding values in order.
[[nodiscard]] Status executePrepared(QSqlQuery& query, std::initializer_list<QVariant> values,
                                     const QString& what);

// A unit of work that is rolled back unless committed. The outermost one of a
// connection is BEGIN IMMEDIATE: it waits (busy timeout) for the write lock at its
// start. A deferred one that read first could not upgrade to writing after the
// other connection (StoreWriter's) committed, and would fail at once with
// SQLITE_BUSY. Inner ones are SAVEPOINTs, so a table's own batch inside a caller's
// transaction joins the caller's.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase database);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

private:
    QSqlDatabase m_database;
    QString m_name;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace guichet::store
