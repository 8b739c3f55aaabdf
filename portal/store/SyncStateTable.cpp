#include "SyncStateTable.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace guichet::store {
namespace {

QString spaceScope(const QString& spaceId)
{
    return QStringLiteral("space:") + spaceId;
}

QString catalogueScope(const QString& language)
{
    return QStringLiteral("catalogue:") + language;
}

Result<QDateTime> toDateTime(const Result<QString>& text)
{
    if (!text)
        return text.error();
    return QDateTime::fromString(text.value(), Qt::ISODateWithMs);
}

QString toText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

SyncStateTable::SyncStateTable(QSqlDatabase database) : m_database(std::move(database)) {}

Result<QString> SyncStateTable::cursor(const QString& spaceId) const
{
    return value(spaceScope(spaceId), QStringLiteral("cursor"));
}

Status SyncStateTable::setCursor(const QString& spaceId, const QString& cursor)
{
    return setValue(spaceScope(spaceId), QStringLiteral("cursor"), cursor);
}

Result<QDateTime> SyncStateTable::lastFullSync(const QString& spaceId) const
{
    return toDateTime(value(spaceScope(spaceId), QStringLiteral("lastFullSync")));
}

Status SyncStateTable::setLastFullSync(const QString& spaceId, const QDateTime& when)
{
    return setValue(spaceScope(spaceId), QStringLiteral("lastFullSync"), toText(when));
}

Result<QDateTime> SyncStateTable::catalogueUpdatedSince(const QString& language) const
{
    return toDateTime(value(catalogueScope(language), QStringLiteral("updatedSince")));
}

Status SyncStateTable::setCatalogueUpdatedSince(const QString& language, const QDateTime& when)
{
    return setValue(catalogueScope(language), QStringLiteral("updatedSince"), toText(when));
}

Result<QString> SyncStateTable::copyLanguage(const QString& spaceId) const
{
    return value(spaceScope(spaceId), QStringLiteral("language"));
}

Status SyncStateTable::setCopyLanguage(const QString& spaceId, const QString& language)
{
    return setValue(spaceScope(spaceId), QStringLiteral("language"), language);
}

Status SyncStateTable::resetSpace(const QString& spaceId)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("DELETE FROM sync_state WHERE scope = ?"),
                   {spaceScope(spaceId)});
}

bool SyncStateTable::plaintextSealed() const
{
    return value(QStringLiteral("store"), QStringLiteral("plaintextSealed")).valueOr({}) ==
           QLatin1String("1");
}

Status SyncStateTable::setPlaintextSealed()
{
    return setValue(QStringLiteral("store"), QStringLiteral("plaintextSealed"),
                    QStringLiteral("1"));
}

Result<QString> SyncStateTable::value(const QString& scope, const QString& name) const
{
    QSqlQuery query(m_database);
    if (Status status = execute(
            query, QStringLiteral("SELECT value FROM sync_state WHERE scope = ? AND name = ?"),
            {scope, name});
        !status)
        return status.error();
    return query.next() ? query.value(0).toString() : QString();
}

Status SyncStateTable::setValue(const QString& scope, const QString& name, const QString& value)
{
    QSqlQuery query(m_database);
    return execute(
        query,
        QStringLiteral("INSERT INTO sync_state (scope, name, value) VALUES (?, ?, ?)"
                       " ON CONFLICT (scope, name) DO UPDATE SET value = excluded.value"),
        {scope, name, value});
}

} // namespace guichet::store
