#include "SqlSupport.h"

#include "ErrorCodes.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace guichet::store {
namespace {

// SQLite primary result codes that mean the file itself is damaged.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// Transactions open per connection. A connection is used from one thread only, so
// each thread keeps its own count.
int& openTransactions(const QSqlDatabase& database)
{
    thread_local QHash<QString, int> open;
    return open[database.connectionName()];
}

QString savepointName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("guichet_sp_%1").arg(++counter);
}

} // namespace

Error storeError(const QSqlError& error, const QString& what)
{
    bool numeric = false;
    // Extended result codes keep the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const bool damaged = numeric && (code == SqliteCorrupt || code == SqliteNotADatabase);
    return Error(
        damaged ? ErrorCode::StoreCorrupt : ErrorCode::StoreOpenFailed,
        QStringLiteral("%1: %2 (SQLite %3)").arg(what, error.text(), error.nativeErrorCode()));
}

Status execute(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return storeError(query.lastError(), QStringLiteral("prepare '%1'").arg(sql.left(80)));
    return executePrepared(query, values, sql.left(80));
}

Status executePrepared(QSqlQuery& query, std::initializer_list<QVariant> values,
                       const QString& what)
{
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
    if (!query.exec())
        return storeError(query.lastError(), what);
    return {};
}

SqlTransaction::SqlTransaction(QSqlDatabase database)
    : m_database(std::move(database)), m_name(savepointName())
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Status SqlTransaction::begin()
{
    int& open = openTransactions(m_database);
    m_outermost = open == 0;
    QSqlQuery query(m_database);
    if (!query.exec(m_outermost ? QStringLiteral("BEGIN IMMEDIATE")
                                : QStringLiteral("SAVEPOINT ") + m_name))
        return storeError(query.lastError(), QStringLiteral("begin transaction"));
    ++open;
    m_active = true;
    return {};
}

Status SqlTransaction::commit()
{
    QSqlQuery query(m_database);
    if (!query.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name)) {
        const Error error = storeError(query.lastError(), QStringLiteral("commit"));
        rollback();
        return error;
    }
    --openTransactions(m_database);
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --openTransactions(m_database);
    QSqlQuery query(m_database);
    if (m_outermost) {
        query.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    // ROLLBACK TO undoes the work but keeps the savepoint open; RELEASE closes it.
    query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    query.exec(QStringLiteral("RELEASE ") + m_name);
}

} // namespace guichet::store
