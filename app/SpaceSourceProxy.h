#pragma once

#include "SpaceSource.h"

#include <QPointer>

#include <functional>

namespace guichet {

// The screens are built once, at start-up; the person's store exists only while
// someone is signed in. This source forwards to the current one and, when nobody
// is signed in, answers with empty lists (the screens then show their empty state).
class SpaceSourceProxy final : public SpaceSource
{
    Q_OBJECT

public:
    using SpaceSource::SpaceSource;

    // nullptr = signed out.
    void setTarget(SpaceSource* target);

    [[nodiscard]] QString spaceId() const override;
    [[nodiscard]] Result<QList<store::CatalogueEntry>> searchCatalogue(const QString& language,
                                                                       const QString& text,
                                                                       const QString& audience,
                                                                       int limit) const override;
    [[nodiscard]] Result<std::optional<store::CatalogueEntry>>
    procedure(const QString& language, const QString& id) const override;
    [[nodiscard]] Result<QList<store::StoredObject>>
    objects(const QString& kind, const QString& dossierId = {}) const override;
    [[nodiscard]] Result<QByteArray> objectsJson(const QString& kind) const override;
    [[nodiscard]] Result<QStringList> objectDates(const QString& kind) const override;
    [[nodiscard]] Result<std::optional<QByteArray>>
    documentContent(const QString& documentId) const override;
    [[nodiscard]] Status setDocumentPinned(const QString& documentId, bool pinned) override;
    [[nodiscard]] Result<QList<store::OutboxEntry>> pendingOutbox() const override;
    void requestDocument(const QString& documentId) override;
    // How a missing document is fetched (PersonalSpace's document fetcher).
    void setDocumentRequester(std::function<void(const QString&)> requester)
    {
        m_requester = std::move(requester);
    }
    [[nodiscard]] QString seenStatus(const QString& dossierId) const override;
    void markSeen(const QString& dossierId, const QString& status) override;
    [[nodiscard]] bool hasSeenRecords() const override;
    [[nodiscard]] Status requestCorrection(const QJsonObject& correctionRequest) override;
    [[nodiscard]] Status revokeConsent(const QString& consentId) override;
    [[nodiscard]] Status sendMessage(const QJsonObject& newMessage, const QStringList& filePaths,
                                     const QStringList& documentIds) override;
    [[nodiscard]] Status markMessageRead(const QString& messageId) override;
    [[nodiscard]] Status discardRefused(qint64 outboxEntryId) override;
    [[nodiscard]] QString seenFile() const override;

private:
    QPointer<SpaceSource> m_target;
    std::function<void(const QString&)> m_requester;
};

} // namespace guichet
