#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace guichet::sync {

// One entry of the change feed (portal.yaml, schema Change).
struct FeedChange
{
    QString kind;
    QString id;
    bool remove = false; // op "delete"
    qint64 version = 0;
    QString href; // relative to the API root (the "/api/v1" prefix is cut off)
    QString parentId;
};

// One answer of GET /spaces/{spaceId}/changes (schema ChangeFeed).
struct FeedPage
{
    QList<FeedChange> changes;
    QString cursor;
    bool hasMore = false;
};

// Reads a ChangeFeed answer; NET-003 when required fields are missing. Changes of
// kinds this client does not know are dropped here, as the contract asks.
[[nodiscard]] Result<FeedPage> parseFeedPage(const QJsonDocument& document);

// The change-feed kinds the store keeps.
[[nodiscard]] bool isKnownKind(const QString& kind);

// "/api/v1/spaces/x" -> "/spaces/x" (PortalClient paths are relative to the API root).
[[nodiscard]] QString apiRelativePath(const QString& href);

} // namespace guichet::sync
