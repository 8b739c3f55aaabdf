#include "DraftStore.h"

#include "ErrorCodes.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <tuple>

namespace guichet::forms {
namespace {

// 2: the person's values are sealed (FieldCipher); 1 kept them in plaintext.
constexpr int SchemaVersion = 2;

// Drafts of someone not signed in (procedures open without a card) belong to no
// space. A null QString would bind as SQL NULL, which the NOT NULL column refuses
// and "space_id = ?" never matches, so "no space" is kept as the empty text.
QString spaceKey(const QString& spaceId)
{
    return spaceId.isNull() ? QStringLiteral("") : spaceId;
}
// Distinguishes a drafts database from any other SQLite file (PRAGMA application_id).
constexpr int ApplicationId = 0x47445246; // "GDRF"

Error saveError(const QSqlError& error, const QString& what)
{
    return Error(QLatin1String(ErrorCode::DraftSaveFailed),
                 QStringLiteral("%1: %2").arg(what, error.text()));
}

Error readError(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::DraftUnreadable), detail);
}

QSqlDatabase database(const QString& connection)
{
    return QSqlDatabase::database(connection, false);
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString fileKey(const QString& draftId, const QString& sha256)
{
    return draftId + u'/' + sha256;
}

const QString SummaryColumns = QStringLiteral(
    "id, space_id, form_id, form_version, procedure_id, title, created_at, updated_at");

} // namespace

DraftStore::DraftStore(QString connectionName, std::shared_ptr<const FieldCipher> cipher)
    : m_connection(std::move(connectionName)), m_cipher(std::move(cipher))
{}

Result<QByteArray> DraftStore::seal(QByteArrayView plaintext, const char* column,
                                    const QString& key) const
{
    return m_cipher->seal(plaintext, QByteArray(column) + '\x1f' + key.toUtf8());
}

Result<QByteArray> DraftStore::unseal(const QVariant& sealed, const char* column,
                                      const QString& key) const
{
    return m_cipher->open(sealed.toByteArray(), QByteArray(column) + '\x1f' + key.toUtf8());
}

Result<DraftSummary> DraftStore::summaryFrom(const QSqlQuery& query) const
{
    DraftSummary s;
    s.id = query.value(0).toString();
    s.spaceId = query.value(1).toString();
    s.formId = query.value(2).toString();
    s.formVersion = query.value(3).toString();
    s.procedureId = query.value(4).toString();
    const Result<QByteArray> title = unseal(query.value(5), "drafts.title", s.id);
    if (!title)
        return title.error();
    s.title = QString::fromUtf8(title.value());
    s.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    s.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return s;
}

DraftStore::~DraftStore()
{
    {
        QSqlDatabase db = database(m_connection);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<DraftStore>> DraftStore::open(const QString& path,
                                                     std::shared_ptr<const FieldCipher> cipher)
{
    if (!cipher)
        return Error(QLatin1String(ErrorCode::StoreLocked),
                     QStringLiteral("drafts are sealed and the identity key is not here"));
    const QString connection =
        QStringLiteral("drafts-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<DraftStore> store(new DraftStore(connection, std::move(cipher)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return readError(QStringLiteral("open %1: %2").arg(path, db.lastError().text()));
    }
    // Checked before any pragma: switching to WAL rewrites the header of a file that
    // may not be ours. Replaced content is overwritten with zeros (secure_delete), so
    // sealing a version-1 file leaves no plaintext in free pages.
    QSqlQuery query(database(connection));
    if (!query.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return readError(query.lastError().text());
    query.finish(); // it answers a row; sealing a version-1 file VACUUMs below
    if (const Status created = store->createSchema(); !created)
        return created.error();
    // FULL: a draft the screen called saved must survive a power cut.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
        if (!query.exec(QLatin1String(pragma)))
            return readError(QStringLiteral("%1: %2 (%3)")
                                 .arg(QLatin1String(pragma), query.lastError().text(), path));
    return store;
}

Status DraftStore::createSchema()
{
    QSqlDatabase db = database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return readError(query.lastError().text());
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return readError(query.lastError().text());
    const int version = query.value(0).toInt();
    if (applicationId == ApplicationId && version == SchemaVersion)
        return {};
    if (applicationId == ApplicationId && version == 1) {
        query.finish(); // no statement may be running when sealing VACUUMs
        return sealVersion1();
    }
    if (applicationId != 0 || version != 0) {
        return readError(QStringLiteral("not a drafts database of version %1 (application %2, "
                                        "version %3)")
                             .arg(SchemaVersion)
                             .arg(applicationId)
                             .arg(version));
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return readError(query.lastError().text());
    if (query.value(0).toInt() != 0)
        return readError(QStringLiteral("the file holds other tables: not a drafts database"));
    if (!db.transaction())
        return saveError(db.lastError(), QStringLiteral("begin schema"));
    const QStringList statements{
        QStringLiteral("CREATE TABLE drafts (id TEXT PRIMARY KEY, space_id TEXT NOT NULL, "
                       "form_id TEXT NOT NULL, form_version TEXT NOT NULL, procedure_id TEXT "
                       "NOT NULL, title TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT "
                       "NOT NULL, content BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX drafts_by_space ON drafts(space_id, updated_at)"),
        QStringLiteral("CREATE TABLE draft_files (draft_id TEXT NOT NULL REFERENCES drafts(id) "
                       "ON DELETE CASCADE, sha256 TEXT NOT NULL, file_name TEXT NOT NULL, "
                       "media_type TEXT NOT NULL, content BLOB NOT NULL, PRIMARY KEY (draft_id, "
                       "sha256))"),
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            const QSqlError error = query.lastError();
            db.rollback();
            return saveError(error, sql.left(40));
        }
    }
    if (!db.commit())
        return saveError(db.lastError(), QStringLiteral("commit schema"));
    return {};
}

Status DraftStore::sealVersion1()
{
    // Version 1 kept everything in plaintext: sealed in one transaction, then the file
    // is rewritten so no old page keeps the plaintext.
    QSqlDatabase db = database(m_connection);
    if (!db.transaction())
        return saveError(db.lastError(), QStringLiteral("begin sealing"));
    QSqlQuery query(db);
    const auto fail = [&db](const Error& error) {
        db.rollback();
        return Status(error);
    };
    if (!query.exec(QStringLiteral("SELECT id, title, content FROM drafts")))
        return fail(readError(query.lastError().text()));
    QList<std::tuple<QString, QByteArray, QByteArray>> drafts;
    while (query.next())
        drafts.append({query.value(0).toString(), query.value(1).toString().toUtf8(),
                       query.value(2).toByteArray()});
    for (const auto& [id, title, content] : drafts) {
        const Result<QByteArray> sealedTitle = seal(title, "drafts.title", id);
        const Result<QByteArray> sealedContent = seal(content, "drafts.content", id);
        if (!sealedTitle || !sealedContent)
            return fail(sealedTitle ? sealedContent.error() : sealedTitle.error());
        if (!run(query, QStringLiteral("UPDATE drafts SET title = ?, content = ? WHERE id = ?"),
                 {sealedTitle.value(), sealedContent.value(), id}))
            return fail(saveError(query.lastError(), QStringLiteral("seal draft")));
    }
    if (!query.exec(QStringLiteral("SELECT draft_id, sha256, file_name, content FROM draft_files")))
        return fail(readError(query.lastError().text()));
    QList<std::tuple<QString, QString, QByteArray, QByteArray>> files;
    while (query.next())
        files.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString().toUtf8(), query.value(3).toByteArray()});
    for (const auto& [draftId, sha256, name, content] : files) {
        const QString key = fileKey(draftId, sha256);
        const Result<QByteArray> sealedName = seal(name, "draft_files.file_name", key);
        const Result<QByteArray> sealedContent = seal(content, "draft_files.content", key);
        if (!sealedName || !sealedContent)
            return fail(sealedName ? sealedContent.error() : sealedName.error());
        if (!run(query,
                 QStringLiteral("UPDATE draft_files SET file_name = ?, content = ? WHERE "
                                "draft_id = ? AND sha256 = ?"),
                 {sealedName.value(), sealedContent.value(), draftId, sha256}))
            return fail(saveError(query.lastError(), QStringLiteral("seal draft file")));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return fail(saveError(query.lastError(), QStringLiteral("user_version")));
    query.finish();
    if (!db.commit())
        return saveError(db.lastError(), QStringLiteral("commit sealing"));
    if (!query.exec(QStringLiteral("VACUUM")))
        return saveError(query.lastError(), QStringLiteral("vacuum"));
    return {};
}

Result<QString> DraftStore::create(const DraftSummary& summary)
{
    const QString id = QStringLiteral("DR-") +
                       QString::fromLatin1(QCryptographicHash::hash(QUuid::createUuid().toRfc4122(),
                                                                    QCryptographicHash::Sha256)
                                               .toHex()
                                               .left(12));
    const QDateTime now =
        summary.createdAt.isValid() ? summary.createdAt : QDateTime::currentDateTimeUtc();
    const Result<QByteArray> title = seal(summary.title.toUtf8(), "drafts.title", id);
    if (!title)
        return title.error();
    const Result<QByteArray> content = seal("{}", "drafts.content", id);
    if (!content)
        return content.error();
    QSqlQuery query(database(m_connection));
    if (!run(query,
             QStringLiteral("INSERT INTO drafts (id, space_id, form_id, form_version, "
                            "procedure_id, title, created_at, updated_at, content) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, spaceKey(summary.spaceId), summary.formId, summary.formVersion,
              summary.procedureId, title.value(), stamp(now), stamp(now), content.value()}))
        return saveError(query.lastError(), QStringLiteral("create draft"));
    return id;
}

Status DraftStore::save(const QString& draftId, const QJsonObject& content, const QDateTime& now)
{
    const Result<QByteArray> sealed =
        seal(QJsonDocument(content).toJson(QJsonDocument::Compact), "drafts.content", draftId);
    if (!sealed)
        return sealed.error();
    QSqlQuery query(database(m_connection));
    if (!run(query, QStringLiteral("UPDATE drafts SET content = ?, updated_at = ? WHERE id = ?"),
             {sealed.value(), stamp(now), draftId}))
        return saveError(query.lastError(), QStringLiteral("save draft %1").arg(draftId));
    if (query.numRowsAffected() != 1)
        return Error(QLatin1String(ErrorCode::DraftSaveFailed),
                     QStringLiteral("draft %1 does not exist (discarded?)").arg(draftId));
    return {};
}

Result<QJsonObject> DraftStore::load(const QString& draftId) const
{
    QSqlQuery query(database(m_connection));
    if (!run(query, QStringLiteral("SELECT content FROM drafts WHERE id = ?"), {draftId}))
        return readError(query.lastError().text());
    if (!query.next())
        return readError(QStringLiteral("no draft %1").arg(draftId));
    const Result<QByteArray> content = unseal(query.value(0), "drafts.content", draftId);
    if (!content)
        return content.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.value(), &parseError);
    if (!document.isObject())
        return readError(QStringLiteral("draft %1: %2").arg(draftId, parseError.errorString()));
    return document.object();
}

Result<DraftSummary> DraftStore::summary(const QString& draftId) const
{
    QSqlQuery query(database(m_connection));
    if (!run(query, QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(SummaryColumns),
             {draftId}))
        return readError(query.lastError().text());
    if (!query.next())
        return readError(QStringLiteral("no draft %1").arg(draftId));
    return summaryFrom(query);
}

Result<QList<DraftSummary>> DraftStore::list(const QString& spaceId) const
{
    QSqlQuery query(database(m_connection));
    if (!run(query,
             QStringLiteral("SELECT %1 FROM drafts WHERE space_id = ? ORDER BY updated_at DESC")
                 .arg(SummaryColumns),
             {spaceKey(spaceId)}))
        return readError(query.lastError().text());
    QList<DraftSummary> out;
    while (query.next()) {
        Result<DraftSummary> summary = summaryFrom(query);
        if (!summary)
            return summary.error();
        out.append(std::move(summary.value()));
    }
    return out;
}

Status DraftStore::discard(const QString& draftId)
{
    QSqlQuery query(database(m_connection));
    if (!run(query, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {draftId}))
        return saveError(query.lastError(), QStringLiteral("discard draft %1").arg(draftId));
    return {};
}

Status DraftStore::putFile(const QString& draftId, const DraftFile& file)
{
    const QString key = fileKey(draftId, file.sha256);
    const Result<QByteArray> name = seal(file.fileName.toUtf8(), "draft_files.file_name", key);
    if (!name)
        return name.error();
    const Result<QByteArray> content = seal(file.content, "draft_files.content", key);
    if (!content)
        return content.error();
    QSqlQuery query(database(m_connection));
    if (!run(query,
             QStringLiteral("INSERT OR REPLACE INTO draft_files (draft_id, sha256, file_name, "
                            "media_type, content) VALUES (?, ?, ?, ?, ?)"),
             {draftId, file.sha256, name.value(), file.mediaType, content.value()}))
        return saveError(query.lastError(), QStringLiteral("keep file in draft %1").arg(draftId));
    return {};
}

Result<DraftFile> DraftStore::file(const QString& draftId, const QString& sha256) const
{
    QSqlQuery query(database(m_connection));
    if (!run(query,
             QStringLiteral("SELECT file_name, media_type, content FROM draft_files WHERE "
                            "draft_id = ? AND sha256 = ?"),
             {draftId, sha256}))
        return readError(query.lastError().text());
    if (!query.next())
        return readError(QStringLiteral("draft %1 has no file %2").arg(draftId, sha256));
    const QString key = fileKey(draftId, sha256);
    const Result<QByteArray> name = unseal(query.value(0), "draft_files.file_name", key);
    if (!name)
        return name.error();
    Result<QByteArray> content = unseal(query.value(2), "draft_files.content", key);
    if (!content)
        return content.error();
    DraftFile out{sha256, QString::fromUtf8(name.value()), query.value(1).toString(),
                  std::move(content.value())};
    // Checked on every read: the digest is what the signed summary names.
    if (QString::fromLatin1(
            QCryptographicHash::hash(out.content, QCryptographicHash::Sha256).toHex()) != sha256)
        return readError(
            QStringLiteral("file %1 of draft %2 does not match its digest").arg(sha256, draftId));
    return out;
}

Status DraftStore::removeFile(const QString& draftId, const QString& sha256)
{
    QSqlQuery query(database(m_connection));
    if (!run(query, QStringLiteral("DELETE FROM draft_files WHERE draft_id = ? AND sha256 = ?"),
             {draftId, sha256}))
        return saveError(query.lastError(), QStringLiteral("remove file"));
    return {};
}

} // namespace guichet::forms
