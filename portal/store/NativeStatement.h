#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace guichet::store {

// One prepared SQLite statement on a Qt connection's own handle, for the few writes
// that run thousands of times per sync (objects, catalogue rows).
//
// Why not QSqlQuery there: QSqlResult::bindValue formats and hashes a placeholder
// name for every value (a fifth of the store writer's time in the sync benchmark),
// and text went UTF-8 -> QString -> UTF-16 -> UTF-8 on its way into the file. Here
// JSON bytes are bound as UTF-8 as the portal sent them.
//
// The handle is the one Qt's driver documents (QSqlDriver::handle, "sqlite3*"),
// refused if the driver reports another SQLite version than ours (then it was built
// with a copy of its own, and the handle belongs to that copy); the
// statement joins whatever transaction the connection has open (SqlTransaction).
// It is finalized when this object goes, which must be before the connection closes:
// keep it local to the function that uses it.
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase& database, const char* sql);
    ~NativeStatement();

    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    // The prepare failed or the driver is not SQLite's: the reason, else success.
    [[nodiscard]] Status prepared() const;

    // Positions count from 1, as in SQL. Text is copied by SQLite only if needed:
    // the bytes must stay alive until step() returns.
    void bindText(int position, const QByteArray& utf8);
    // An empty string is bound as NULL: filters compare with '=' and NULL keeps
    // indexes small (same as the Qt path did for absent fields).
    void bindTextOrNull(int position, const QByteArray& utf8);
    void bindInteger(int position, qint64 value);
    // Bytes as a BLOB (a sealed value), with the same lifetime rule as bindText.
    void bindBlob(int position, const QByteArray& bytes);

    // Runs the statement once and resets it for the next row; what names the row in
    // an error message is built only on failure.
    [[nodiscard]] Status step(const char* what);
    // Rows the last step() inserted, updated or deleted.
    [[nodiscard]] int changes() const;

private:
    [[nodiscard]] Error lastError(const QString& what) const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_prepareError;
};

} // namespace guichet::store
