#pragma once

#include "ColumnSealer.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace guichet::store {

// Requests waiting to be sent to the portal (tables `outbox` and
// `outbox_attachments`, see StoreSchema.h). Entries are sent oldest first;
// resending is safe because each carries its idempotency key. The body (the answers
// of a submission), the portal's result, the error detail and the attachments' file
// names are sealed (ColumnSealer, place: the entry's id and, for a file, its position).
class OutboxTable
{
public:
    OutboxTable(QSqlDatabase database, const ColumnSealer& sealer);

    // Stores a new queued entry with its attachments; returns its id. The commit
    // is synced to disk (synchronous=FULL) before returning, because the UI says
    // "saved" right after: a power cut must not lose a signed submission.
    [[nodiscard]] Result<qint64> enqueue(const OutboxEntry& entry);

    // The oldest queued entry, now marked sending with one more attempt; none when
    // nothing is queued.
    [[nodiscard]] Result<std::optional<OutboxEntry>> next();
    [[nodiscard]] Status markSent(qint64 id, const QByteArray& result);
    // retry: back to queued (e.g. offline); else failed until the person decides.
    [[nodiscard]] Status markFailed(qint64 id, const Error& error, bool retry);
    // After a crash, entries left "sending" are queued again; returns how many.
    [[nodiscard]] Result<int> requeueInterrupted();
    [[nodiscard]] Status remove(qint64 id);

    [[nodiscard]] Result<std::optional<OutboxEntry>> entry(qint64 id) const;
    // All entries of a space (all spaces when spaceId is empty), oldest first.
    [[nodiscard]] Result<QList<OutboxEntry>> list(const QString& spaceId = {}) const;

    // Seals what an earlier version stored in plaintext; returns how many values.
    [[nodiscard]] Result<int> sealPlaintextRows();

private:
    [[nodiscard]] Result<QList<OutboxEntry>> select(const QString& where,
                                                    const QVariantList& values) const;
    [[nodiscard]] Status setState(qint64 id, OutboxState state, const QString& extraSet,
                                  const QVariantList& extraValues);

    // A sealed value of the entry, or NULL for a null one.
    [[nodiscard]] Result<QVariant> sealed(const QByteArray& value, const char* column,
                                          qint64 id) const;
    [[nodiscard]] Result<QByteArray> opened(const QVariant& value, const char* column,
                                            qint64 id) const;

    QSqlDatabase m_database;
    const ColumnSealer& m_sealer;
};

[[nodiscard]] QString outboxStateName(OutboxState state);

} // namespace guichet::store
