#include "ObjectFetcher.h"

#include "RawJsonItems.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace guichet::sync {
namespace {

constexpr int MaxParallelGets = 6;
constexpr int ListPageSize = 200;
// Objects written per transaction by the list sink: a few list pages at once, as one
// commit rewrites every index page the batch touched.
constexpr qsizetype SinkBatch = 1000;

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

// The kind of the objects a list path (".../spaces/{id}/<list>") returns.
QString kindOfList(const QString& path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    for (const char* kind : {"dossier", "document", "message", "consent", "access"})
        if (listNameOf(QLatin1String(kind)) == name)
            return QLatin1String(kind);
    return {};
}

bool isNotFound(const Error& error)
{
    return error.httpStatus() == 404; // the answer's status, never its text
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

namespace {

QByteArray textOf(const QJsonObject& json, const QByteArray& raw)
{
    return raw.isEmpty() ? QJsonDocument(json).toJson(QJsonDocument::Compact) : raw;
}

} // namespace

store::ParsedObject ObjectFetcher::toStored(const FeedChange& change, const Listed& listed) const
{
    store::ParsedObject object;
    object.object.spaceId = m_spaceId;
    object.object.kind = change.kind;
    object.object.id = change.id;
    // The object may be newer than the change that named it; its own version wins so
    // the later change is skipped.
    object.object.version =
        std::max(change.version, listed.json.value(QStringLiteral("version")).toInteger());
    object.object.json = textOf(listed.json, listed.raw);
    object.parsed = listed.json;
    return object;
}

store::ParsedObject ObjectFetcher::toStored(const QString& kind, const Listed& listed) const
{
    store::ParsedObject object;
    object.object.spaceId = m_spaceId;
    object.object.kind = kind;
    object.object.id = listed.json.value(QStringLiteral("id")).toString();
    object.object.version = listed.json.value(QStringLiteral("version")).toInteger();
    object.object.json = textOf(listed.json, listed.raw);
    object.parsed = listed.json;
    return object;
}

QStringList ObjectFetcher::listsFor(const QString& spaceId, const QList<FeedChange>& changes) const
{
    QHash<QString, int> perList;
    for (const FeedChange& change : changes) {
        const QString path = change.remove ? QString() : listPathOf(spaceId, change);
        if (!path.isEmpty())
            ++perList[path];
    }
    QStringList lists;
    for (auto it = perList.cbegin(); it != perList.cend(); ++it) {
        const bool eventList = it.key().endsWith(QLatin1String("/events"));
        if (eventList || it.value() >= m_listThreshold)
            lists.append(it.key());
    }
    return lists;
}

void ObjectFetcher::prefetchLists(const QString& spaceId, const QList<FeedChange>& changes)
{
    // Only with a sink (a first full sync): then every object named is needed, so the
    // lists read early are lists fetch() will read anyway.
    if (!m_sink)
        return;
    m_spaceId = spaceId;
    for (const QString& path : listsFor(spaceId, changes))
        startList(path);
}

void ObjectFetcher::prefetchAllLists(const QString& spaceId)
{
    if (!m_sink)
        return;
    m_spaceId = spaceId;
    for (const char* kind : {"document", "access", "message", "dossier", "consent"})
        startList(QStringLiteral("/spaces/%1/%2").arg(spaceId, listNameOf(QLatin1String(kind))));
}

void ObjectFetcher::fetch(const QString& spaceId, const QList<FeedChange>& needed, Done done)
{
    ++m_generation;
    m_spaceId = spaceId;
    m_needed = needed;
    m_done = std::move(done);
    m_found.clear();
    m_singles.clear();
    m_nextSingle = 0;
    m_inFlight = 0;
    m_fetchLists = listsFor(spaceId, needed);
    // Always asynchronous, so callers never see done() before fetch() returns.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        for (const QString& path : std::as_const(m_fetchLists))
            startList(path);
        m_waitingForLists = true;
        resolveWhenListsRead();
    });
}

void ObjectFetcher::startList(const QString& path)
{
    if (m_lists.contains(path))
        return; // read, or being read
    m_lists.insert(path, {});
    if (m_sink && !kindOfList(path).isEmpty())
        m_stored.insert(path, {});
    m_reading.insert(path);
    readListPage(path, {});
}

void ObjectFetcher::resolveWhenListsRead()
{
    if (!m_waitingForLists)
        return;
    for (const QString& path : std::as_const(m_fetchLists))
        if (m_reading.contains(path))
            return;
    m_waitingForLists = false;
    // Everything the lists brought for this fetch is handed on before it answers (and
    // so written before the page that relies on it).
    flushSink();
    resolveFromLists();
}

void ObjectFetcher::readListPage(const QString& path, const QString& cursor)
{
    net::PortalRequest request;
    request.path = path;
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(ListPageSize));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    // A long list is a chain of pages: ahead of the many one-page event lists.
    request.urgent = !path.endsWith(QLatin1String("/events"));
    const int generation = m_listGeneration;
    m_client.send(std::move(request), this,
                  [this, generation, path](const Result<net::PortalResponse>& answer) {
                      if (generation != m_listGeneration)
                          return;
                      if (!answer) {
                          listFailed(path, answer.error());
                          return;
                      }
                      onListPage(path, answer.value());
                  });
}

void ObjectFetcher::listFailed(const QString& path, const Error& error)
{
    // The partial list is forgotten: a fetch that needs it reads it again.
    m_lists.remove(path);
    m_stored.remove(path);
    m_reading.remove(path);
    if (m_waitingForLists && m_fetchLists.contains(path))
        fail(error);
}

void ObjectFetcher::onListPage(const QString& path, const net::PortalResponse& response)
{
    const Result<QJsonDocument> json =
        net::PortalClient::jsonOf(response, QStringLiteral("GET ") + path);
    if (!json) {
        listFailed(path, json.error());
        return;
    }
    const QJsonObject page = json.value().object();
    const QString next = page.value(QStringLiteral("nextCursor")).toString();
    if (!next.isEmpty())
        readListPage(path, next); // the portal prepares it while this page is handled
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    std::optional<QList<QByteArray>> raw = rawArrayItems(response.body, QLatin1String("items"));
    if (raw && raw->size() != items.size())
        raw.reset(); // not split as the parser read it: serialise again instead
    QHash<QString, Listed>& list = m_lists[path];
    const bool sinking = m_stored.contains(path);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Listed listed{items.at(i).toObject(), raw ? raw->at(i) : QByteArray()};
        // Without a version of its own (access-log entries) an object cannot be told
        // apart from a newer one: it is kept and taken for the change that names it.
        if (sinking && listed.json.value(QStringLiteral("version")).toInteger() > 0)
            m_toSink.append({path, toStored(kindOfList(path), listed)});
        else
            list.insert(listed.json.value(QStringLiteral("id")).toString(), listed);
    }
    if (m_toSink.size() >= SinkBatch)
        flushSink();
    if (next.isEmpty()) {
        m_reading.remove(path);
        resolveWhenListsRead();
    }
}

void ObjectFetcher::flushSink()
{
    if (!m_sink)
        m_toSink.clear(); // the sink went away with its sync run
    if (m_toSink.isEmpty())
        return;
    QList<store::ParsedObject> objects;
    objects.reserve(m_toSink.size());
    for (const auto& [path, object] : std::as_const(m_toSink))
        objects.append(object);
    m_sink(objects);
    for (const auto& [path, object] : std::as_const(m_toSink))
        if (const auto stored = m_stored.find(path); stored != m_stored.end())
            stored->insert(object.object.id, object.object.version);
    m_toSink.clear();
}

void ObjectFetcher::resolveFromLists()
{
    for (const FeedChange& change : std::as_const(m_needed)) {
        const QString path = listPathOf(m_spaceId, change);
        const auto stored = m_stored.constFind(path);
        if (stored != m_stored.cend() && stored->value(change.id, 0) >= change.version)
            continue; // the list sink stored it
        const auto list = m_lists.constFind(path);
        if (list != m_lists.cend()) {
            const auto object = list->constFind(change.id);
            if (object != list->cend() &&
                object->json.value(QStringLiteral("version")).toInteger(change.version) >=
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
                    QHash<QString, Listed>& list = m_lists[change.href];
                    const QJsonArray items =
                        answer.value().object().value(QStringLiteral("items")).toArray();
                    for (const QJsonValue item : items)
                        list.insert(item.toObject().value(QStringLiteral("id")).toString(),
                                    {item.toObject(), {}});
                    if (list.contains(change.id))
                        m_found.append(toStored(change, list.value(change.id)));
                } else if (answer) {
                    m_found.append(toStored(change, Listed{answer.value().object(), {}}));
                }
                startSingleGets();
            });
    }
}

void ObjectFetcher::fail(const Error& error)
{
    // Lists still being read are partial: forget them, a later fetch reads them again.
    for (const QString& path : std::as_const(m_reading)) {
        m_lists.remove(path);
        m_stored.remove(path);
    }
    m_reading.clear();
    m_toSink.clear();
    m_waitingForLists = false;
    ++m_listGeneration; // their pages still on the way are dropped
    const Done done = std::move(m_done);
    ++m_generation; // late answers of this fetch are ignored
    if (done)
        done(error);
}

} // namespace guichet::sync
