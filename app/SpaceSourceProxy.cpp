#include "SpaceSourceProxy.h"

#include "ErrorCodes.h"

namespace guichet {

void SpaceSourceProxy::setTarget(SpaceSource* target)
{
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    if (m_target) {
        connect(m_target, &SpaceSource::changed, this, &SpaceSource::notifyChanged);
        connect(m_target, &SpaceSource::stateChanged, this, &SpaceSource::setState);
        connect(m_target, &SpaceSource::requestQueued, this, &SpaceSource::requestQueued);
        setState(m_target->state());
    } else {
        setState(DataState::Ready);
    }
    notifyChanged();
}

QString SpaceSourceProxy::spaceId() const
{
    return m_target ? m_target->spaceId() : QString();
}

Result<QList<store::CatalogueEntry>> SpaceSourceProxy::searchCatalogue(const QString& language,
                                                                       const QString& text,
                                                                       const QString& audience,
                                                                       int limit) const
{
    if (!m_target)
        return QList<store::CatalogueEntry>{};
    return m_target->searchCatalogue(language, text, audience, limit);
}

Result<std::optional<store::CatalogueEntry>> SpaceSourceProxy::procedure(const QString& language,
                                                                         const QString& id) const
{
    if (!m_target)
        return std::optional<store::CatalogueEntry>{};
    return m_target->procedure(language, id);
}

Result<QList<store::StoredObject>> SpaceSourceProxy::objects(const QString& kind,
                                                             const QString& dossierId) const
{
    if (!m_target)
        return QList<store::StoredObject>{};
    return m_target->objects(kind, dossierId);
}

Result<QByteArray> SpaceSourceProxy::objectsJson(const QString& kind) const
{
    if (!m_target)
        return QByteArrayLiteral("[]");
    return m_target->objectsJson(kind);
}

Result<QStringList> SpaceSourceProxy::objectDates(const QString& kind) const
{
    if (!m_target)
        return QStringList{};
    return m_target->objectDates(kind);
}

Result<std::optional<QByteArray>> SpaceSourceProxy::documentContent(const QString& documentId) const
{
    if (!m_target)
        return std::optional<QByteArray>{};
    return m_target->documentContent(documentId);
}

Status SpaceSourceProxy::setDocumentPinned(const QString& documentId, bool pinned)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->setDocumentPinned(documentId, pinned);
}

Result<QList<store::OutboxEntry>> SpaceSourceProxy::pendingOutbox() const
{
    if (!m_target)
        return QList<store::OutboxEntry>{};
    return m_target->pendingOutbox();
}

void SpaceSourceProxy::requestDocument(const QString& documentId)
{
    if (m_target && m_requester)
        m_requester(documentId);
}

QString SpaceSourceProxy::seenStatus(const QString& dossierId) const
{
    return m_target ? m_target->seenStatus(dossierId) : QString();
}

void SpaceSourceProxy::markSeen(const QString& dossierId, const QString& status)
{
    if (m_target)
        m_target->markSeen(dossierId, status);
}

bool SpaceSourceProxy::hasSeenRecords() const
{
    return m_target && m_target->hasSeenRecords();
}

Status SpaceSourceProxy::requestCorrection(const QJsonObject& correctionRequest)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->requestCorrection(correctionRequest);
}

Status SpaceSourceProxy::revokeConsent(const QString& consentId)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->revokeConsent(consentId);
}

Status SpaceSourceProxy::sendMessage(const QJsonObject& newMessage, const QStringList& filePaths,
                                     const QStringList& documentIds)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->sendMessage(newMessage, filePaths, documentIds);
}

Status SpaceSourceProxy::markMessageRead(const QString& messageId)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->markMessageRead(messageId);
}

Status SpaceSourceProxy::discardRefused(qint64 outboxEntryId)
{
    if (!m_target)
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in"));
    return m_target->discardRefused(outboxEntryId);
}

QString SpaceSourceProxy::seenFile() const
{
    return m_target ? m_target->seenFile() : QString();
}

} // namespace guichet
