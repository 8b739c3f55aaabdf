#include "LocalStoreSource.h"

#include "DocumentVault.h"
#include "IdempotencyKey.h"
#include "LocalStore.h"

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

Status LocalStoreSource::enqueue(const QString& kind, const QString& method, const QString& path,
                                 const QByteArray& body)
{
    store::OutboxEntry entry;
    entry.spaceId = m_spaceId;
    entry.kind = kind;
    entry.method = method;
    entry.path = path;
    // Made once and stored with the entry: a resend after a crash is the same request.
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    entry.body = body;
    const Result<qint64> queued = m_store.outbox().enqueue(entry);
    if (!queued)
        return queued.error();
    notifyChanged(); // the screens show "waiting to be sent"
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
