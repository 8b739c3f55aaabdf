#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QDateTime;

namespace guichet::SpaceTexts {

// The dossier statuses in the order a procedure goes through them (portal.yaml
// DossierStatus); screens list groups and filters in this order.
[[nodiscard]] const QStringList& dossierStatuses();

// Translated names of the portal's enumerations; an unknown value is shown as it is.
[[nodiscard]] QString dossierStatus(const QString& status);
[[nodiscard]] QString decisionOutcome(const QString& outcome);
[[nodiscard]] QString documentOrigin(const QString& origin);

// Dates and sizes in the current language's locale.
[[nodiscard]] QString dateTime(const QString& isoDateTime);
[[nodiscard]] QString date(const QString& isoDate);
[[nodiscard]] QString fileSize(qint64 bytes);

// A field of an API object as text (empty when absent or not a string).
[[nodiscard]] QString field(const QJsonObject& object, const char* key);
// A nested object's name, e.g. administration.name.
[[nodiscard]] QString administrationName(const QJsonObject& object);

} // namespace guichet::SpaceTexts
