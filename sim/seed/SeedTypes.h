#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the simulated portal's database is seeded with. Every object is a JSON object
// shaped exactly like the schema of the same name in docs/api/portal.yaml, so the
// store can serve it as it is. Texts exist in the three API languages; a
// `Localised` holds one object per language code ("fr", "de", "en").
namespace guichet::sim::seed {

using Localised = QHash<QString, QJsonObject>;

inline const QStringList& languages()
{
    static const QStringList codes{QStringLiteral("fr"), QStringLiteral("de"),
                                   QStringLiteral("en")};
    return codes;
}

// A tracking event that becomes visible when the portal's clock reaches `occursAt`
// (earlier events are visible from the start). When it is released, its dossier takes
// `event["type"]` as status and, for a decided dossier, `decision` (a Decision).
struct ScheduledEvent
{
    QDateTime occursAt;
    QJsonObject event;    // DossierEvent
    QJsonObject decision; // Decision, empty unless the event decides the dossier
};

// One personal or professional space and everything in it.
struct SpaceSeed
{
    QJsonObject space;            // Space
    QList<QJsonObject> dossiers;  // Dossier (status/version as of the first visible event)
    QList<ScheduledEvent> events; // DossierEvent, past ones and future ones
    QList<QJsonObject> documents; // Document
    QHash<QString, QByteArray> documentContents; // document id -> bytes (real PDF/PNG/JPEG)
    QList<QJsonObject> messages;                 // Message
    QList<QJsonObject> dataRecords;              // DataRecord, one per authentic source
    // source -> item id -> structured value (FieldValue: string, number, bool, Address...)
    // used by prefill; the DataRecord items carry the same values as display strings.
    QHash<QString, QJsonObject> dataValues;
    QList<QJsonObject> accessLog;   // AccessLogEntry
    QList<QJsonObject> consents;    // Consent
    QList<QJsonObject> corrections; // Correction
};

// A fictional person who can sign in. `holderNumber` is what their authentication
// certificate carries: the national number (13 digits, from serialNumber PNOLU-...) or
// the LuxTrust SSN; the portal finds the persona by it.
struct PersonaSeed
{
    QString key;          // stable, e.g. "marie-schmit"
    QString holderNumber; // empty for a person without a Luxembourg card
    QString givenName;
    QString surname;
    QString description; // one line for the demo login screen (English)
    QList<SpaceSeed> spaces;
};

} // namespace guichet::sim::seed
