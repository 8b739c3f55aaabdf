#pragma once

#include "SeedTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <utility>

namespace guichet::sim::seed {

// Fills a SpaceSeed one item at a time and keeps it coherent: ids are derived from the
// persona's seed prefix and a readable slug, document metadata is computed from the
// real PDF bytes, and finish() derives what depends on several items (a dossier's
// status from its visible events, unread counts, message attachments, pending
// corrections, which personal documents may be deleted).
class SpaceBuilder
{
public:
    SpaceBuilder(QString seedPrefix, QJsonObject space, const QDateTime& now, QString language);

    const QDateTime& now() const { return m_now; }
    const QString& language() const { return m_language; }
    QString spaceId() const;
    // `days` whole days before today, at hour:minute UTC (days >= 1 keeps it in the past).
    QDateTime past(int days, int hour, int minute = 0) const;
    QDateTime fromNow(qint64 seconds) const { return m_now.addSecs(seconds); }

    QString documentIdFor(const QString& slug) const;
    QString messageIdFor(const QString& slug) const;

    struct DocumentSpec
    {
        QString slug;
        QString title;
        QString fileName;
        QString origin;           // personal, administration or submission
        QString administrationId; // issuer for origin administration
        QString dossierId;
        QString messageId;
        QDateTime createdAt;
        QStringList lines; // body of the PDF
    };
    QString addDocument(const DocumentSpec& spec);
    // A document whose content the caller already has (bulk spaces reuse one PDF).
    // `sha256` (lower-case hex) may be given when the same content is used many times.
    QString addDocumentWithContent(const DocumentSpec& spec, const QByteArray& content,
                                   const QString& sha256 = {});

    struct DossierSpec
    {
        int number = 0; // D-<year of submission>-<number>
        QString formKey;
        QString formVersion;
        QString title;
        QString reference;
        QString administrationId;
        QDateTime submittedAt;
        QString submitterName;
        QString submitterHolderNumber;
        QStringList attachmentDocumentIds;
        QStringList summaryLines; // the signed summary PDF's body
        // The title in French, German and English when the catalogue does not list the
        // procedure (the portal then answers with the one asked for); empty otherwise.
        QStringList titles = {};
    };
    // Adds the dossier, its summary PDF (origin submission) and its "received" event.
    QString addDossier(const DossierSpec& spec);
    QString threadOf(const QString& dossierId) const;

    struct EventSpec
    {
        QString type; // a DossierStatus
        QDateTime at;
        QString title; // defaults to a standard title in the space's language
        QString description;
        QStringList documentIds;
        QString messageId;
        QString dueDate;
        QString outcome;         // with decided
        QString decisionSummary; // with decided
        QString decisionDocumentId;
    };
    void addEvent(const QString& dossierId, const EventSpec& spec);

    struct MessageSpec
    {
        QString slug;
        QString dossierId;  // empty for a thread outside any dossier
        QString threadSlug; // names that thread
        QString administrationId;
        bool inbound = true;
        QString sender;
        QString subject;
        QString body;
        QDateTime sentAt;
        bool read = true;
        QStringList attachmentIds;
        QString inReplyTo;
    };
    QString addMessage(const MessageSpec& spec);

    // One DataRecord with its items, and the same values for prefill (dataValues).
    void addRecord(const QString& source, const QDateTime& lastUpdated, int version,
                   const QList<std::pair<QString, QJsonValue>>& items);
    void setValues(const QString& source, const QJsonObject& values);

    struct AccessSpec
    {
        QString administrationId;
        QString source;
        QStringList itemIds;
        QString purpose;
        QString legalBasis;
        QDateTime at;
        QString dossierId;
        QString procedureId;
        QString consentId;
    };
    QString addAccess(const AccessSpec& spec);
    // The same in two steps, for logs of thousands of entries: an entry without id and
    // time, made once, then stamped for each access.
    QJsonObject accessEntry(const AccessSpec& spec);
    QString addAccessEntry(QJsonObject entry, const QDateTime& at);

    struct ConsentSpec
    {
        QString slug;
        QString source;
        QString purpose;
        QString purposeText;
        QString formKey;
        QString administrationId;
        QString givenBy;
        QDateTime givenAt;
        QDateTime expiresAt;
        QDateTime revokedAt; // invalid unless revoked
    };
    QString addConsent(const ConsentSpec& spec);

    struct CorrectionSpec
    {
        QString slug;
        QString source;
        QString itemId;
        QString proposedValue;
        QString reason;
        QStringList documentIds;
        QString status; // submitted, in_review, accepted, rejected
        QDateTime createdAt;
        QDateTime updatedAt;
        QString decisionNote;
        int version = 1;
    };
    QString addCorrection(const CorrectionSpec& spec);

    // Shorthands for the persona files, which read better as a story than as specs.
    QString issued(const QString& slug, const QString& administrationId, const QString& title,
                   const QString& fileName, const QString& dossierId, const QDateTime& at,
                   const QStringList& lines);
    QString submitted(const QString& slug, const QString& title, const QString& fileName,
                      const QString& dossierId, const QDateTime& at, const QStringList& lines,
                      const QString& messageId = {});
    QString uploaded(const QString& slug, const QString& title, const QString& fileName,
                     const QDateTime& at, const QStringList& lines, const QString& messageId = {});
    void progress(const QString& dossierId, const QDateTime& at, const QString& description = {});
    void requestInformation(const QString& dossierId, const QDateTime& at,
                            const QString& description, const QString& dueDate,
                            const QString& messageId);
    void decide(const QString& dossierId, const QDateTime& at, const QString& outcome,
                const QString& summary, const QString& documentId);
    void close(const QString& dossierId, const QDateTime& at);
    // `dossierOrThread` is a dossier id added before, or a slug naming a thread of its own.
    QString receive(const QString& slug, const QString& dossierOrThread,
                    const QString& administrationId, const QString& sender, const QString& subject,
                    const QString& body, const QDateTime& at, bool read,
                    const QStringList& attachmentIds = {});
    QString send(const QString& slug, const QString& dossierOrThread,
                 const QString& administrationId, const QString& sender, const QString& subject,
                 const QString& body, const QDateTime& at, const QString& inReplyTo,
                 const QStringList& attachmentIds = {});

    SpaceSeed finish();

    // An Address value and how the portal displays it ("25, rue de la Gare, L-3236 Bettembourg").
    static QJsonObject address(const QString& houseNumber, const QString& street,
                               const QString& postalCode, const QString& locality);
    static QString displayValue(const QJsonValue& value);

private:
    struct PendingDossier
    {
        QJsonObject base; // every member but the state that follows the events
        QList<ScheduledEvent> events;
    };

    QJsonObject makeEvent(const QString& dossierId, const EventSpec& spec) const;
    QString defaultEventTitle(const QString& type) const;

    QString m_prefix;
    QDateTime m_now;
    QString m_language;
    SpaceSeed m_seed;
    QList<QString> m_dossierOrder;
    QHash<QString, PendingDossier> m_dossiers;
    QHash<QString, qsizetype> m_documentIndex;
    QHash<QString, QJsonArray> m_itemRefs; // "source:item,item" -> DataItemRef array
    quint64 m_accessSeed = 0;
    quint64 m_accessCounter = 0;
};

} // namespace guichet::sim::seed
