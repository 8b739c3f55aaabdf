#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The administrations that run procedures: ministries and state agencies, and the
// communes. Names, addresses and numbers are fictional but shaped like the real ones.
namespace guichet::sim::seed::catalogue {

struct Administration
{
    QString id; // AdministrationRef.id, e.g. "cns" or "commune-mersch"
    QString nameFr, nameDe, nameEn;
    QString street, houseNumber, postalCode, locality;
    QString phone, email, website;
    bool commune = false;

    QString name(const QString& language) const;
    QJsonObject reference(const QString& language) const;                 // AdministrationRef
    QJsonObject contact(const QString& language, int hoursVariant) const; // Contact
};

// State administrations first, then the communes; stable order.
const QList<Administration>& administrations();
// The administration with this id; the first one when the id is unknown (a table error
// that the catalogue test catches by checking every reference).
const Administration& administration(const QString& id);
bool hasAdministration(const QString& id);
// Indexes of the communes in administrations().
const QList<int>& communeIndexes();

} // namespace guichet::sim::seed::catalogue
