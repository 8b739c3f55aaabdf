#pragma once

#include "CatalogueTable.h"
#include "ColumnSealer.h"
#include "DocumentCacheTable.h"
#include "ObjectTable.h"
#include "OutboxTable.h"
#include "Result.h"
#include "SyncStateTable.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace guichet::store {

// The local copy of one person's spaces: one SQLite file per identity (e.g.
// DataPaths::identityDirectory(..) + "/space.sqlite"), schema in StoreSchema.h.
//
// Thread: a LocalStore and its tables are used from the one thread that opened it
// (the sync thread); Qt SQL connections cannot be shared between threads. Other
// threads ask that thread. The sync's StoreWriter opens a second LocalStore on the
// same file, on a thread of its own, for its writes (StoreWriter.h).
//
// Open checks the file header, refuses a newer schema (STORE-003) or a damaged
// file (STORE-004) without writing to it, then sets WAL, synchronous=NORMAL and
// foreign keys, and migrates (STORE-002 on failure, rolled back). It reads no table.
class LocalStore
{
public:
    struct Options
    {
        // false: catalogue search scans the folded column even if FTS5 exists
        // (for comparing both; the index is dropped and rebuilt on a later open).
        bool useFullTextIndex = true;
    };

    [[nodiscard]] static Result<std::unique_ptr<LocalStore>> open(const QString& path,
                                                                  Options options);
    [[nodiscard]] static Result<std::unique_ptr<LocalStore>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~LocalStore();

    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] ObjectTable& objects() { return *m_objects; }
    [[nodiscard]] CatalogueTable& catalogue() { return *m_catalogue; }
    [[nodiscard]] SyncStateTable& syncState() { return *m_syncState; }
    [[nodiscard]] OutboxTable& outbox() { return *m_outbox; }
    [[nodiscard]] DocumentCacheTable& documentCache() { return *m_documentCache; }

    // Gives the cipher of the identity's key (DocumentVault::fieldCipher): from then
    // on the personal columns can be written and read (ColumnSealer). Rows an earlier
    // version left in plaintext are sealed in place the first time, then the file is
    // rewritten (VACUUM) and the log emptied, so no plaintext page is left behind.
    [[nodiscard]] Status setCipher(std::shared_ptr<const FieldCipher> cipher);
    [[nodiscard]] const std::shared_ptr<const FieldCipher>& cipher() const
    {
        return m_sealer.cipher();
    }

    // WAL checkpoints (copying the log back into the file). pages = 0: this connection
    // never checkpoints when it commits; SQLite's default is 1000 pages (4 MiB).
    [[nodiscard]] Status setAutoCheckpoint(int pages);
    // Copies what it can of the log into the file now, without waiting for readers.
    [[nodiscard]] Status checkpoint();

    // Runs work as one transaction, committed only when it succeeds: e.g. a page of
    // changes together with its cursor, so a crash never skips or repeats a page.
    [[nodiscard]] Status inTransaction(const std::function<Status()>& work);

private:
    LocalStore(QString connectionName, QString path, bool fullText);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_database;
    ColumnSealer m_sealer;
    std::unique_ptr<ObjectTable> m_objects;
    std::unique_ptr<CatalogueTable> m_catalogue;
    std::unique_ptr<SyncStateTable> m_syncState;
    std::unique_ptr<OutboxTable> m_outbox;
    std::unique_ptr<DocumentCacheTable> m_documentCache;
};

} // namespace guichet::store
