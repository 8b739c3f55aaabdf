#include "ObjectFetcher.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace guichet::sync {
namespace {

constexpr int MaxParallelGets = 6;
constexpr int ListPageSize = 200;

// The list endpoint of a kind whose list returns the same objects as GET href.
QString listNameOf(const QString& kind)
{
    if (kind == QLatin1String("dossier"))
        return QStringLiteral("dossiers");
    if (kind == QLatin1String("document"))
        return QStringLiteral("documents");
    if (kind == QLatin1String("message"))
        return QStringLiteral("messages");
    if (kind == QLatin1String("consent"))
        return QStringLiteral("consents");
    if (kind == QLatin1String("access"))
        return QStringLiteral("access-log");
    return {};
}

bool isNotFound(const Error& error)
{
    return error.detail().contains(QLatin1String("HTTP 404"));
}

} // namespace

ObjectFetcher::ObjectFetcher(net::PortalClient& client, QObject* parent)
    : QObject(parent), m_client(client)
{}

QString ObjectFetcher::listPathOf(const QString& spaceId, const FeedChange& change)
{
    if (change.kind == QLatin1String("event"))
        return change.href; // the dossier's event list
    const QString name = listNameOf(change.kind);
    return name.isEmpty() ? QString() : QStringLiteral("/spaces/%1/%2").arg(spaceId, name);
}

store::StoredObject ObjectFetcher::toStored(const FeedChange& change, const QJsonObject& json) const
{
    store::StoredObject object;
    object.spaceId = m_spaceId;
    object.kind = change.kind;
    object.id = change.id;
    // The object may be newer than the change that named it; its own version wins so
    // the later change is skipped.
    object.version = std::max(change.version, json.value(QStringLiteral("version")).toInteger());
    object.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return object;
}

void ObjectFetcher::fetch(const QString& spaceId, const QList<FeedChange>& needed, Done done)
{
    ++m_generation;
    m_spaceId = spaceId;
    m_needed = needed;
    m_done = std::move(done);
    m_found.clear();
    m_singles.clear();
    m_listsToRead.clear();
    m_nextSingle = 0;
    m_inFlight = 0;

    QHash<QString, int> perList;
    for (const FeedChange& change : needed) {
        const QString path = listPathOf(spaceId, change);
        if (!path.isEmpty())
            ++perList[path];
    }
    for (auto it = perList.cbegin(); it != perList.cend(); ++it) {
        const bool eventList = it.key().endsWith(QLatin1String("/events"));
        if (!m_lists.contains(it.key()) && (eventList || it.value() >= m_listThreshold))
            m_listsToRead.append(it.key());
    }
    // Always asynchronous, so callers never see done() before fetch() returns.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            readNextList();
    });
}

void ObjectFetcher::readNextList()
{
    if (m_listsToRead.isEmpty()) {
        resolveFromLists();
        return;
    }
    m_lists.insert(m_listsToRead.first(), {});
    readListPage(m_listsToRead.first(), {});
}

void ObjectFetcher::readListPage(const QString& path, const QString& cursor)
{
    QUrlQuery query{{QStringLiteral("limit"), QString::number(ListPageSize)}};
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const int generation = m_generation;
    m_client.getJson(
        path, query, this, [this, generation, path](const Result<QJsonDocument>& answer) {
            if (generation != m_generation)
                return;
            if (!answer) {
                m_lists.remove(path);
                fail(answer.error());
                return;
            }
            const QJsonObject page = answer.value().object();
            QHash<QString, QJsonObject>& list = m_lists[path];
            for (const QJsonValue item : page.value(QStringLiteral("items")).toArray()) {
                const QJsonObject object = item.toObject();
                list.insert(object.value(QStringLiteral("id")).toString(), object);
            }
            const QString next = page.value(QStringLiteral("nextCursor")).toString();
            if (!next.isEmpty()) {
                readListPage(path, next);
                return;
            }
            m_listsToRead.removeFirst();
            readNextList();
        });
}

void ObjectFetcher::resolveFromLists()
{
    for (const FeedChange& change : std::as_const(m_needed)) {
        const QString path = listPathOf(m_spaceId, change);
        const auto list = m_lists.constFind(path);
        if (list != m_lists.cend()) {
            const auto object = list->constFind(change.id);
            if (object != list->cend() &&
                object->value(QStringLiteral("version")).toInteger(change.version) >=
                    change.version) {
                m_found.append(toStored(change, *object));
                continue;
            }
        }
        m_singles.append(change);
    }
    startSingleGets();
}

void ObjectFetcher::startSingleGets()
{
    if (m_nextSingle >= m_singles.size() && m_inFlight == 0) {
        const Done done = std::move(m_done);
        ++m_generation;
        done(m_found);
        return;
    }
    while (m_inFlight < MaxParallelGets && m_nextSingle < m_singles.size()) {
        const FeedChange change = m_singles.at(m_nextSingle++);
        ++m_inFlight;
        const int generation = m_generation;
        // An event's href is its dossier's event list: ask for the largest page.
        QUrlQuery query;
        if (change.kind == QLatin1String("event"))
            query.addQueryItem(QStringLiteral("limit"), QString::number(ListPageSize));
        m_client.getJson(
            change.href, query, this,
            [this, generation, change](const Result<QJsonDocument>& answer) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                if (!answer && !isNotFound(answer.error())) {
                    fail(answer.error());
                    return;
                }
                if (answer && change.kind == QLatin1String("event")) {
                    // An event list: keep it (a later page may name more of its events)
                    // and take the event from it.
                    QHash<QString, QJsonObject>& list = m_lists[change.href];
                    const QJsonArray items =
                        answer.value().object().value(QStringLiteral("items")).toArray();
                    for (const QJsonValue item : items)
                        list.insert(item.toObject().value(QStringLiteral("id")).toString(),
                                    item.toObject());
                    if (list.contains(change.id))
                        m_found.append(toStored(change, list.value(change.id)));
                } else if (answer) {
                    m_found.append(toStored(change, answer.value().object()));
                }
                startSingleGets();
            });
    }
}

void ObjectFetcher::fail(const Error& error)
{
    const Done done = std::move(m_done);
    ++m_generation; // late answers of this fetch are ignored
    if (done)
        done(error);
}

} // namespace guichet::sync
