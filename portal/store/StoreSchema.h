#pragma once

#include <QStringList>

#include <span>

namespace guichet::store {

// The layout of a person's store (one SQLite file per identity). Times are
// milliseconds since the epoch (UTC) unless the column holds the API's own text.
//
// objects            Every object of the person's spaces as the API sent it (json),
//                    keyed by (space_id, kind, id). kind is the ChangeKind of the
//                    change feed (dossier, event, document, message, consent, data,
//                    access) plus "correction". Indexed copies of a few fields make
//                    lists fast: sort_key (the date lists order by, newest first),
//                    updated_at, dossier_id, status, source, administration (id),
//                    unread. pinned is a local flag the API never sends.
// catalogue          Procedures per language (language, id) with audience, status,
//                    title, json and search_text: title, summary, themes and
//                    administration folded (no accents, case folded) for search;
//                    v3 adds catalogue_by_title (language, title, id) for search's
//                    title order.
// catalogue_fts      Optional FTS5 index over catalogue.search_text, kept in step by
//                    triggers. Not part of the numbered schema: it is created at open
//                    when the SQLite library has FTS5 (see LocalStore).
// sync_state         (scope, name) -> value: a space's change cursor and last full
//                    sync, the catalogue's updatedSince per language.
// outbox             Requests waiting to be sent (method, path, idempotency key, JSON
//                    body), their state queued/sending/sent/failed, attempts, last
//                    error code and the portal's answer (result).
// outbox_attachments Files an outbox entry sends, by vault id (document_id). A vault
//                    file referenced by an entry not yet sent is never evicted.
// document_cache     Document contents held in the vault: etag, expected size,
//                    received_bytes and complete (for resumed downloads), pinned,
//                    last_access (for least-recently-used eviction); v2 adds
//                    stored_bytes (the encrypted file's size, what the budget counts).
//
// A migration step moves the schema from version n-1 to n (PRAGMA user_version).
// Released steps never change; a new layout is a new step at the end.
struct SchemaStep
{
    int version;
    QStringList statements;
};

[[nodiscard]] std::span<const SchemaStep> schemaSteps();
[[nodiscard]] int currentSchemaVersion();

} // namespace guichet::store
