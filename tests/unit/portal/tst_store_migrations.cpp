#include "ErrorCodes.h"
#include "LocalStore.h"
#include "SchemaMigration.h"
#include "StoreSchema.h"
#include "TestStore.h"
#include "tst_store_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::store;

namespace {

const QString space = QStringLiteral("sp-priv-5c1b7e2a");

// A raw connection to a store file, closed and removed when it goes out of scope.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~RawDatabase()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& get() { return m_database; }
    bool exec(const QString& sql)
    {
        QSqlQuery query(m_database);
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query.isActive();
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery query(m_database);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name = QStringLiteral("raw-") + QString::number(quintptr(this));
    QSqlDatabase m_database;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Rows every schema version since v1 can hold, written with that version's SQL.
void insertVersion1Rows(RawDatabase& raw)
{
    const guichet::store::StoredObject doc = storetest::document(space, 1);
    QVERIFY(
        raw.exec(QStringLiteral("INSERT INTO objects (space_id, kind, id, version, json,"
                                " sort_key) VALUES ('%1', 'document', '%2', 1, '%3', '%4')")
                     .arg(space, doc.id, QString::fromUtf8(doc.json), storetest::timestamp(1))));
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO sync_state VALUES ('space:%1', 'cursor', 'fc_9')").arg(space)));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox (space_id, kind, method, path,"
                                    " idempotency_key, state, created_at, updated_at)"
                                    " VALUES ('%1', 'message', 'POST', '/m', 'idem-1', 'queued',"
                                    " 1, 1)")
                         .arg(space)));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO document_cache (document_id, space_id, size,"
                                    " vault_file, received_bytes, complete, last_access)"
                                    " VALUES ('%1', '%2', 100, 'f.gvault', 100, 1, 5)")
                         .arg(doc.id, space)));
    for (const char* row : {"'P-2', 'citizen', 'published', 'Permis', '{}', 'permis de conduire'",
                            "'P-1', 'citizen', 'published', 'Declaration', '{}', 'declaration'"})
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO catalogue (language, id, audience, status,"
                                        " title, json, search_text) VALUES ('fr', %1)")
                             .arg(QLatin1String(row))));
}

// The full-text index as stores before v4 had it, rows included (3 triggers).
bool makeVersion3FullTextIndex(RawDatabase& raw)
{
    return raw.exec(
               QStringLiteral("CREATE VIRTUAL TABLE catalogue_fts USING fts5(search_text,"
                              " content = 'catalogue', content_rowid = 'rowid',"
                              " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")) &&
           raw.exec(
               QStringLiteral("CREATE TRIGGER catalogue_fts_insert AFTER INSERT ON catalogue BEGIN"
                              " INSERT INTO catalogue_fts (rowid, search_text) VALUES (new.rowid,"
                              " new.search_text); END")) &&
           raw.exec(
               QStringLiteral("CREATE TRIGGER catalogue_fts_delete AFTER DELETE ON catalogue BEGIN"
                              " INSERT INTO catalogue_fts (catalogue_fts, rowid, search_text)"
                              " VALUES ('delete', old.rowid, old.search_text); END")) &&
           raw.exec(QStringLiteral(
               "CREATE TRIGGER catalogue_fts_update AFTER UPDATE ON catalogue BEGIN"
               " INSERT INTO catalogue_fts (catalogue_fts, rowid, search_text)"
               " VALUES ('delete', old.rowid, old.search_text); INSERT INTO catalogue_fts"
               " (rowid, search_text) VALUES (new.rowid, new.search_text); END")) &&
           raw.exec(QStringLiteral("INSERT INTO catalogue_fts (catalogue_fts) VALUES ('rebuild')"));
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEveryPreviousVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < currentSchemaVersion(); ++version)
            QTest::addRow("from-v%d", version) << version;
    }

    void migratesFromEveryPreviousVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        {
            RawDatabase raw(path);
            // The database as that version left it: its steps only, then its rows.
            QVERIFY(migrateSchema(raw.get(), schemaSteps().first(std::size_t(from))));
            QCOMPARE(readSchemaVersion(raw.get()).value(), from);
            if (from >= 1)
                insertVersion1Rows(raw);
            if (from >= 1 && from <= 3) // the full-text index those versions' stores made
                QVERIFY(makeVersion3FullTextIndex(raw));
        }
        const Result<std::unique_ptr<LocalStore>> opened = guichet::test::openUnlockedStore(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().summary()));
        LocalStore& store = *opened.value();
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
        if (from == 0)
            return;
        const QString id = storetest::document(space, 1).id;
        QVERIFY(store.objects().object(space, QStringLiteral("document"), id).value());
        QCOMPARE(store.syncState().cursor(space).value(), QStringLiteral("fc_9"));
        QCOMPARE(store.outbox().list().value().size(), 1);
        const auto cached = store.documentCache().entry(id).value();
        QVERIFY(cached);
        QVERIFY(cached->complete);
        if (from < 2) // v2 estimated the size on disk of existing contents
            QCOMPARE(cached->storedBytes, 133);
        // v3 indexes the catalogue by title; search lists the older rows in that order.
        const auto listed = [&](const QString& text) {
            const auto found = store.catalogue().search(QStringLiteral("fr"), text, {}, 10);
            QStringList ids;
            for (const auto& entry : found.value())
                ids.append(entry.id);
            return ids;
        };
        const QStringList both{QStringLiteral("P-1"), QStringLiteral("P-2")};
        QCOMPARE(listed(QStringLiteral("d")), both);
        QCOMPARE(listed(QStringLiteral("de")), both);
        QCOMPARE(listed(QStringLiteral("conduire")), QStringList{QStringLiteral("P-2")});
        QCOMPARE(listed(QStringLiteral("con")), QStringList{QStringLiteral("P-2")});
        // v4 made the full-text index again with a prefix index of 3 letters only.
        RawDatabase raw(path);
        const QString index =
            raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'catalogue_fts'"))
                .toString();
        QVERIFY2(index.contains(QLatin1String("prefix = '3'")), qPrintable(index));
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        {
            RawDatabase raw(path);
            QVERIFY(migrateSchema(raw.get(), schemaSteps()));
            QVERIFY(raw.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<LocalStore>> opened = guichet::test::openUnlockedStore(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QString::fromLatin1(ErrorCode::StoreFromNewerVersion));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void garbageFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131 + 7) & 0xff);
        garbage.write(bytes);
        garbage.close();

        for (int attempt = 0; attempt < 2; ++attempt) {
            const Result<std::unique_ptr<LocalStore>> opened =
                guichet::test::openUnlockedStore(path);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code(), QString::fromLatin1(ErrorCode::StoreCorrupt));
        }
        QFile reread(path);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void damagedDatabaseBodyIsReportedAsCorrupt()
    {
        // A valid header over damaged pages: SQLite itself says SQLITE_CORRUPT/NOTADB.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        {
            RawDatabase raw(path);
            QVERIFY(migrateSchema(raw.get(), schemaSteps()));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(16);
        file.write(QByteArray(84, '\xff'));
        file.close();
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<LocalStore>> opened = guichet::test::openUnlockedStore(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QString::fromLatin1(ErrorCode::StoreCorrupt));
        QCOMPARE(fileHash(path), before);
    }

    void failingStepIsRolledBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        RawDatabase raw(path);
        QVERIFY(migrateSchema(raw.get(), schemaSteps().first(1)));
        const std::vector<SchemaStep> broken{
            schemaSteps()[0],
            {2,
             {QStringLiteral("CREATE TABLE half_done (x)"),
              QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y")}}};
        const Status status = migrateSchema(raw.get(), broken);
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QString::fromLatin1(ErrorCode::StoreMigrationFailed));
        QVERIFY(status.error().detail().contains(QStringLiteral("step 2")));
        QCOMPARE(readSchemaVersion(raw.get()).value(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                           " WHERE name = 'half_done'"))
                     .toInt(),
                 0);
    }

    void missingFolderIsAnOpenError()
    {
        QTemporaryDir dir;
        const Result<std::unique_ptr<LocalStore>> opened =
            guichet::test::openUnlockedStore(dir.filePath(QStringLiteral("gone/space.sqlite")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QString::fromLatin1(ErrorCode::StoreOpenFailed));
    }

    void storeUsesWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        {
            auto opened = guichet::test::openUnlockedStore(path);
            QVERIFY(opened);
        }
        RawDatabase raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
