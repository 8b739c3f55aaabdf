#include "LocalStore.h"

#include "ErrorCodes.h"
#include "SchemaMigration.h"
#include "SqlSupport.h"
#include "StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guichet::store {
namespace {

// Every SQLite database file starts with these 16 bytes.
constexpr char sqliteMagic[] = "SQLite format 3";

// Refuses a file that is not empty and not a database before SQLite touches it,
// so a damaged or foreign file is never converted or overwritten.
Status checkFileHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::StoreOpenFailed,
                     QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return {};
    if (header != QByteArray(sqliteMagic, sizeof sqliteMagic))
        return Error(ErrorCode::StoreCorrupt,
                     QStringLiteral("%1 is not an SQLite database (header %2)")
                         .arg(path, QString::fromLatin1(header.toHex())));
    return {};
}

Status applySettings(QSqlDatabase& database)
{
    QSqlQuery query(database);
    // WAL: readers never block the writer and a crash leaves the last commit intact.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return storeError(query.lastError(), QStringLiteral("journal_mode"));
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::StoreOpenFailed,
                     QStringLiteral("journal_mode stayed %1").arg(query.value(0).toString()));
    // NORMAL is safe in WAL against application crashes; the outbox raises it to
    // FULL for its own commits (see OutboxTable::enqueue).
    // cache_size: 8 MiB of pages instead of SQLite's 2 MiB. A first sync writes a
    // thousand objects per transaction; with the default cache SQLite had to spill
    // dirty pages to the WAL mid-transaction and read them back (measured in the sync
    // benchmark). The cache only grows as pages are used.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA cache_size = -8192"),
          // Deleted and replaced content is overwritten with zeros, in the file and in
          // the log: a row sealed in place (setCipher) leaves no plaintext behind.
          QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (!query.exec(pragma))
            return storeError(query.lastError(), pragma);
    }
    return {};
}

Status prepareDatabase(QSqlDatabase& database, const QString& path,
                       const LocalStore::Options& options, bool& fullText)
{
    if (!database.open())
        return storeError(database.lastError(), QStringLiteral("open %1").arg(path));
    // Version first: a newer file is refused before any setting is written to it.
    const Result<int> version = readSchemaVersion(database);
    if (!version)
        return version.error();
    if (version.value() <= currentSchemaVersion()) {
        if (Status status = applySettings(database); !status)
            return status;
    }
    if (Status status = migrateSchema(database, schemaSteps()); !status)
        return status;
    fullText = options.useFullTextIndex && CatalogueTable::fullTextAvailable(database);
    return CatalogueTable::prepareFullTextIndex(database, fullText);
}

} // namespace

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString& path, Options options)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Error(ErrorCode::StoreOpenFailed,
                     QStringLiteral("folder of %1 does not exist").arg(path));
    if (Status status = checkFileHeader(path); !status)
        return status.error();

    const QString connection = QStringLiteral("guichet-store-") + QUuid::createUuid().toString();
    bool fullText = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        Status status = prepareDatabase(database, path, options, fullText);
        if (!status) {
            database.close();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return status.error();
        }
    }
    return std::unique_ptr<LocalStore>(new LocalStore(connection, path, fullText));
}

LocalStore::LocalStore(QString connectionName, QString path, bool fullText)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)),
      m_database(QSqlDatabase::database(m_connectionName, false)),
      m_objects(std::make_unique<ObjectTable>(m_database, m_sealer)),
      m_catalogue(std::make_unique<CatalogueTable>(m_database, fullText)),
      m_syncState(std::make_unique<SyncStateTable>(m_database)),
      m_outbox(std::make_unique<OutboxTable>(m_database, m_sealer)),
      m_documentCache(std::make_unique<DocumentCacheTable>(m_database))
{}

LocalStore::~LocalStore()
{
    // Every handle to the connection must be gone before it is removed.
    m_objects.reset();
    m_catalogue.reset();
    m_syncState.reset();
    m_outbox.reset();
    m_documentCache.reset();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LocalStore::schemaVersion() const
{
    QSqlDatabase database = m_database;
    return readSchemaVersion(database).valueOr(0);
}

Status LocalStore::setAutoCheckpoint(int pages)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

Status LocalStore::checkpoint()
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status LocalStore::setCipher(std::shared_ptr<const FieldCipher> cipher)
{
    m_sealer.setCipher(std::move(cipher));
    if (!m_sealer.isUnlocked())
        return {};
    // Looking for plaintext reads every row: done once per file, then remembered (a
    // store of 14,000 objects took 15 ms to open instead of 1.4 ms while it was not).
    if (m_syncState->plaintextSealed())
        return {};
    Result<int> sealed = 0;
    if (Status status = inTransaction([this, &sealed] {
            const Result<int> objects = m_objects->sealPlaintextRows();
            if (!objects)
                return Status(objects.error());
            const Result<int> outbox = m_outbox->sealPlaintextRows();
            if (!outbox)
                return Status(outbox.error());
            sealed = objects.value() + outbox.value();
            return m_syncState->setPlaintextSealed();
        });
        !status) {
        m_sealer.setCipher(nullptr);
        return status;
    }
    if (sealed.value() == 0)
        return {};
    // The plaintext of an earlier version may still sit in free pages and in the log:
    // the file is rewritten and the log emptied.
    QSqlQuery query(m_database);
    if (Status status = execute(query, QStringLiteral("VACUUM")); !status)
        return status;
    return execute(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status LocalStore::inTransaction(const std::function<Status()>& work)
{
    SqlTransaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = work(); !status)
        return status;
    return transaction.commit();
}

} // namespace guichet::store
