#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet::store {

// One object of a space, as the API sent it. kind is the change feed's kind
// ("dossier", "event", "document", "message", "consent", "data", "access") or
// "correction"; for data records the id is the source name.
struct StoredObject
{
    QString spaceId;
    QString kind;
    QString id;
    qint64 version = 1;
    QByteArray json;
    bool pinned = false; // local flag, kept across upserts
};

// What a list shows; empty fields do not filter.
struct ObjectFilter
{
    QString spaceId;
    QString kind;
    QString dossierId;
    QString status;
    QString source;
    QString administration;
    bool unreadOnly = false;
    bool pinnedOnly = false;
};

// A procedure of the catalogue in one language (ProcedureSummary or Procedure JSON).
struct CatalogueEntry
{
    QString language;
    QString id;
    QString audience;
    QString title;
    QByteArray json;
};

enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed
};

// A file an outbox entry sends; its content is in the vault under documentId.
struct OutboxAttachment
{
    QString documentId;
    QString fileName;
    QString mediaType;
};

struct OutboxEntry
{
    qint64 id = 0; // assigned by enqueue
    QString spaceId;
    QString kind; // what the request does, e.g. "submission", "message", "upload"
    QString method;
    QString path;
    QString idempotencyKey;
    QByteArray body; // JSON
    QList<OutboxAttachment> attachments;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastErrorCode;
    QString lastErrorDetail;
    // The portal's answer when it refused the entry (Error::httpStatus/portalCode).
    int lastPortalStatus = 0;
    QString lastPortalCode;
    QDateTime createdAt;
    QDateTime updatedAt;
    QByteArray result; // the portal's answer once sent
};

// A document content held (fully or partly) in the vault.
struct CachedDocument
{
    QString documentId;
    QString spaceId;
    QString etag;
    qint64 size = 0;          // expected full size (Document.size)
    QString vaultFile;        // file name inside the vault folder
    qint64 receivedBytes = 0; // for resuming a download
    bool complete = false;
    bool pinned = false;    // kept offline: never evicted
    qint64 storedBytes = 0; // encrypted size on disk, what the budget counts
    QDateTime lastAccess;
};

} // namespace guichet::store
