#pragma once

#include <QJsonObject>
#include <QString>

namespace guichet::store {

// The fields of an API object that lists filter and sort on, copied into columns.
struct IndexedColumns
{
    QString sortKey; // ISO 8601 date lists order by, newest first
    QString updatedAt;
    QString dossierId;
    QString status;
    QString source;
    QString administration; // AdministrationRef.id
    bool unread = false;
};

// Reads those fields from an object of the given kind (see portal.yaml); unknown
// kinds get what their JSON offers under the common names.
[[nodiscard]] IndexedColumns indexObject(const QString& kind, const QJsonObject& object);

} // namespace guichet::store
