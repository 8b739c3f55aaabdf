#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace guichet {

// One AccessLogEntry of portal.yaml, read once from its JSON when the page loads, so
// that searching, filtering and sorting 10,000 of them never touch JSON again.
struct AccessEntry
{
    QString id;
    qint64 accessedAt = 0; // milliseconds since the epoch, UTC
    QString administrationId;
    QString administration; // name, as the portal sent it
    QString source;         // AuthenticSource id
    QString items;          // labels of the data items read, comma-separated
    QString purpose;
    QString legalBasis;
    QString dossierId;
    QString procedureId;
    QString consentId;

    // Folded with store::foldForSearch (no case, no accents): what search and sort
    // compare. searchText holds administration, purpose, items and dossier.
    QString searchText;
    QString administrationKey;
    QString itemsKey;
    QString purposeKey;

    // Set by the model: the source's translated name and its folded sort key.
    QString sourceName;
    QString sourceKey;
    bool isNew = false; // newer than the person's last visit of the page
};

// Reads the access-log objects of a JSON array (SpaceSource::objectsJson; newest
// first stays newest first). Each distinct text is folded once: entries repeat the
// same administrations and purposes. Touches nothing shared: the page calls it off
// the GUI thread.
[[nodiscard]] QList<AccessEntry> readAccessEntries(const QByteArray& jsonArray);

// "2025-03-14T08:20:03Z" (the portal's form) quickly, any other ISO 8601 date-time
// the slow way; 0 when it is not a date-time.
[[nodiscard]] qint64 parseUtcMillis(const QString& isoDateTime);

} // namespace guichet
