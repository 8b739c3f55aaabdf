#include "NativeStatement.h"

#include "ErrorCodes.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace guichet::store {

namespace {

// The handle must come from the same SQLite library this file calls. Qt's driver on
// Debian and Ubuntu uses the system libsqlite3, as we do; a Qt built with its own
// copy would hand over a handle of another library. A different version proves it,
// so that case is refused with a clear error instead of corrupting memory.
QString foreignLibrary(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return QStringLiteral("cannot read the driver's SQLite version");
    const QString theirs = query.value(0).toString();
    const QString ours = QString::fromLatin1(sqlite3_libversion());
    if (theirs != ours)
        return QStringLiteral("Qt's SQLite driver uses SQLite %1, this program %2")
            .arg(theirs, ours);
    return {};
}

} // namespace

NativeStatement::NativeStatement(const QSqlDatabase& database, const char* sql)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_prepareError = QStringLiteral("not an SQLite connection");
        return;
    }
    // Once per process: the driver's library does not change while it runs.
    static const QString mismatch = foreignLibrary(database);
    if (!mismatch.isEmpty()) {
        m_prepareError = mismatch;
        return;
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle) {
        m_prepareError = QStringLiteral("the connection is closed");
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

Status NativeStatement::prepared() const
{
    if (m_statement)
        return {};
    return Error(ErrorCode::StoreOpenFailed, QStringLiteral("prepare: %1").arg(m_prepareError));
}

void NativeStatement::bindText(int position, const QByteArray& utf8)
{
    // SQLITE_STATIC: the caller keeps the bytes until step(); a null QByteArray
    // would be NULL, so an empty text is bound explicitly.
    sqlite3_bind_text(m_statement, position, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_STATIC);
}

void NativeStatement::bindTextOrNull(int position, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_statement, position);
    else
        bindText(position, utf8);
}

void NativeStatement::bindBlob(int position, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void NativeStatement::bindInteger(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

Status NativeStatement::step(const char* what)
{
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        const Error error = lastError(QString::fromUtf8(what));
        sqlite3_reset(m_statement);
        return error;
    }
    sqlite3_reset(m_statement);
    return {};
}

int NativeStatement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

Error NativeStatement::lastError(const QString& what) const
{
    const int code = sqlite3_extended_errcode(m_handle);
    // Extended result codes keep the primary code in the low byte.
    const bool damaged = (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
    return Error(damaged ? ErrorCode::StoreCorrupt : ErrorCode::StoreOpenFailed,
                 QStringLiteral("%1: %2 (SQLite %3)")
                     .arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle)))
                     .arg(code));
}

} // namespace guichet::store
