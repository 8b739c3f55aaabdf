#include "LocalStoreSource.h"

#include "DocumentVault.h"
#include "IdempotencyKey.h"
#include "LocalStore.h"
#include "MessageLimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace guichet {
namespace {

// Lists are read whole: a space holds hundreds of objects, not millions, and the
// screens filter and group them in memory.
constexpr int AllObjects = 100000;
const QString SeenGroup = QStringLiteral("seenDossierStatus");

} // namespace

LocalStoreSource::LocalStoreSource(store::LocalStore& store, store::DocumentVault* vault,
                                   QString spaceId, QString seenFile, QObject* parent)
    : SpaceSource(parent), m_store(store), m_vault(vault), m_spaceId(std::move(spaceId)),
      m_seenFile(std::move(seenFile))
{
    loadSeen();
}

void LocalStoreSource::setSpaceId(const QString& spaceId)
{
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    notifyChanged();
}

Result<QList<store::CatalogueEntry>> LocalStoreSource::searchCatalogue(const QString& language,
                                                                       const QString& text,
                                                                       const QString& audience,
                                                                       int limit) const
{
    return m_store.catalogue().search(language, text, audience, limit);
}

Result<std::optional<store::CatalogueEntry>> LocalStoreSource::procedure(const QString& language,
                                                                         const QString& id) const
{
    return m_store.catalogue().procedure(language, id);
}

Result<QList<store::StoredObject>> LocalStoreSource::objects(const QString& kind,
                                                             const QString& dossierId) const
{
    store::ObjectFilter filter;
    filter.spaceId = m_spaceId;
    filter.kind = kind;
    filter.dossierId = dossierId;
    return m_store.objects().list(filter, 0, AllObjects);
}

Result<QByteArray> LocalStoreSource::objectsJson(const QString& kind) const
{
    store::ObjectFilter filter;
    filter.spaceId = m_spaceId;
    filter.kind = kind;
    return m_store.objects().jsonArray(filter);
}

Result<QStringList> LocalStoreSource::objectDates(const QString& kind) const
{
    store::ObjectFilter filter;
    filter.spaceId = m_spaceId;
    filter.kind = kind;
    return m_store.objects().sortKeys(filter);
}

Result<std::optional<QByteArray>> LocalStoreSource::documentContent(const QString& documentId) const
{
    if (!m_vault)
        return std::optional<QByteArray>{};
    const Result<std::optional<QByteArray>> content = m_vault->read(documentId);
    if (content && content.value())
        (void)m_store.documentCache().touch(documentId, QDateTime::currentDateTimeUtc());
    return content;
}

Result<QList<store::OutboxEntry>> LocalStoreSource::pendingOutbox() const
{
    const Result<QList<store::OutboxEntry>> all = m_store.outbox().list(m_spaceId);
    if (!all)
        return all.error();
    QList<store::OutboxEntry> pending;
    for (const store::OutboxEntry& entry : all.value())
        if (entry.state != store::OutboxState::Sent)
            pending.append(entry);
    return pending;
}

Status LocalStoreSource::setDocumentPinned(const QString& documentId, bool pinned)
{
    // The object's flag tells the sync to fetch the content; the cache entry's flag
    // keeps a content already here from being evicted.
    const Status object =
        m_store.objects().setPinned(m_spaceId, QStringLiteral("document"), documentId, pinned);
    if (!object)
        return object;
    const auto cached = m_store.documentCache().entry(documentId);
    if (!cached)
        return cached.error();
    if (cached.value())
        return m_store.documentCache().setPinned(documentId, pinned);
    return {};
}

Status LocalStoreSource::requestCorrection(const QJsonObject& correctionRequest)
{
    return enqueue(QStringLiteral("correction"), QStringLiteral("POST"),
                   QStringLiteral("/spaces/%1/data/corrections").arg(m_spaceId),
                   QJsonDocument(correctionRequest).toJson(QJsonDocument::Compact));
}

Status LocalStoreSource::revokeConsent(const QString& consentId)
{
    return enqueue(QStringLiteral("consent-revoke"), QStringLiteral("DELETE"),
                   QStringLiteral("/spaces/%1/consents/%2").arg(m_spaceId, consentId), {});
}

Status LocalStoreSource::sendMessage(const QJsonObject& newMessage, const QStringList& filePaths,
                                     const QStringList& documentIds)
{
    QJsonObject message = newMessage;
    if (!documentIds.isEmpty())
        message.insert(QStringLiteral("documentIds"), QJsonArray::fromStringList(documentIds));
    if (const Status valid = MessageLimits::check(message, filePaths); !valid)
        return valid;
    const QString path = QStringLiteral("/spaces/%1/messages").arg(m_spaceId);
    if (filePaths.isEmpty()) // documents of the space only: plain JSON is enough
        return enqueue(QStringLiteral("message"), QStringLiteral("POST"), path,
                       QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (!m_vault)
        return Error(QString::fromLatin1(ErrorCode::VaultKeyMissing),
                     QStringLiteral("files cannot wait in the outbox without the vault"));
    // Each file is copied into the vault before the entry is queued, so the message
    // can be sent after a restart even if the original file has gone.
    QList<store::OutboxAttachment> attachments;
    QJsonArray parts;
    for (const QString& filePath : filePaths) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable),
                         QStringLiteral("%1: %2").arg(filePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        const QString vaultId =
            QStringLiteral("message-") +
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(24));
        if (const Result<qint64> written = m_vault->write(vaultId, bytes); !written)
            return written.error();
        attachments.append(
            {vaultId, QFileInfo(filePath).fileName(), MessageLimits::mediaType(filePath)});
        parts.append(QStringLiteral("attachments"));
    }
    const QJsonObject layout{
        {QStringLiteral("jsonParts"), QJsonObject{{QStringLiteral("message"), message}}},
        {QStringLiteral("fileParts"), parts}};
    return enqueue(QStringLiteral("message"), QStringLiteral("POST"), path,
                   QJsonDocument(layout).toJson(QJsonDocument::Compact), attachments);
}

Status LocalStoreSource::discardRefused(qint64 outboxEntryId)
{
    const Result<std::optional<store::OutboxEntry>> entry = m_store.outbox().entry(outboxEntryId);
    if (!entry)
        return entry.error();
    if (!entry.value() || entry.value()->spaceId != m_spaceId ||
        entry.value()->state != store::OutboxState::Failed)
        return Error(ErrorCode::StoreOpenFailed,
                     QStringLiteral("outbox entry %1 is not a refused request of this space")
                         .arg(outboxEntryId));
    if (Status removed = m_store.outbox().remove(outboxEntryId); !removed)
        return removed;
    notifyChanged();
    return {};
}

Status LocalStoreSource::markMessageRead(const QString& messageId)
{
    const QString path = QStringLiteral("/spaces/%1/messages/%2/read").arg(m_spaceId, messageId);
    // Asked once: an entry queued, being sent or already sent answers for this one
    // (the mirrored message says readAt only after the next sync).
    const Result<QList<store::OutboxEntry>> all = m_store.outbox().list(m_spaceId);
    if (!all)
        return all.error();
    for (const store::OutboxEntry& entry : all.value()) {
        if (entry.path == path && entry.state != store::OutboxState::Failed)
            return {};
    }
    return enqueue(QStringLiteral("message-read"), QStringLiteral("POST"), path, {});
}

Status LocalStoreSource::enqueue(const QString& kind, const QString& method, const QString& path,
                                 const QByteArray& body,
                                 const QList<store::OutboxAttachment>& attachments)
{
    store::OutboxEntry entry;
    entry.spaceId = m_spaceId;
    entry.kind = kind;
    entry.method = method;
    entry.path = path;
    // Made once and stored with the entry: a resend after a crash is the same request.
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    entry.body = body;
    entry.attachments = attachments;
    const Result<qint64> queued = m_store.outbox().enqueue(entry);
    if (!queued)
        return queued.error();
    notifyChanged(); // the screens show "waiting to be sent"
    Q_EMIT requestQueued();
    return {};
}

QString LocalStoreSource::seenStatus(const QString& dossierId) const
{
    return m_seen.value(dossierId);
}

void LocalStoreSource::markSeen(const QString& dossierId, const QString& status)
{
    if (m_seen.value(dossierId) == status)
        return;
    m_seen.insert(dossierId, status);
    if (m_seenFile.isEmpty())
        return;
    QSettings file(m_seenFile, QSettings::IniFormat);
    file.beginGroup(SeenGroup);
    file.setValue(dossierId, status);
}

void LocalStoreSource::loadSeen()
{
    if (m_seenFile.isEmpty())
        return;
    QSettings file(m_seenFile, QSettings::IniFormat);
    file.beginGroup(SeenGroup);
    for (const QString& key : file.childKeys())
        m_seen.insert(key, file.value(key).toString());
}

} // namespace guichet
