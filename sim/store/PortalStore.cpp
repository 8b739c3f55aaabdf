#include "PortalStore.h"

#include "SimClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guichet::sim {
namespace {

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The change-feed kinds of docs/api/portal.yaml; corrections are read by listing them.
bool isFeedKind(const QString& kind)
{
    static const QStringList kinds{"dossier", "event", "document", "message",
                                   "consent", "data",  "access"};
    return kinds.contains(kind);
}

QString hrefFor(const QString& spaceId, const QString& kind, const QJsonObject& json)
{
    const QString base = QStringLiteral("/api/v1/spaces/") + spaceId;
    const QString id = json.value(QStringLiteral("id")).toString();
    if (kind == QLatin1String("dossier"))
        return base + QStringLiteral("/dossiers/") + id;
    if (kind == QLatin1String("event"))
        return base + QStringLiteral("/dossiers/") +
               json.value(QStringLiteral("dossierId")).toString() + QStringLiteral("/events");
    if (kind == QLatin1String("document"))
        return base + QStringLiteral("/documents/") + id;
    if (kind == QLatin1String("message"))
        return base + QStringLiteral("/messages/") + id;
    if (kind == QLatin1String("consent"))
        return base + QStringLiteral("/consents/") + id;
    if (kind == QLatin1String("data"))
        return base + QStringLiteral("/data/sources/") +
               json.value(QStringLiteral("source")).toString();
    if (kind == QLatin1String("access"))
        return base + QStringLiteral("/access-log/") + id;
    return base;
}

struct Columns
{
    QString id, sortKey, updatedAt, dossierId, threadId, status, source, adminId, procedureId;
    bool unread = false;
    qint64 version = 1;
};

// The columns lists filter and sort on, taken from the object's own members.
Columns columnsOf(const QString& kind, const QJsonObject& json)
{
    const auto text = [&json](const char* member) {
        return json.value(QLatin1String(member)).toString();
    };
    Columns c;
    c.id = kind == QLatin1String("data") ? text("source") : text("id");
    c.version = json.value(QStringLiteral("version")).toInteger(1);
    c.dossierId = text("dossierId");
    c.adminId = json.value(QStringLiteral("administration")).toObject().value("id").toString();
    c.source = text("source");
    c.procedureId = text("procedureId");
    if (kind == QLatin1String("dossier")) {
        c.sortKey = text("submittedAt");
        c.status = text("status");
        c.dossierId = c.id;
    } else if (kind == QLatin1String("event")) {
        c.sortKey = text("occurredAt");
    } else if (kind == QLatin1String("document")) {
        c.sortKey = text("createdAt");
        c.status = text("origin");
    } else if (kind == QLatin1String("message")) {
        c.sortKey = text("sentAt");
        c.threadId = text("threadId");
        c.unread = json.value(QStringLiteral("readAt")).isNull() &&
                   text("direction") == QLatin1String("inbound");
    } else if (kind == QLatin1String("consent")) {
        c.sortKey = text("givenAt");
        c.status = text("status");
    } else if (kind == QLatin1String("correction")) {
        c.sortKey = text("createdAt");
        c.status = text("status");
    } else if (kind == QLatin1String("access")) {
        c.sortKey = text("accessedAt");
    } else if (kind == QLatin1String("data")) {
        c.sortKey = c.id;
        c.updatedAt = text("lastUpdated");
    }
    if (c.updatedAt.isEmpty())
        c.updatedAt = json.contains(QStringLiteral("updatedAt")) ? text("updatedAt") : c.sortKey;
    return c;
}

// Oldest first for a timeline, newest first for everything else.
bool ascending(const QString& kind)
{
    return kind == QLatin1String("event") || kind == QLatin1String("data");
}

} // namespace

PortalStore::PortalStore(QString connectionName) : m_connection(std::move(connectionName)) {}

PortalStore::~PortalStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase PortalStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<PortalStore>> PortalStore::open(const QString& path)
{
    const QString name = QStringLiteral("guichet-sim-") + QUuid::createUuid().toString();
    std::unique_ptr<PortalStore> store(new PortalStore(name));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!database.open())
        return Error(QStringLiteral("DATA-001"), database.lastError().text());
    QSqlQuery pragma(database);
    if (!path.isEmpty()) {
        (void)pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        (void)pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (!store->createSchema())
        return Error(QStringLiteral("DATA-002"), database.lastError().text());
    return store;
}

bool PortalStore::createSchema()
{
    static const char* statements[] = {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS procedures(id TEXT, lang TEXT, audience TEXT, online "
        "INTEGER, updated_at TEXT, search TEXT, json BLOB, PRIMARY KEY(id, lang))",
        "CREATE TABLE IF NOT EXISTS forms(id TEXT, version TEXT, lang TEXT, json BLOB, "
        "PRIMARY KEY(id, version, lang))",
        "CREATE TABLE IF NOT EXISTS personas(key TEXT PRIMARY KEY, holder_number TEXT, "
        "given_name TEXT, surname TEXT, description TEXT)",
        "CREATE INDEX IF NOT EXISTS personas_holder ON personas(holder_number)",
        "CREATE TABLE IF NOT EXISTS spaces(id TEXT PRIMARY KEY, persona_key TEXT, role TEXT, "
        "position INTEGER, json BLOB)",
        "CREATE TABLE IF NOT EXISTS items(space_id TEXT, kind TEXT, id TEXT, version INTEGER, "
        "sort_key TEXT, updated_at TEXT, dossier_id TEXT, thread_id TEXT, status TEXT, source "
        "TEXT, admin_id TEXT, procedure_id TEXT, unread INTEGER, json BLOB, "
        "PRIMARY KEY(space_id, kind, id))",
        "CREATE INDEX IF NOT EXISTS items_sorted ON items(space_id, kind, sort_key, id)",
        "CREATE TABLE IF NOT EXISTS scheduled(id TEXT PRIMARY KEY, space_id TEXT, occurs_at "
        "TEXT, event BLOB, decision BLOB)",
        "CREATE INDEX IF NOT EXISTS scheduled_due ON scheduled(occurs_at)",
        "CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, space_id "
        "TEXT, kind TEXT, id TEXT, op TEXT, json BLOB, UNIQUE(space_id, kind, id))",
        "CREATE TABLE IF NOT EXISTS contents(space_id TEXT, document_id TEXT, bytes BLOB, "
        "PRIMARY KEY(space_id, document_id))",
        "CREATE TABLE IF NOT EXISTS data_values(space_id TEXT, source TEXT, json BLOB, "
        "PRIMARY KEY(space_id, source))",
        "CREATE TABLE IF NOT EXISTS idempotency(owner TEXT, key TEXT, fingerprint BLOB, status "
        "INTEGER, content_type TEXT, body BLOB, location TEXT, PRIMARY KEY(owner, key))",
        "CREATE TABLE IF NOT EXISTS public_submissions(reference TEXT PRIMARY KEY, "
        "tracking_code TEXT, json BLOB)",
    };
    QSqlQuery query(db());
    for (const char* statement : statements)
        if (!query.exec(QString::fromLatin1(statement)))
            return false;
    return true;
}

bool PortalStore::begin()
{
    return db().transaction();
}

bool PortalStore::commit()
{
    return db().commit();
}

bool PortalStore::isSeeded()
{
    QSqlQuery query(db());
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key='seeded'")) && query.next();
}

QString PortalStore::searchText(const QString& text)
{
    // Decompose, drop the combining marks, fold case: "Élève" and "eleve" meet.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    return folded;
}

PortalStore::Page PortalStore::procedures(const ProcedureQuery& request, const QString& language)
{
    QString where = QStringLiteral("lang=:lang");
    if (!request.audience.isEmpty())
        where += QStringLiteral(" AND audience=:audience");
    if (!request.updatedSince.isEmpty())
        where += QStringLiteral(" AND updated_at>:since");
    if (request.online)
        where += QStringLiteral(" AND online=:online");
    QStringList words;
    for (const QString& word : searchText(request.text).split(u' ', Qt::SkipEmptyParts))
        words.append(word);
    for (qsizetype i = 0; i < words.size(); ++i)
        where += QStringLiteral(" AND instr(search, :w%1)>0").arg(i);

    const auto bind = [&](QSqlQuery& query) {
        query.bindValue(QStringLiteral(":lang"), language);
        if (!request.audience.isEmpty())
            query.bindValue(QStringLiteral(":audience"), request.audience);
        if (!request.updatedSince.isEmpty())
            query.bindValue(QStringLiteral(":since"), request.updatedSince);
        if (request.online)
            query.bindValue(QStringLiteral(":online"), *request.online ? 1 : 0);
        for (qsizetype i = 0; i < words.size(); ++i)
            query.bindValue(QStringLiteral(":w%1").arg(i), words.at(i));
    };
    Page page;
    QSqlQuery count(db());
    count.prepare(QStringLiteral("SELECT count(*) FROM procedures WHERE ") + where);
    bind(count);
    if (count.exec() && count.next())
        page.total = count.value(0).toInt();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT json FROM procedures WHERE ") + where +
                  QStringLiteral(" ORDER BY id LIMIT :limit OFFSET :offset"));
    bind(query);
    query.bindValue(QStringLiteral(":limit"), request.limit + 1);
    query.bindValue(QStringLiteral(":offset"), request.offset);
    if (query.exec())
        while (query.next())
            page.items.append(parseObject(query.value(0).toByteArray()));
    if (page.items.size() > request.limit) {
        page.items.removeLast();
        page.more = true;
    }
    return page;
}

std::optional<QJsonObject> PortalStore::procedure(const QString& id, const QString& language)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT json FROM procedures WHERE id=? AND lang=?"));
    query.addBindValue(id);
    query.addBindValue(language);
    if (query.exec() && query.next())
        return parseObject(query.value(0).toByteArray());
    return std::nullopt;
}

std::optional<QJsonObject> PortalStore::form(const QString& id, const QString& version,
                                             const QString& language)
{
    QSqlQuery query(db());
    if (version.isEmpty()) {
        query.prepare(QStringLiteral(
            "SELECT json FROM forms WHERE id=? AND lang=? ORDER BY version DESC LIMIT 1"));
        query.addBindValue(id);
        query.addBindValue(language);
    } else {
        query.prepare(QStringLiteral("SELECT json FROM forms WHERE id=? AND lang=? AND version=?"));
        query.addBindValue(id);
        query.addBindValue(language);
        query.addBindValue(version);
    }
    if (query.exec() && query.next())
        return parseObject(query.value(0).toByteArray());
    return std::nullopt;
}

namespace {

PortalStore::Persona personaFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

constexpr auto PersonaColumns = "SELECT key, holder_number, given_name, surname, description "
                                "FROM personas ";

} // namespace

std::optional<PortalStore::Persona> PortalStore::personaByHolder(const QString& holderNumber)
{
    if (holderNumber.isEmpty())
        return std::nullopt;
    QSqlQuery query(db());
    query.prepare(QLatin1String(PersonaColumns) + QStringLiteral("WHERE holder_number=?"));
    query.addBindValue(holderNumber);
    if (query.exec() && query.next())
        return personaFrom(query);
    return std::nullopt;
}

std::optional<PortalStore::Persona> PortalStore::persona(const QString& key)
{
    QSqlQuery query(db());
    query.prepare(QLatin1String(PersonaColumns) + QStringLiteral("WHERE key=?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return personaFrom(query);
    return std::nullopt;
}

QList<PortalStore::Persona> PortalStore::personas()
{
    QList<Persona> all;
    QSqlQuery query(db());
    if (query.exec(QLatin1String(PersonaColumns) + QStringLiteral("ORDER BY rowid")))
        while (query.next())
            all.append(personaFrom(query));
    return all;
}

void PortalStore::addPersona(const Persona& persona)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO personas VALUES(?,?,?,?,?)"));
    query.addBindValue(persona.key);
    query.addBindValue(persona.holderNumber);
    query.addBindValue(persona.givenName);
    query.addBindValue(persona.surname);
    query.addBindValue(persona.description);
    (void)query.exec();
}

QList<PortalStore::Space> PortalStore::spacesOf(const QString& personaKey)
{
    QList<Space> spaces;
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT id, persona_key, role, json FROM spaces WHERE persona_key=? ORDER BY position"));
    query.addBindValue(personaKey);
    if (query.exec())
        while (query.next())
            spaces.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), parseObject(query.value(3).toByteArray())});
    return spaces;
}

std::optional<PortalStore::Space> PortalStore::space(const QString& spaceId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, persona_key, role, json FROM spaces WHERE id=?"));
    query.addBindValue(spaceId);
    if (query.exec() && query.next())
        return Space{query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), parseObject(query.value(3).toByteArray())};
    return std::nullopt;
}

PortalStore::Page PortalStore::items(const QString& spaceId, const ItemQuery& request)
{
    QString where = QStringLiteral("space_id=:space AND kind=:kind");
    static const QStringList columns{"dossier_id", "thread_id", "status",
                                     "source",     "admin_id",  "procedure_id"};
    for (auto it = request.equals.cbegin(); it != request.equals.cend(); ++it)
        if (columns.contains(it.key()))
            where += QStringLiteral(" AND %1=:%1").arg(it.key());
    if (request.unread)
        where += QStringLiteral(" AND unread=:unread");
    if (!request.updatedSince.isEmpty())
        where += QStringLiteral(" AND updated_at>:updated");
    if (!request.since.isEmpty())
        where += QStringLiteral(" AND sort_key>=:since");
    if (!request.until.isEmpty())
        where += QStringLiteral(" AND sort_key<:until");
    const QString order = ascending(request.kind)
                              ? QStringLiteral(" ORDER BY sort_key, id")
                              : QStringLiteral(" ORDER BY sort_key DESC, id DESC");
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT json FROM items WHERE ") + where + order +
                  QStringLiteral(" LIMIT :limit OFFSET :offset"));
    query.bindValue(QStringLiteral(":space"), spaceId);
    query.bindValue(QStringLiteral(":kind"), request.kind);
    for (auto it = request.equals.cbegin(); it != request.equals.cend(); ++it)
        if (columns.contains(it.key()))
            query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (request.unread)
        query.bindValue(QStringLiteral(":unread"), *request.unread ? 1 : 0);
    if (!request.updatedSince.isEmpty())
        query.bindValue(QStringLiteral(":updated"), request.updatedSince);
    if (!request.since.isEmpty())
        query.bindValue(QStringLiteral(":since"), request.since);
    if (!request.until.isEmpty())
        query.bindValue(QStringLiteral(":until"), request.until);
    query.bindValue(QStringLiteral(":limit"), request.limit + 1);
    query.bindValue(QStringLiteral(":offset"), request.offset);
    Page page;
    if (query.exec())
        while (query.next())
            page.items.append(parseObject(query.value(0).toByteArray()));
    if (page.items.size() > request.limit) {
        page.items.removeLast();
        page.more = true;
    }
    return page;
}

std::optional<QJsonObject> PortalStore::item(const QString& spaceId, const QString& kind,
                                             const QString& id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT json FROM items WHERE space_id=? AND kind=? AND id=?"));
    query.addBindValue(spaceId);
    query.addBindValue(kind);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return parseObject(query.value(0).toByteArray());
    return std::nullopt;
}

void PortalStore::putItem(const QString& spaceId, const QString& kind, const QJsonObject& json)
{
    const Columns c = columnsOf(kind, json);
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO items VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& value :
         {QVariant(spaceId), QVariant(kind), QVariant(c.id), QVariant(c.version),
          QVariant(c.sortKey), QVariant(c.updatedAt), QVariant(c.dossierId), QVariant(c.threadId),
          QVariant(c.status), QVariant(c.source), QVariant(c.adminId), QVariant(c.procedureId),
          QVariant(c.unread ? 1 : 0), QVariant(compact(json))})
        query.addBindValue(value);
    (void)query.exec();
    if (!isFeedKind(kind))
        return;
    QJsonObject change{{QStringLiteral("kind"), kind},
                       {QStringLiteral("id"), c.id},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("href"), hrefFor(spaceId, kind, json)},
                       {QStringLiteral("changedAt"), c.updatedAt.isEmpty()
                                                         ? apiTime(QDateTime::currentDateTimeUtc())
                                                         : c.updatedAt}};
    if (kind == QLatin1String("event"))
        change.insert(QStringLiteral("parentId"), c.dossierId);
    // One row per object: a new change replaces the old one (the feed coalesces).
    QSqlQuery feed(db());
    feed.prepare(QStringLiteral("DELETE FROM changes WHERE space_id=? AND kind=? AND id=?"));
    feed.addBindValue(spaceId);
    feed.addBindValue(kind);
    feed.addBindValue(c.id);
    (void)feed.exec();
    feed.prepare(QStringLiteral("INSERT INTO changes(space_id, kind, id, op, json) "
                                "VALUES(?,?,?,'upsert',?)"));
    feed.addBindValue(spaceId);
    feed.addBindValue(kind);
    feed.addBindValue(c.id);
    feed.addBindValue(compact(change));
    (void)feed.exec();
}

void PortalStore::deleteItem(const QString& spaceId, const QString& kind, const QString& id)
{
    const std::optional<QJsonObject> old = item(spaceId, kind, id);
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM items WHERE space_id=? AND kind=? AND id=?"));
    query.addBindValue(spaceId);
    query.addBindValue(kind);
    query.addBindValue(id);
    (void)query.exec();
    if (!old || !isFeedKind(kind))
        return;
    const QJsonObject change{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), id},
        {QStringLiteral("op"), QStringLiteral("delete")},
        {QStringLiteral("version"), old->value(QStringLiteral("version")).toInteger(1) + 1},
        {QStringLiteral("href"), hrefFor(spaceId, kind, *old)},
        {QStringLiteral("changedAt"), apiTime(QDateTime::currentDateTimeUtc())}};
    QSqlQuery feed(db());
    feed.prepare(QStringLiteral("DELETE FROM changes WHERE space_id=? AND kind=? AND id=?"));
    feed.addBindValue(spaceId);
    feed.addBindValue(kind);
    feed.addBindValue(id);
    (void)feed.exec();
    feed.prepare(QStringLiteral("INSERT INTO changes(space_id, kind, id, op, json) "
                                "VALUES(?,?,?,'delete',?)"));
    feed.addBindValue(spaceId);
    feed.addBindValue(kind);
    feed.addBindValue(id);
    feed.addBindValue(compact(change));
    (void)feed.exec();
}

std::optional<QByteArray> PortalStore::content(const QString& spaceId, const QString& documentId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT bytes FROM contents WHERE space_id=? AND document_id=?"));
    query.addBindValue(spaceId);
    query.addBindValue(documentId);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return std::nullopt;
}

void PortalStore::putContent(const QString& spaceId, const QString& documentId,
                             const QByteArray& bytes)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO contents VALUES(?,?,?)"));
    query.addBindValue(spaceId);
    query.addBindValue(documentId);
    query.addBindValue(bytes);
    (void)query.exec();
}

qint64 PortalStore::storedBytes(const QString& spaceId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT coalesce(sum(length(bytes)),0) FROM contents WHERE "
                                 "space_id=?"));
    query.addBindValue(spaceId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QJsonObject PortalStore::dataValues(const QString& spaceId, const QString& source)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT json FROM data_values WHERE space_id=? AND source=?"));
    query.addBindValue(spaceId);
    query.addBindValue(source);
    if (query.exec() && query.next())
        return parseObject(query.value(0).toByteArray());
    return {};
}

QList<PortalStore::Change>
PortalStore::changes(const QString& spaceId, std::optional<qint64> afterSeq, int limit, bool* more)
{
    QSqlQuery query(db());
    if (afterSeq) {
        query.prepare(QStringLiteral("SELECT seq, json FROM changes WHERE space_id=? AND seq>? "
                                     "ORDER BY seq LIMIT ?"));
        query.addBindValue(spaceId);
        query.addBindValue(*afterSeq);
    } else {
        // A full sync lists what exists now; deletions only matter to a cursor holder.
        query.prepare(QStringLiteral("SELECT seq, json FROM changes WHERE space_id=? AND "
                                     "op='upsert' ORDER BY seq LIMIT ?"));
        query.addBindValue(spaceId);
    }
    query.addBindValue(limit + 1);
    QList<Change> list;
    if (query.exec())
        while (query.next())
            list.append({query.value(0).toLongLong(), parseObject(query.value(1).toByteArray())});
    *more = list.size() > limit;
    if (*more)
        list.removeLast();
    return list;
}

qint64 PortalStore::lastChangeSeq()
{
    QSqlQuery query(db());
    return query.exec(QStringLiteral("SELECT coalesce(max(seq),0) FROM changes")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

int PortalStore::releaseDueEvents(const QDateTime& now)
{
    QSqlQuery due(db());
    due.prepare(QStringLiteral("SELECT id, space_id, event, decision FROM scheduled WHERE "
                               "occurs_at<=? ORDER BY occurs_at"));
    due.addBindValue(apiTime(now));
    if (!due.exec())
        return 0;
    struct Due
    {
        QString id, spaceId;
        QJsonObject event, decision;
    };
    QList<Due> list;
    while (due.next())
        list.append({due.value(0).toString(), due.value(1).toString(),
                     parseObject(due.value(2).toByteArray()),
                     parseObject(due.value(3).toByteArray())});
    if (list.isEmpty())
        return 0;
    begin();
    for (const Due& entry : list) {
        putItem(entry.spaceId, QStringLiteral("event"), entry.event);
        const QString dossierId = entry.event.value(QStringLiteral("dossierId")).toString();
        if (std::optional<QJsonObject> dossier =
                item(entry.spaceId, QStringLiteral("dossier"), dossierId)) {
            const QString status = entry.event.value(QStringLiteral("type")).toString();
            dossier->insert(QStringLiteral("status"), status);
            dossier->insert(QStringLiteral("updatedAt"),
                            entry.event.value(QStringLiteral("occurredAt")));
            dossier->insert(QStringLiteral("version"),
                            dossier->value(QStringLiteral("version")).toInteger(1) + 1);
            if (status != QLatin1String("information_requested"))
                dossier->remove(QStringLiteral("pendingRequest"));
            if (!entry.decision.isEmpty())
                dossier->insert(QStringLiteral("decision"), entry.decision);
            putItem(entry.spaceId, QStringLiteral("dossier"), *dossier);
        }
        QSqlQuery done(db());
        done.prepare(QStringLiteral("DELETE FROM scheduled WHERE id=?"));
        done.addBindValue(entry.id);
        (void)done.exec();
    }
    commit();
    return int(list.size());
}

std::optional<PortalStore::StoredAnswer> PortalStore::storedAnswer(const QString& owner,
                                                                   const QString& key)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT fingerprint, status, content_type, body, location FROM "
                                 "idempotency WHERE owner=? AND key=?"));
    query.addBindValue(owner);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return StoredAnswer{query.value(0).toByteArray(), query.value(1).toInt(),
                            query.value(2).toByteArray(), query.value(3).toByteArray(),
                            query.value(4).toByteArray()};
    return std::nullopt;
}

void PortalStore::storeAnswer(const QString& owner, const QString& key, const StoredAnswer& answer)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO idempotency VALUES(?,?,?,?,?,?,?)"));
    query.addBindValue(owner);
    query.addBindValue(key);
    query.addBindValue(answer.fingerprint);
    query.addBindValue(answer.status);
    query.addBindValue(answer.contentType);
    query.addBindValue(answer.body);
    query.addBindValue(answer.location);
    (void)query.exec();
}

void PortalStore::putPublicSubmission(const QString& reference, const QString& trackingCode,
                                      const QJsonObject& json)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO public_submissions VALUES(?,?,?)"));
    query.addBindValue(reference);
    query.addBindValue(trackingCode);
    query.addBindValue(compact(json));
    (void)query.exec();
}

std::optional<QJsonObject> PortalStore::publicSubmission(const QString& reference,
                                                         const QString& trackingCode)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT json FROM public_submissions WHERE reference=? AND tracking_code=?"));
    query.addBindValue(reference);
    query.addBindValue(trackingCode);
    if (query.exec() && query.next())
        return parseObject(query.value(0).toByteArray());
    return std::nullopt;
}

} // namespace guichet::sim
