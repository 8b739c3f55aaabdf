#include "SpaceBuilder.h"

#include "Administrations.h"
#include "SeedIds.h"
#include "SimplePdf.h"
#include "SourceVocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace guichet::sim::seed {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(isoUtc(when)) : QJsonValue(QJsonValue::Null);
}

QString pickLanguage(const QString& language, const char* fr, const char* de, const char* en)
{
    if (language == QLatin1String("de"))
        return QString::fromUtf8(de);
    if (language == QLatin1String("en"))
        return QString::fromUtf8(en);
    return QString::fromUtf8(fr);
}

} // namespace

SpaceBuilder::SpaceBuilder(QString seedPrefix, QJsonObject space, const QDateTime& now,
                           QString language)
    : m_prefix(std::move(seedPrefix)), m_language(std::move(language))
{
    // Whole seconds: the API's timestamps carry none, and equal instants must compare equal.
    m_now = now.toUTC();
    m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
    m_seed.space = std::move(space);
    m_accessSeed = seedNumber(m_prefix + QStringLiteral("/access"));
}

QString SpaceBuilder::spaceId() const
{
    return m_seed.space.value(QLatin1String("id")).toString();
}

QDateTime SpaceBuilder::past(int days, int hour, int minute) const
{
    return QDateTime(m_now.date().addDays(-days), QTime(hour, minute), Qt::UTC);
}

QString SpaceBuilder::documentIdFor(const QString& slug) const
{
    return documentId(m_prefix + QStringLiteral("/doc/") + slug);
}

QString SpaceBuilder::messageIdFor(const QString& slug) const
{
    return messageId(m_prefix + QStringLiteral("/msg/") + slug);
}

QString SpaceBuilder::addDocument(const DocumentSpec& spec)
{
    QStringList lines;
    if (!spec.administrationId.isEmpty()) {
        lines << QStringLiteral("Grand-Duché de Luxembourg")
              << administration(spec.administrationId).value(QLatin1String("name")).toString()
              << administrationEmail(spec.administrationId) << QString();
    }
    lines << spec.lines;
    return addDocumentWithContent(spec, simplePdf(spec.title, lines));
}

QString SpaceBuilder::addDocumentWithContent(const DocumentSpec& spec, const QByteArray& content,
                                             const QString& sha256)
{
    const QString id = documentIdFor(spec.slug);
    const QString sha =
        !sha256.isEmpty()
            ? sha256
            : QString::fromLatin1(
                  QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const bool issued = spec.origin == QLatin1String("administration");
    QJsonObject doc{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("fileName"), spec.fileName},
        {QStringLiteral("mediaType"), QStringLiteral("application/pdf")},
        {QStringLiteral("size"), content.size()},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("origin"), spec.origin},
        {QStringLiteral("dossierId"), orNull(spec.dossierId)},
        {QStringLiteral("messageId"), orNull(spec.messageId)},
        {QStringLiteral("createdAt"), isoUtc(spec.createdAt)},
        {QStringLiteral("updatedAt"), isoUtc(spec.createdAt)},
        // The portal keeps what administrations issue for ten years.
        {QStringLiteral("expiresAt"), issued ? orNull(spec.createdAt.addYears(10)) : QJsonValue()},
        // Personal documents start deletable; finish() withdraws it from referenced ones.
        {QStringLiteral("deletable"), spec.origin == QLatin1String("personal")},
        {QStringLiteral("etag"), QLatin1Char('"') + sha.left(16) + QLatin1Char('"')},
        {QStringLiteral("version"), 1},
        {QStringLiteral("contentHref"),
         QStringLiteral("/api/v1/spaces/%1/documents/%2/content").arg(spaceId(), id)},
    };
    if (issued)
        doc.insert(QStringLiteral("administration"), administration(spec.administrationId));
    m_documentIndex.insert(id, m_seed.documents.size());
    m_seed.documents.append(doc);
    m_seed.documentContents.insert(id, content);
    return id;
}

QString SpaceBuilder::addDossier(const DossierSpec& spec)
{
    const QString id = dossierId(spec.submittedAt.date().year(), spec.number);
    const QString procedure = procedureIdFor(spec.formKey);

    QStringList summary{
        pickLanguage(m_language, "Référence : ", "Aktenzeichen: ", "Reference: ") + spec.reference,
        pickLanguage(m_language, "Démarche : ", "Verfahren: ", "Procedure: ") + procedure,
        pickLanguage(m_language, "Formulaire : ", "Formular: ", "Form: ") +
            formIdFor(spec.formKey) + QStringLiteral(" v") + spec.formVersion,
        pickLanguage(m_language, "Déposé par : ", "Eingereicht von: ", "Submitted by: ") +
            spec.submitterName,
        pickLanguage(m_language, "Déposé le : ", "Eingereicht am: ", "Submitted on: ") +
            isoUtc(spec.submittedAt),
        QString(),
    };
    summary << spec.summaryLines << QString()
            << pickLanguage(m_language, "Signé électroniquement avec la carte d'identité.",
                            "Elektronisch mit der Signaturkarte unterschrieben.",
                            "Signed electronically with the identity card.");
    const QString package = addDocument(
        {QStringLiteral("package-") + id,
         pickLanguage(m_language, "Récapitulatif signé - ", "Unterschriebene Zusammenfassung - ",
                      "Signed summary - ") +
             spec.title,
         QStringLiteral("recapitulatif-%1.pdf").arg(id.toLower()), QStringLiteral("submission"),
         QString(), id, QString(), spec.submittedAt, summary});

    PendingDossier dossier;
    dossier.base = QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("reference"), spec.reference},
        {QStringLiteral("procedureId"), procedure},
        {QStringLiteral("formId"), formIdFor(spec.formKey)},
        {QStringLiteral("formVersion"), spec.formVersion},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("administration"), administration(spec.administrationId)},
        {QStringLiteral("submittedAt"), isoUtc(spec.submittedAt)},
        {QStringLiteral("submittedBy"),
         QJsonObject{{QStringLiteral("identityId"), identityIdFor(spec.submitterHolderNumber)},
                     {QStringLiteral("name"), spec.submitterName}}},
        {QStringLiteral("packageDocumentId"), package},
        {QStringLiteral("attachmentDocumentIds"),
         QJsonArray::fromStringList(spec.attachmentDocumentIds)},
        {QStringLiteral("threadId"), threadId(m_prefix + QStringLiteral("/thread/") + id)},
    };
    if (spec.titles.size() == 3)
        dossier.base.insert(QStringLiteral("titleTexts"),
                            QJsonObject{{QStringLiteral("fr"), spec.titles[0]},
                                        {QStringLiteral("de"), spec.titles[1]},
                                        {QStringLiteral("en"), spec.titles[2]}});
    m_dossierOrder.append(id);
    m_dossiers.insert(id, dossier);

    EventSpec received;
    received.type = QStringLiteral("received");
    received.at = spec.submittedAt;
    received.documentIds = QStringList{package} + spec.attachmentDocumentIds;
    addEvent(id, received);
    return id;
}

QString SpaceBuilder::threadOf(const QString& dossierId) const
{
    return m_dossiers.value(dossierId).base.value(QLatin1String("threadId")).toString();
}

QString SpaceBuilder::defaultEventTitle(const QString& type) const
{
    if (type == QLatin1String("received"))
        return pickLanguage(m_language, "Demande reçue", "Antrag eingegangen",
                            "Application received");
    if (type == QLatin1String("in_processing"))
        return pickLanguage(m_language, "Demande en cours de traitement", "Antrag in Bearbeitung",
                            "Application being processed");
    if (type == QLatin1String("information_requested"))
        return pickLanguage(m_language, "Informations complémentaires demandées",
                            "Zusätzliche Angaben angefordert", "Further information requested");
    if (type == QLatin1String("decided"))
        return pickLanguage(m_language, "Décision prise", "Entscheidung getroffen",
                            "Decision taken");
    return pickLanguage(m_language, "Dossier clôturé", "Vorgang abgeschlossen", "Case closed");
}

QJsonObject SpaceBuilder::makeEvent(const QString& dossierId, const EventSpec& spec) const
{
    QJsonObject event{
        {QStringLiteral("id"), QString()}, // numbered in finish(), in time order
        {QStringLiteral("dossierId"), dossierId},
        {QStringLiteral("type"), spec.type},
        {QStringLiteral("occurredAt"), isoUtc(spec.at)},
        {QStringLiteral("title"), spec.title.isEmpty() ? defaultEventTitle(spec.type) : spec.title},
        {QStringLiteral("administration"),
         m_dossiers.value(dossierId).base.value(QLatin1String("administration"))},
        {QStringLiteral("documentIds"), QJsonArray::fromStringList(spec.documentIds)},
        {QStringLiteral("messageId"), orNull(spec.messageId)},
        {QStringLiteral("dueDate"), orNull(spec.dueDate)},
        {QStringLiteral("outcome"), orNull(spec.outcome)},
        {QStringLiteral("version"), 1},
    };
    if (!spec.description.isEmpty())
        event.insert(QStringLiteral("description"), spec.description);
    return event;
}

void SpaceBuilder::addEvent(const QString& dossierId, const EventSpec& spec)
{
    auto it = m_dossiers.find(dossierId);
    Q_ASSERT_X(it != m_dossiers.end(), "SpaceBuilder::addEvent", qPrintable(dossierId));
    if (it == m_dossiers.end())
        return;
    ScheduledEvent scheduled;
    scheduled.occursAt = spec.at;
    scheduled.event = makeEvent(dossierId, spec);
    if (spec.type == QLatin1String("decided")) {
        scheduled.decision = QJsonObject{
            {QStringLiteral("outcome"), spec.outcome},
            {QStringLiteral("decidedAt"), isoUtc(spec.at)},
            {QStringLiteral("documentId"), orNull(spec.decisionDocumentId)},
        };
        if (!spec.decisionSummary.isEmpty())
            scheduled.decision.insert(QStringLiteral("summary"), spec.decisionSummary);
    }
    it->events.append(scheduled);
}

QString SpaceBuilder::addMessage(const MessageSpec& spec)
{
    const QString id = messageIdFor(spec.slug);
    const QString thread = spec.dossierId.isEmpty()
                               ? threadId(m_prefix + QStringLiteral("/thread/") + spec.threadSlug)
                               : threadOf(spec.dossierId);
    // What the person sent counts as read; what they read, they read a few hours later.
    QDateTime readAt;
    if (!spec.inbound)
        readAt = spec.sentAt;
    else if (spec.read)
        readAt = std::min(spec.sentAt.addSecs(3 * 3600 + 17 * 60), m_now);
    QJsonArray attachments;
    for (const QString& documentId : spec.attachmentIds) // resolved in finish()
        attachments.append(QJsonObject{{QStringLiteral("documentId"), documentId}});
    m_seed.messages.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("threadId"), thread},
        {QStringLiteral("dossierId"), orNull(spec.dossierId)},
        {QStringLiteral("administration"), administration(spec.administrationId)},
        {QStringLiteral("direction"),
         spec.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
        {QStringLiteral("sender"), spec.sender},
        {QStringLiteral("subject"), spec.subject},
        {QStringLiteral("body"), spec.body},
        {QStringLiteral("sentAt"), isoUtc(spec.sentAt)},
        {QStringLiteral("readAt"), orNull(readAt)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("inReplyTo"), orNull(spec.inReplyTo)},
        {QStringLiteral("version"), 1},
    });
    return id;
}

QJsonObject SpaceBuilder::address(const QString& houseNumber, const QString& street,
                                  const QString& postalCode, const QString& locality)
{
    return {{QStringLiteral("street"), street},
            {QStringLiteral("houseNumber"), houseNumber},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("locality"), locality},
            {QStringLiteral("country"), QStringLiteral("LU")}};
}

QString SpaceBuilder::displayValue(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number))
                   ? QString::number(static_cast<qint64>(number))
                   : QString::number(number, 'f', 2);
    }
    if (value.isObject()) {
        const QJsonObject a = value.toObject();
        const QString country = a.value(QLatin1String("country")).toString();
        const QString code =
            country == QLatin1String("LU") ? QStringLiteral("L-") : country + QLatin1Char('-');
        return QStringLiteral("%1, %2, %3%4 %5")
            .arg(a.value(QLatin1String("houseNumber")).toString(),
                 a.value(QLatin1String("street")).toString(), code,
                 a.value(QLatin1String("postalCode")).toString(),
                 a.value(QLatin1String("locality")).toString());
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

void SpaceBuilder::addRecord(const QString& source, const QDateTime& lastUpdated, int version,
                             const QList<std::pair<QString, QJsonValue>>& items)
{
    QJsonArray shown;
    QJsonObject values = m_seed.dataValues.value(source);
    for (const auto& [itemId, value] : items) {
        shown.append(QJsonObject{
            {QStringLiteral("id"), itemId},
            {QStringLiteral("label"), itemLabel(source, itemId, m_language)},
            {QStringLiteral("value"), displayValue(value)},
            {QStringLiteral("correctable"), itemCorrectable(source, itemId)},
            {QStringLiteral("pendingCorrectionId"), QJsonValue::Null},
        });
        values.insert(itemId, value);
    }
    m_seed.dataValues.insert(source, values);
    m_seed.dataRecords.append(QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("title"), sourceTitle(source, m_language)},
        {QStringLiteral("authority"), administration(sourceAuthorityId(source))},
        {QStringLiteral("status"), QStringLiteral("available")},
        {QStringLiteral("problemCode"), QJsonValue::Null},
        {QStringLiteral("lastUpdated"), isoUtc(lastUpdated)},
        {QStringLiteral("version"), version},
        {QStringLiteral("items"), shown},
    });
}

void SpaceBuilder::setValues(const QString& source, const QJsonObject& values)
{
    m_seed.dataValues.insert(source, values);
}

QJsonObject SpaceBuilder::accessEntry(const AccessSpec& spec)
{
    QJsonArray items;
    for (const QString& itemId : spec.itemIds)
        items.append(
            QJsonObject{{QStringLiteral("id"), itemId},
                        {QStringLiteral("label"), itemLabel(spec.source, itemId, m_language)}});
    return QJsonObject{
        {QStringLiteral("administration"), administration(spec.administrationId)},
        {QStringLiteral("source"), spec.source},
        {QStringLiteral("items"), items},
        {QStringLiteral("purpose"), spec.purpose},
        {QStringLiteral("legalBasis"), orNull(spec.legalBasis)},
        {QStringLiteral("dossierId"), orNull(spec.dossierId)},
        {QStringLiteral("procedureId"), orNull(spec.procedureId)},
        {QStringLiteral("consentId"), orNull(spec.consentId)},
    };
}

QString SpaceBuilder::addAccessEntry(QJsonObject entry, const QDateTime& at)
{
    const QString id = QStringLiteral("AL-") + mixedHexId(m_accessSeed + m_accessCounter++, 12);
    entry.insert(QStringLiteral("id"), id);
    entry.insert(QStringLiteral("accessedAt"), isoUtc(at));
    m_seed.accessLog.append(entry);
    return id;
}

QString SpaceBuilder::addAccess(const AccessSpec& spec)
{
    return addAccessEntry(accessEntry(spec), spec.at);
}

QString SpaceBuilder::addConsent(const ConsentSpec& spec)
{
    const QString id = consentId(m_prefix + QStringLiteral("/consent/") + spec.slug);
    const bool revoked = spec.revokedAt.isValid();
    const bool expired = !revoked && spec.expiresAt.isValid() && spec.expiresAt <= m_now;
    m_seed.consents.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), spec.source},
        {QStringLiteral("purpose"), spec.purpose},
        {QStringLiteral("purposeText"), spec.purposeText},
        {QStringLiteral("formId"), formIdFor(spec.formKey)},
        {QStringLiteral("procedureId"), procedureIdFor(spec.formKey)},
        {QStringLiteral("administration"), administration(spec.administrationId)},
        {QStringLiteral("status"), revoked   ? QStringLiteral("revoked")
                                   : expired ? QStringLiteral("expired")
                                             : QStringLiteral("active")},
        {QStringLiteral("givenAt"), isoUtc(spec.givenAt)},
        {QStringLiteral("givenBy"), spec.givenBy},
        {QStringLiteral("expiresAt"), orNull(spec.expiresAt)},
        {QStringLiteral("revokedAt"), orNull(spec.revokedAt)},
        {QStringLiteral("version"), revoked ? 2 : 1},
    });
    return id;
}

QString SpaceBuilder::addCorrection(const CorrectionSpec& spec)
{
    const QString id = correctionId(m_prefix + QStringLiteral("/correction/") + spec.slug);
    const QJsonValue current = m_seed.dataValues.value(spec.source).value(spec.itemId);
    m_seed.corrections.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), spec.source},
        {QStringLiteral("itemId"), spec.itemId},
        {QStringLiteral("itemLabel"), itemLabel(spec.source, spec.itemId, m_language)},
        {QStringLiteral("currentValue"), displayValue(current)},
        {QStringLiteral("proposedValue"), spec.proposedValue},
        {QStringLiteral("reason"), spec.reason},
        {QStringLiteral("documentIds"), QJsonArray::fromStringList(spec.documentIds)},
        {QStringLiteral("status"), spec.status},
        {QStringLiteral("createdAt"), isoUtc(spec.createdAt)},
        {QStringLiteral("updatedAt"), isoUtc(spec.updatedAt)},
        {QStringLiteral("decisionNote"), orNull(spec.decisionNote)},
        {QStringLiteral("version"), spec.version},
    });
    return id;
}

QString SpaceBuilder::issued(const QString& slug, const QString& administrationId,
                             const QString& title, const QString& fileName,
                             const QString& dossierId, const QDateTime& at,
                             const QStringList& lines)
{
    return addDocument({slug, title, fileName, QStringLiteral("administration"), administrationId,
                        dossierId, QString(), at, lines});
}

QString SpaceBuilder::submitted(const QString& slug, const QString& title, const QString& fileName,
                                const QString& dossierId, const QDateTime& at,
                                const QStringList& lines, const QString& messageId)
{
    return addDocument({slug, title, fileName, QStringLiteral("submission"), QString(), dossierId,
                        messageId, at, lines});
}

QString SpaceBuilder::uploaded(const QString& slug, const QString& title, const QString& fileName,
                               const QDateTime& at, const QStringList& lines,
                               const QString& messageId)
{
    return addDocument({slug, title, fileName, QStringLiteral("personal"), QString(), QString(),
                        messageId, at, lines});
}

void SpaceBuilder::progress(const QString& dossierId, const QDateTime& at,
                            const QString& description)
{
    EventSpec spec;
    spec.type = QStringLiteral("in_processing");
    spec.at = at;
    spec.description = description;
    addEvent(dossierId, spec);
}

void SpaceBuilder::requestInformation(const QString& dossierId, const QDateTime& at,
                                      const QString& description, const QString& dueDate,
                                      const QString& messageId)
{
    EventSpec spec;
    spec.type = QStringLiteral("information_requested");
    spec.at = at;
    spec.description = description;
    spec.dueDate = dueDate;
    spec.messageId = messageId;
    addEvent(dossierId, spec);
}

void SpaceBuilder::decide(const QString& dossierId, const QDateTime& at, const QString& outcome,
                          const QString& summary, const QString& documentId)
{
    EventSpec spec;
    spec.type = QStringLiteral("decided");
    spec.at = at;
    spec.outcome = outcome;
    spec.decisionSummary = summary;
    spec.decisionDocumentId = documentId;
    if (!documentId.isEmpty())
        spec.documentIds = QStringList{documentId};
    addEvent(dossierId, spec);
}

void SpaceBuilder::close(const QString& dossierId, const QDateTime& at)
{
    EventSpec spec;
    spec.type = QStringLiteral("closed");
    spec.at = at;
    addEvent(dossierId, spec);
}

QString SpaceBuilder::receive(const QString& slug, const QString& dossierOrThread,
                              const QString& administrationId, const QString& sender,
                              const QString& subject, const QString& body, const QDateTime& at,
                              bool read, const QStringList& attachmentIds)
{
    const bool dossier = m_dossiers.contains(dossierOrThread);
    return addMessage({slug, dossier ? dossierOrThread : QString(),
                       dossier ? QString() : dossierOrThread, administrationId, true, sender,
                       subject, body, at, read, attachmentIds, QString()});
}

QString SpaceBuilder::send(const QString& slug, const QString& dossierOrThread,
                           const QString& administrationId, const QString& sender,
                           const QString& subject, const QString& body, const QDateTime& at,
                           const QString& inReplyTo, const QStringList& attachmentIds)
{
    const bool dossier = m_dossiers.contains(dossierOrThread);
    return addMessage({slug, dossier ? dossierOrThread : QString(),
                       dossier ? QString() : dossierOrThread, administrationId, false, sender,
                       subject, body, at, true, attachmentIds, inReplyTo});
}

SpaceSeed SpaceBuilder::finish()
{
    // Newest first, as the portal lists the log (ISO UTC strings sort like instants).
    QList<std::pair<QString, qsizetype>> order;
    order.reserve(m_seed.accessLog.size());
    for (qsizetype i = 0; i < m_seed.accessLog.size(); ++i)
        order.append({m_seed.accessLog.at(i).value(QLatin1String("accessedAt")).toString(), i});
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QJsonObject> sorted;
    sorted.reserve(order.size());
    for (const auto& entry : std::as_const(order))
        sorted.append(m_seed.accessLog.at(entry.second));
    m_seed.accessLog = sorted;

    // Unread inbound messages per thread, and attachment metadata copied from documents.
    QHash<QString, int> unread;
    QSet<QString> referenced;
    for (QJsonObject& message : m_seed.messages) {
        if (message.value(QLatin1String("direction")).toString() == QLatin1String("inbound") &&
            message.value(QLatin1String("readAt")).isNull())
            ++unread[message.value(QLatin1String("threadId")).toString()];
        QJsonArray attachments;
        for (const QJsonValue& entry : message.value(QLatin1String("attachments")).toArray()) {
            const QString docId = entry.toObject().value(QLatin1String("documentId")).toString();
            referenced.insert(docId);
            const qsizetype index = m_documentIndex.value(docId, -1);
            if (index < 0) {
                attachments.append(entry); // the seed test reports the dangling id
                continue;
            }
            const QJsonObject& doc = m_seed.documents.at(index);
            attachments.append(QJsonObject{
                {QStringLiteral("documentId"), docId},
                {QStringLiteral("fileName"), doc.value(QLatin1String("fileName"))},
                {QStringLiteral("mediaType"), doc.value(QLatin1String("mediaType"))},
                {QStringLiteral("size"), doc.value(QLatin1String("size"))},
                {QStringLiteral("sha256"), doc.value(QLatin1String("sha256"))},
            });
        }
        message.insert(QStringLiteral("attachments"), attachments);
    }

    m_seed.dossiers.clear();
    m_seed.events.clear();
    for (const QString& id : std::as_const(m_dossierOrder)) {
        PendingDossier& pending = m_dossiers[id];
        std::stable_sort(pending.events.begin(), pending.events.end(),
                         [](const ScheduledEvent& a, const ScheduledEvent& b) {
                             return a.occursAt < b.occursAt;
                         });
        QJsonObject dossier = pending.base;
        for (const QJsonValue& docId :
             dossier.value(QLatin1String("attachmentDocumentIds")).toArray())
            referenced.insert(docId.toString());
        int sequence = 0;
        for (ScheduledEvent& scheduled : pending.events) {
            ++sequence;
            scheduled.event.insert(QStringLiteral("id"), eventId(id, sequence));
            scheduled.event.insert(QStringLiteral("version"), sequence);
            if (scheduled.occursAt > m_now)
                continue;
            // The dossier as the person sees it now: the latest visible event sets its state.
            const QString type = scheduled.event.value(QLatin1String("type")).toString();
            dossier.insert(QStringLiteral("status"), type);
            dossier.insert(QStringLiteral("version"), sequence);
            dossier.insert(QStringLiteral("updatedAt"), isoUtc(scheduled.occursAt));
            dossier.remove(QStringLiteral("pendingRequest"));
            if (type == QLatin1String("information_requested")) {
                QJsonObject request{
                    {QStringLiteral("description"),
                     scheduled.event.value(QLatin1String("description"))
                         .toString(scheduled.event.value(QLatin1String("title")).toString())},
                    {QStringLiteral("dueDate"), scheduled.event.value(QLatin1String("dueDate"))},
                    {QStringLiteral("messageId"),
                     scheduled.event.value(QLatin1String("messageId"))},
                };
                dossier.insert(QStringLiteral("pendingRequest"), request);
            }
            if (!scheduled.decision.isEmpty())
                dossier.insert(QStringLiteral("decision"), scheduled.decision);
        }
        dossier.insert(QStringLiteral("unreadMessages"),
                       unread.value(dossier.value(QLatin1String("threadId")).toString()));
        m_seed.dossiers.append(dossier);
        m_seed.events.append(pending.events);
    }

    for (const QJsonObject& correction : std::as_const(m_seed.corrections)) {
        for (const QJsonValue& docId : correction.value(QLatin1String("documentIds")).toArray())
            referenced.insert(docId.toString());
        const QString status = correction.value(QLatin1String("status")).toString();
        if (status != QLatin1String("submitted") && status != QLatin1String("in_review"))
            continue;
        // An open correction shows on the item it disputes.
        for (QJsonObject& record : m_seed.dataRecords) {
            if (record.value(QLatin1String("source")) != correction.value(QLatin1String("source")))
                continue;
            QJsonArray items = record.value(QLatin1String("items")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                if (item.value(QLatin1String("id")) == correction.value(QLatin1String("itemId"))) {
                    item.insert(QStringLiteral("pendingCorrectionId"),
                                correction.value(QLatin1String("id")));
                    items.replace(i, item);
                }
            }
            record.insert(QStringLiteral("items"), items);
        }
    }

    // A person may delete what they uploaded, as long as nothing else points to it.
    for (const QString& docId : std::as_const(referenced)) {
        const qsizetype index = m_documentIndex.value(docId, -1);
        if (index >= 0 && m_seed.documents.at(index).value(QLatin1String("deletable")).toBool())
            m_seed.documents[index].insert(QStringLiteral("deletable"), false);
    }
    return m_seed;
}

} // namespace guichet::sim::seed
