#pragma once

// Small builders shared by the store tests: API-shaped JSON objects.

#include "StoreTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace storetest {

inline QString timestamp(int minute)
{
    return QDateTime(QDate(2025, 3, 14), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(minute) * 60)
        .toString(Qt::ISODate);
}

inline guichet::store::StoredObject document(const QString& space, int n,
                                             const QString& dossier = {}, qint64 version = 1)
{
    const QString id = QStringLiteral("DOC-%1").arg(n, 12, 16, QLatin1Char('0'));
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("title"), QStringLiteral("Document %1").arg(n)},
                     {QStringLiteral("origin"), QStringLiteral("administration")},
                     {QStringLiteral("administration"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("menje")},
                                  {QStringLiteral("name"), QStringLiteral("MENJE")}}},
                     {QStringLiteral("updatedAt"), timestamp(n)},
                     {QStringLiteral("version"), version}};
    json.insert(QStringLiteral("dossierId"),
                dossier.isEmpty() ? QJsonValue() : QJsonValue(dossier));
    return {space,
            QStringLiteral("document"),
            id,
            version,
            QJsonDocument(json).toJson(QJsonDocument::Compact),
            false};
}

inline guichet::store::StoredObject message(const QString& space, int n, bool read)
{
    const QString id = QStringLiteral("M-%1").arg(n, 12, 16, QLatin1Char('0'));
    const QJsonObject json{{QStringLiteral("id"), id},
                           {QStringLiteral("direction"), QStringLiteral("inbound")},
                           {QStringLiteral("subject"), QStringLiteral("Message %1").arg(n)},
                           {QStringLiteral("sentAt"), timestamp(n)},
                           {QStringLiteral("readAt"),
                            read ? QJsonValue(timestamp(n + 1)) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("version"), 1}};
    return {
        space, QStringLiteral("message"), id, 1, QJsonDocument(json).toJson(QJsonDocument::Compact),
        false};
}

inline QByteArray procedure(const QString& id, const QString& title, const QString& audience,
                            const QString& status = QStringLiteral("published"))
{
    const QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("audience"), audience},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), QStringLiteral("Summary of ") + title},
        {QStringLiteral("administration"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("ctie")},
                     {QStringLiteral("name"), QStringLiteral("Centre des technologies")}}},
        {QStringLiteral("updatedAt"), timestamp(0)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

inline guichet::store::ObjectFilter filter(const QString& space, const QString& kind = {})
{
    guichet::store::ObjectFilter result;
    result.spaceId = space;
    result.kind = kind;
    return result;
}

inline guichet::store::OutboxEntry request(const QString& space, const QString& kind,
                                           const QString& path, const QString& idempotencyKey,
                                           const QByteArray& body = {})
{
    guichet::store::OutboxEntry entry;
    entry.spaceId = space;
    entry.kind = kind;
    entry.method = QStringLiteral("POST");
    entry.path = path;
    entry.idempotencyKey = idempotencyKey;
    entry.body = body;
    return entry;
}

} // namespace storetest
