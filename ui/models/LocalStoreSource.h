#pragma once

#include "SpaceSource.h"

#include <QHash>

namespace guichet::store {
class DocumentVault;
class LocalStore;
} // namespace guichet::store

namespace guichet {

// SpaceSource over an open LocalStore and its DocumentVault, used on the thread that
// opened them. Seen dossier statuses are kept in seenFile (an INI file of the
// identity) so "changed since last seen" survives a restart; empty = memory only.
class LocalStoreSource : public SpaceSource
{
    Q_OBJECT

public:
    LocalStoreSource(store::LocalStore& store, store::DocumentVault* vault, QString spaceId,
                     QString seenFile = {}, QObject* parent = nullptr);

    [[nodiscard]] QString spaceId() const override { return m_spaceId; }
    void setSpaceId(const QString& spaceId);

    [[nodiscard]] Result<QList<store::CatalogueEntry>> searchCatalogue(const QString& language,
                                                                       const QString& text,
                                                                       const QString& audience,
                                                                       int limit) const override;
    [[nodiscard]] Result<std::optional<store::CatalogueEntry>>
    procedure(const QString& language, const QString& id) const override;
    [[nodiscard]] Result<QList<store::StoredObject>>
    objects(const QString& kind, const QString& dossierId) const override;
    [[nodiscard]] Result<QByteArray> objectsJson(const QString& kind) const override;
    [[nodiscard]] Result<QStringList> objectDates(const QString& kind) const override;
    [[nodiscard]] Result<std::optional<QByteArray>>
    documentContent(const QString& documentId) const override;
    [[nodiscard]] Status setDocumentPinned(const QString& documentId, bool pinned) override;

    [[nodiscard]] QString seenStatus(const QString& dossierId) const override;
    void markSeen(const QString& dossierId, const QString& status) override;
    [[nodiscard]] Result<QList<store::OutboxEntry>> pendingOutbox() const override;
    [[nodiscard]] bool hasSeenRecords() const override { return !m_seen.isEmpty(); }

    // Transparency requests, queued in the store's outbox (sent by the OutboxSender).
    [[nodiscard]] Status requestCorrection(const QJsonObject& correctionRequest) override;
    [[nodiscard]] Status revokeConsent(const QString& consentId) override;
    // Messages, queued the same way; files go into the vault first.
    [[nodiscard]] Status sendMessage(const QJsonObject& newMessage, const QStringList& filePaths,
                                     const QStringList& documentIds) override;
    [[nodiscard]] Status markMessageRead(const QString& messageId) override;
    [[nodiscard]] Status discardRefused(qint64 outboxEntryId) override;
    [[nodiscard]] QString seenFile() const override { return m_seenFile; }

private:
    void loadSeen();
    [[nodiscard]] Status enqueue(const QString& kind, const QString& method, const QString& path,
                                 const QByteArray& body,
                                 const QList<store::OutboxAttachment>& attachments = {});

    store::LocalStore& m_store;
    store::DocumentVault* m_vault;
    QString m_spaceId;
    QString m_seenFile;
    QHash<QString, QString> m_seen; // dossier id -> status
};

} // namespace guichet
