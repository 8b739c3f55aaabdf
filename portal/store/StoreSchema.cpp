#include "StoreSchema.h"

#include <vector>

namespace guichet::store {
namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE objects ("
                       " space_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,"
                       " version INTEGER NOT NULL, json TEXT NOT NULL,"
                       " sort_key TEXT NOT NULL DEFAULT '', updated_at TEXT, dossier_id TEXT,"
                       " status TEXT, source TEXT, administration TEXT,"
                       " unread INTEGER NOT NULL DEFAULT 0, pinned INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (space_id, kind, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX objects_by_date ON objects (space_id, kind, sort_key)"),
        QStringLiteral("CREATE INDEX objects_by_dossier"
                       " ON objects (space_id, dossier_id, kind, sort_key)"),
        QStringLiteral("CREATE TABLE catalogue ("
                       " language TEXT NOT NULL, id TEXT NOT NULL, audience TEXT NOT NULL,"
                       " status TEXT NOT NULL, title TEXT NOT NULL, updated_at TEXT,"
                       " json TEXT NOT NULL, search_text TEXT NOT NULL,"
                       " UNIQUE (language, id))"),
        QStringLiteral("CREATE TABLE sync_state ("
                       " scope TEXT NOT NULL, name TEXT NOT NULL, value TEXT,"
                       " PRIMARY KEY (scope, name)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, space_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,"
                       " idempotency_key TEXT NOT NULL UNIQUE, body TEXT,"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       "  CHECK (state IN ('queued', 'sending', 'sent', 'failed')),"
                       " attempts INTEGER NOT NULL DEFAULT 0, last_error_code TEXT,"
                       " last_error_detail TEXT, created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL, result TEXT)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, id)"),
        QStringLiteral("CREATE TABLE outbox_attachments ("
                       " outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, document_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL, media_type TEXT,"
                       " PRIMARY KEY (outbox_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX outbox_attachments_by_document"
                       " ON outbox_attachments (document_id)"),
        QStringLiteral("CREATE TABLE document_cache ("
                       " document_id TEXT PRIMARY KEY, space_id TEXT NOT NULL, etag TEXT,"
                       " size INTEGER NOT NULL DEFAULT 0, vault_file TEXT NOT NULL,"
                       " received_bytes INTEGER NOT NULL DEFAULT 0,"
                       " complete INTEGER NOT NULL DEFAULT 0, pinned INTEGER NOT NULL DEFAULT 0,"
                       " last_access INTEGER NOT NULL) WITHOUT ROWID"),
    };
}

QStringList version2()
{
    return {
        // The budget counts bytes on disk; for rows of v1 the plaintext size plus the
        // vault's fixed overhead (5 + 12 + 16 bytes) is exact for complete files.
        QStringLiteral("ALTER TABLE document_cache"
                       " ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE document_cache SET stored_bytes = received_bytes + 33"),
        // Eviction walks contents oldest access first.
        QStringLiteral("CREATE INDEX document_cache_by_access ON document_cache (last_access)"),
    };
}

QStringList version3()
{
    return {
        // Search lists the catalogue by title and stops at its limit: short words
        // walk this index instead of sorting every match (CatalogueTable::search).
        QStringLiteral("CREATE INDEX catalogue_by_title ON catalogue (language, title, id)"),
    };
}

QStringList version4()
{
    return {
        // The full-text index is made again with a prefix index of 3 letters only
        // (CatalogueTable::prepareFullTextIndex builds it, and refills it, at open when
        // its triggers are missing): the 1- and 2-letter ones were no longer read.
        QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS catalogue_fts_update"),
        QStringLiteral("DROP TABLE IF EXISTS catalogue_fts"),
    };
}

QStringList version5()
{
    return {
        // What the portal answered when it refused an outbox entry, as fields: screens
        // decide on the portal's code (a closed conversation is MSG-001), never on the
        // error's detail text. Rows of v4 get none: their detail stays as it was.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN last_portal_status INTEGER"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN last_portal_code TEXT"),
    };
}

const std::vector<SchemaStep>& steps()
{
    static const std::vector<SchemaStep> all{
        {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()}, {5, version5()}};
    return all;
}

} // namespace

std::span<const SchemaStep> schemaSteps()
{
    return steps();
}

int currentSchemaVersion()
{
    return steps().back().version;
}

} // namespace guichet::store
