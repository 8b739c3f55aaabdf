#pragma once

#include "ErrorCodes.h"
#include "ObjectIndexer.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

// The JSON of stored objects (SpaceSource::objects) as objects, in the same order.
[[nodiscard]] inline QList<QJsonObject> parsedObjects(const QList<store::StoredObject>& objects)
{
    QList<QJsonObject> parsed;
    parsed.reserve(objects.size());
    for (const store::StoredObject& object : objects)
        parsed.append(QJsonDocument::fromJson(object.json).object());
    return parsed;
}

// Whether the local copy the screens show is complete and current.
enum class DataState
{
    Loading, // the first sync has not finished: an empty list may only be "not yet"
    Ready,
    Offline, // the portal cannot be reached: what is shown is the saved copy
};

// What the catalogue, "My procedures" and documents screens read from the local copy
// of the person's space. The screens never touch the store itself, so tests can give
// them a store they filled, and the app decides on which thread the store lives.
// changed() is the "store changed" notification: every screen reloads on it.
class SpaceSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The space whose dossiers and documents are shown.
    [[nodiscard]] virtual QString spaceId() const = 0;

    [[nodiscard]] virtual Result<QList<store::CatalogueEntry>>
    searchCatalogue(const QString& language, const QString& text, const QString& audience,
                    int limit) const = 0;
    [[nodiscard]] virtual Result<std::optional<store::CatalogueEntry>>
    procedure(const QString& language, const QString& id) const = 0;

    // Every object of one kind in the space ("dossier", "event", "document"), newest
    // first; dossierId empty = of all dossiers.
    [[nodiscard]] virtual Result<QList<store::StoredObject>>
    objects(const QString& kind, const QString& dossierId = {}) const = 0;
    // Every object of one kind as ONE JSON array, in objects()' order: a screen
    // listing thousands of objects reads them in one piece (store::ObjectTable::jsonArray).
    [[nodiscard]] virtual Result<QByteArray> objectsJson(const QString& kind) const
    {
        const Result<QList<store::StoredObject>> all = objects(kind);
        if (!all)
            return all.error();
        QByteArrayList texts;
        for (const store::StoredObject& object : all.value())
            texts.append(object.json);
        return '[' + texts.join(',') + ']';
    }
    // The dates objects() orders them by (store::indexObject's sortKey), in that
    // order, without their JSON: enough to count what is new.
    [[nodiscard]] virtual Result<QStringList> objectDates(const QString& kind) const
    {
        const Result<QList<store::StoredObject>> all = objects(kind);
        if (!all)
            return all.error();
        QStringList dates;
        for (const store::StoredObject& object : all.value())
            dates.append(
                store::indexObject(kind, QJsonDocument::fromJson(object.json).object()).sortKey);
        return dates;
    }
    // The decrypted content, or nothing when it is not on this computer.
    [[nodiscard]] virtual Result<std::optional<QByteArray>>
    documentContent(const QString& documentId) const = 0;
    // What the person asked to send from this space that has not reached the portal
    // yet (queued, being sent, or refused), oldest first.
    [[nodiscard]] virtual Result<QList<store::OutboxEntry>> pendingOutbox() const
    {
        return QList<store::OutboxEntry>{};
    }
    // Asks for a document's content to be fetched from the portal (the screen asks
    // again when changed() arrives). Sources without a portal ignore it.
    virtual void requestDocument(const QString& documentId) { Q_UNUSED(documentId); }
    // "Available offline": the sync keeps a pinned document's content and never evicts it.
    [[nodiscard]] virtual Status setDocumentPinned(const QString& documentId, bool pinned) = 0;

    // Transparency: queue a CorrectionRequest (portal.yaml) for the portal, or the
    // revocation of a consent. Both wait in the outbox like any other request, so
    // they survive a restart and an offline portal. Sources without an outbox refuse.
    [[nodiscard]] virtual Status requestCorrection(const QJsonObject& correctionRequest)
    {
        Q_UNUSED(correctionRequest);
        return Error(QString::fromLatin1(ErrorCode::StoreOpenFailed),
                     QStringLiteral("this source cannot send requests to the portal"));
    }
    [[nodiscard]] virtual Status revokeConsent(const QString& consentId)
    {
        Q_UNUSED(consentId);
        return Error(QString::fromLatin1(ErrorCode::StoreOpenFailed),
                     QStringLiteral("this source cannot send requests to the portal"));
    }
    // Messages (portal.yaml NewMessage): a reply (inReplyTo), a message in a dossier's
    // thread (dossierId) or a new thread (administrationId). filePaths are files on
    // this computer: they are copied into the vault and travel as multipart
    // attachments; documentIds are documents already in the space. Queued in the
    // outbox like the requests above; sources without an outbox refuse.
    [[nodiscard]] virtual Status sendMessage(const QJsonObject& newMessage,
                                             const QStringList& filePaths,
                                             const QStringList& documentIds)
    {
        Q_UNUSED(newMessage);
        Q_UNUSED(filePaths);
        Q_UNUSED(documentIds);
        return Error(QString::fromLatin1(ErrorCode::StoreOpenFailed),
                     QStringLiteral("this source cannot send requests to the portal"));
    }
    // Tells the portal the person read an inbound message (queued; asking twice for
    // the same message queues one request).
    [[nodiscard]] virtual Status markMessageRead(const QString& messageId)
    {
        Q_UNUSED(messageId);
        return Error(QString::fromLatin1(ErrorCode::StoreOpenFailed),
                     QStringLiteral("this source cannot send requests to the portal"));
    }
    // Deletes from this computer a request the portal refused for good (a message to
    // a closed conversation, say): the person read why and chose to drop it. Only a
    // refused entry of this space; one queued or on its way is never removed.
    [[nodiscard]] virtual Status discardRefused(qint64 outboxEntryId)
    {
        Q_UNUSED(outboxEntryId);
        return Error(QString::fromLatin1(ErrorCode::StoreOpenFailed),
                     QStringLiteral("this source has no outbox"));
    }
    // The person's INI file where screens keep what the person has already seen (the
    // file seenStatus() uses); empty = keep it in memory only.
    [[nodiscard]] virtual QString seenFile() const { return {}; }

    // The dossier status the person last saw; empty when never recorded.
    [[nodiscard]] virtual QString seenStatus(const QString& dossierId) const = 0;
    virtual void markSeen(const QString& dossierId, const QString& status) = 0;
    // False until a first status is recorded: lets the screen take the dossiers found
    // at the first complete sync as seen, instead of marking a whole history as new.
    [[nodiscard]] virtual bool hasSeenRecords() const = 0;

    [[nodiscard]] DataState state() const { return m_state; }
    void setState(DataState state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    // For the sync engine's "store changed" signal.
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    void stateChanged(guichet::DataState state);
    // A request was just queued in the outbox: the app sends it at once instead of
    // waiting for the next sync round. Once per request, never on changed().
    void requestQueued();

private:
    DataState m_state = DataState::Loading;
};

} // namespace guichet
