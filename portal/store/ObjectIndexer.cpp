#include "ObjectIndexer.h"

#include <QJsonValue>

namespace guichet::store {
namespace {

QString text(const QJsonObject& object, const char* field)
{
    return object.value(QLatin1String(field)).toString();
}

// The date each kind's list is ordered by.
QString sortField(const QString& kind)
{
    if (kind == u"event")
        return QStringLiteral("occurredAt");
    if (kind == u"message")
        return QStringLiteral("sentAt");
    if (kind == u"consent")
        return QStringLiteral("givenAt");
    if (kind == u"data")
        return QStringLiteral("lastUpdated");
    if (kind == u"access")
        return QStringLiteral("accessedAt");
    if (kind == u"form")
        return QStringLiteral("publishedAt");
    return QStringLiteral("updatedAt");
}

QString administrationId(const QJsonObject& object)
{
    // Data records name an "authority"; both are AdministrationRef or a plain id.
    for (const char* field : {"administration", "authority"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isObject())
            return value.toObject().value(QLatin1String("id")).toString();
        if (value.isString())
            return value.toString();
    }
    return {};
}

bool isUnread(const QString& kind, const QJsonObject& object)
{
    if (kind == u"message")
        return object.value(QLatin1String("readAt")).isNull() &&
               text(object, "direction") != u"outbound";
    if (kind == u"dossier")
        return object.value(QLatin1String("unreadMessages")).toInt() > 0;
    return false;
}

} // namespace

IndexedColumns indexObject(const QString& kind, const QJsonObject& object)
{
    IndexedColumns columns;
    columns.sortKey = object.value(sortField(kind)).toString();
    if (columns.sortKey.isNull())
        columns.sortKey =
            QStringLiteral(""); // the column is NOT NULL; SQLite binds null QString as NULL
    columns.updatedAt = text(object, "updatedAt");
    if (columns.updatedAt.isEmpty())
        columns.updatedAt = columns.sortKey;
    columns.dossierId = text(object, "dossierId");
    if (kind == u"dossier")
        columns.dossierId = text(object, "id");
    columns.status = text(object, "status");
    columns.source = text(object, "source");
    columns.administration = administrationId(object);
    columns.unread = isUnread(kind, object);
    return columns;
}

} // namespace guichet::store
