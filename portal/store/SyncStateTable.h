#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace guichet::store {

// Where the sync left off (table `sync_state`, see StoreSchema.h). A value that was
// never set reads as empty / invalid.
class SyncStateTable
{
public:
    explicit SyncStateTable(QSqlDatabase database);

    // The change feed cursor of a space (ChangeFeed.cursor).
    [[nodiscard]] Result<QString> cursor(const QString& spaceId) const;
    [[nodiscard]] Status setCursor(const QString& spaceId, const QString& cursor);

    // When the space was last fetched in full (after a reset or a first sign-in).
    [[nodiscard]] Result<QDateTime> lastFullSync(const QString& spaceId) const;
    [[nodiscard]] Status setLastFullSync(const QString& spaceId, const QDateTime& when);

    // The language ("fr", "de", "en") the space's copy was asked for in (Accept-Language);
    // empty for a copy made before it was recorded.
    [[nodiscard]] Result<QString> copyLanguage(const QString& spaceId) const;
    [[nodiscard]] Status setCopyLanguage(const QString& spaceId, const QString& language);

    // The catalogue's updatedSince for one language.
    [[nodiscard]] Result<QDateTime> catalogueUpdatedSince(const QString& language) const;
    [[nodiscard]] Status setCatalogueUpdatedSince(const QString& language, const QDateTime& when);

    // Forgets a space's cursor and full-sync time, so the next sync starts over.
    [[nodiscard]] Status resetSpace(const QString& spaceId);

    // Whether the store's plaintext of an earlier version was sealed (LocalStore::setCipher).
    [[nodiscard]] bool plaintextSealed() const;
    [[nodiscard]] Status setPlaintextSealed();

private:
    [[nodiscard]] Result<QString> value(const QString& scope, const QString& name) const;
    [[nodiscard]] Status setValue(const QString& scope, const QString& name, const QString& value);

    QSqlDatabase m_database;
};

} // namespace guichet::store
