#include "SourceVocabulary.h"

#include <QHash>

namespace guichet::sim::seed {

namespace {

struct Texts
{
    const char* fr;
    const char* de;
    const char* en;
};

QString pick(const Texts& t, const QString& language)
{
    if (language == QLatin1String("de"))
        return QString::fromUtf8(t.de);
    if (language == QLatin1String("en"))
        return QString::fromUtf8(t.en);
    return QString::fromUtf8(t.fr);
}

const QHash<QString, Texts>& titles()
{
    static const QHash<QString, Texts> t{
        {QStringLiteral("rnpp-identity"),
         {"Registre national des personnes physiques - identité",
          "Nationales Register der natürlichen Personen - Identität",
          "National Register of Natural Persons - identity"}},
        {QStringLiteral("rnpp-address"),
         {"Registre national des personnes physiques - adresse",
          "Nationales Register der natürlichen Personen - Adresse",
          "National Register of Natural Persons - address"}},
        {QStringLiteral("vehicles"),
         {"Véhicules immatriculés", "Zugelassene Fahrzeuge", "Registered vehicles"}},
        {QStringLiteral("driving-licence"),
         {"Permis de conduire", "Führerschein", "Driving licence"}},
        {QStringLiteral("cadastre"),
         {"Cadastre - parcelles", "Kataster - Parzellen", "Land register - parcels"}},
        {QStringLiteral("vat"), {"Registre TVA", "Mehrwertsteuerregister", "VAT register"}},
        {QStringLiteral("rcs"),
         {"Registre de commerce et des sociétés", "Handels- und Gesellschaftsregister",
          "Trade and Companies Register"}},
        {QStringLiteral("criminal-record"),
         {"Casier judiciaire", "Strafregister", "Criminal record"}},
    };
    return t;
}

const QHash<QString, Texts>& labels()
{
    // Keyed "source/item".
    static const QHash<QString, Texts> t{
        {QStringLiteral("rnpp-identity/nationalNumber"),
         {"Numéro d'identification national", "Nationale Identifikationsnummer",
          "National identification number"}},
        {QStringLiteral("rnpp-identity/givenName"), {"Prénom", "Vorname", "Given name"}},
        {QStringLiteral("rnpp-identity/surname"), {"Nom", "Nachname", "Surname"}},
        {QStringLiteral("rnpp-identity/birthDate"),
         {"Date de naissance", "Geburtsdatum", "Date of birth"}},
        {QStringLiteral("rnpp-identity/birthPlace"),
         {"Lieu de naissance", "Geburtsort", "Place of birth"}},
        {QStringLiteral("rnpp-identity/nationality"),
         {"Nationalité", "Staatsangehörigkeit", "Nationality"}},
        {QStringLiteral("rnpp-identity/sex"), {"Sexe", "Geschlecht", "Sex"}},
        {QStringLiteral("rnpp-address/address"), {"Adresse", "Adresse", "Address"}},
        {QStringLiteral("rnpp-address/commune"), {"Commune", "Gemeinde", "Municipality"}},
        {QStringLiteral("rnpp-address/residentSince"),
         {"Résident à cette adresse depuis", "An dieser Adresse wohnhaft seit",
          "Resident at this address since"}},
        {QStringLiteral("rnpp-address/householdSize"),
         {"Personnes dans le ménage", "Personen im Haushalt", "People in the household"}},
        {QStringLiteral("vehicles/plate"),
         {"Numéro d'immatriculation", "Kennzeichen", "Registration plate"}},
        {QStringLiteral("vehicles/make"), {"Marque", "Marke", "Make"}},
        {QStringLiteral("vehicles/model"), {"Modèle", "Modell", "Model"}},
        {QStringLiteral("vehicles/vin"),
         {"Numéro d'identification du véhicule", "Fahrzeug-Identifizierungsnummer",
          "Vehicle identification number"}},
        {QStringLiteral("vehicles/firstRegistration"),
         {"Première mise en circulation", "Erstzulassung", "First registration"}},
        {QStringLiteral("driving-licence/licenceNumber"),
         {"Numéro du permis", "Führerscheinnummer", "Licence number"}},
        {QStringLiteral("driving-licence/categories"), {"Catégories", "Klassen", "Categories"}},
        {QStringLiteral("driving-licence/points"),
         {"Points restants", "Verbleibende Punkte", "Points left"}},
        {QStringLiteral("driving-licence/validUntil"),
         {"Valable jusqu'au", "Gültig bis", "Valid until"}},
        {QStringLiteral("cadastre/parcel"),
         {"Numéro cadastral", "Katasternummer", "Parcel number"}},
        {QStringLiteral("cadastre/commune"), {"Commune", "Gemeinde", "Municipality"}},
        {QStringLiteral("cadastre/area"), {"Contenance (m²)", "Fläche (m²)", "Area (m²)"}},
        {QStringLiteral("cadastre/landUse"), {"Nature", "Nutzungsart", "Land use"}},
        {QStringLiteral("vat/vatNumber"),
         {"Numéro d'identification TVA", "Mehrwertsteuer-Identifikationsnummer", "VAT number"}},
        {QStringLiteral("vat/balance"),
         {"Solde du compte TVA (EUR)", "Saldo des MwSt-Kontos (EUR)", "VAT account balance (EUR)"}},
        {QStringLiteral("vat/lastReturnPeriod"),
         {"Dernière déclaration déposée", "Letzte eingereichte Erklärung", "Last return filed"}},
        {QStringLiteral("rcs/rcsNumber"), {"Numéro RCS", "RCS-Nummer", "RCS number"}},
        {QStringLiteral("rcs/companyName"), {"Dénomination", "Firmenname", "Company name"}},
        {QStringLiteral("rcs/legalForm"), {"Forme juridique", "Rechtsform", "Legal form"}},
        {QStringLiteral("rcs/registeredAddress"),
         {"Siège social", "Gesellschaftssitz", "Registered office"}},
        {QStringLiteral("rcs/manager"),
         {"Gérant / administrateur délégué",
          "Geschäftsführer / geschäftsführendes Vorstandsmitglied", "Manager / managing director"}},
        {QStringLiteral("criminal-record/bulletin3"),
         {"Bulletin n° 3", "Auszug Nr. 3", "Extract no. 3"}},
    };
    return t;
}

} // namespace

QString sourceTitle(const QString& source, const QString& language)
{
    const auto it = titles().constFind(source);
    return it == titles().cend() ? source : pick(*it, language);
}

QString sourceAuthorityId(const QString& source)
{
    static const QHash<QString, QString> authority{
        {QStringLiteral("rnpp-identity"), QStringLiteral("ctie")},
        {QStringLiteral("rnpp-address"), QStringLiteral("ctie")},
        {QStringLiteral("vehicles"), QStringLiteral("snca")},
        {QStringLiteral("driving-licence"), QStringLiteral("mmtp")},
        {QStringLiteral("cadastre"), QStringLiteral("act")},
        {QStringLiteral("vat"), QStringLiteral("aed")},
        {QStringLiteral("rcs"), QStringLiteral("lbr")},
        {QStringLiteral("criminal-record"), QStringLiteral("casier")},
    };
    return authority.value(source, QStringLiteral("ctie"));
}

QString itemLabel(const QString& source, const QString& itemId, const QString& language)
{
    const auto it = labels().constFind(source + QLatin1Char('/') + itemId);
    return it == labels().cend() ? itemId : pick(*it, language);
}

bool itemCorrectable(const QString& source, const QString& itemId)
{
    if (source == QLatin1String("rnpp-address"))
        return itemId == QLatin1String("address") || itemId == QLatin1String("householdSize");
    if (source == QLatin1String("rnpp-identity"))
        return itemId != QLatin1String("nationalNumber");
    return false;
}

} // namespace guichet::sim::seed
