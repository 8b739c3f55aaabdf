#include "FeedPage.h"

#include "ErrorCodes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::sync {

bool isKnownKind(const QString& kind)
{
    static const QStringList kinds{QStringLiteral("dossier"),  QStringLiteral("event"),
                                   QStringLiteral("document"), QStringLiteral("message"),
                                   QStringLiteral("consent"),  QStringLiteral("data"),
                                   QStringLiteral("access")};
    return kinds.contains(kind);
}

QString apiRelativePath(const QString& href)
{
    static const QString root = QStringLiteral("/api/v1");
    return href.startsWith(root) ? href.mid(root.size()) : href;
}

Result<FeedPage> parseFeedPage(const QJsonDocument& document)
{
    const QJsonObject object = document.object();
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    const QJsonValue cursor = object.value(QStringLiteral("cursor"));
    if (!changes.isArray() || !cursor.isString() || cursor.toString().isEmpty() ||
        !object.value(QStringLiteral("hasMore")).isBool())
        return Error(QString::fromLatin1(ErrorCode::PortalBadResponse),
                     QStringLiteral("change feed without changes, cursor or hasMore"));

    FeedPage page;
    page.cursor = cursor.toString();
    page.hasMore = object.value(QStringLiteral("hasMore")).toBool();
    for (const QJsonValue value : changes.toArray()) {
        const QJsonObject json = value.toObject();
        FeedChange change;
        change.kind = json.value(QStringLiteral("kind")).toString();
        change.id = json.value(QStringLiteral("id")).toString();
        change.remove = json.value(QStringLiteral("op")).toString() == QLatin1String("delete");
        change.version = json.value(QStringLiteral("version")).toInteger();
        change.href = apiRelativePath(json.value(QStringLiteral("href")).toString());
        change.parentId = json.value(QStringLiteral("parentId")).toString();
        if (!isKnownKind(change.kind))
            continue;
        if (change.id.isEmpty() || change.version < 1 || change.href.isEmpty())
            return Error(QString::fromLatin1(ErrorCode::PortalBadResponse),
                         QStringLiteral("change without id, version or href"));
        page.changes.append(change);
    }
    return page;
}

} // namespace guichet::sync
