#include "RoutineAccesses.h"

#include <QList>

#include <algorithm>

namespace guichet::sim::seed {

quint64 SeedRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeedRandom::below(int bound)
{
    return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(bound));
}

namespace {

struct Scenario
{
    const char* administrationId; // "commune" stands for the person's commune
    const char* source;
    const char* items; // comma-separated item ids
    const char* fr;
    const char* de;
    const char* en;
    const char* legalBasis; // Luxembourg law is cited by its official (French) title
    int weight;
};

constexpr char kTrafficLaw[] = "Loi modifiée du 14 février 1955 concernant la réglementation de "
                               "la circulation sur toutes les voies publiques";
constexpr char kSocialSecurity[] = "Code de la sécurité sociale, art. 413";

const Scenario kScenarios[] = {
    {"cns", "rnpp-identity", "nationalNumber,surname,givenName",
     "Vérification de l'affiliation à l'assurance maladie",
     "Überprüfung der Krankenversicherungszugehörigkeit", "Checking health insurance membership",
     kSocialSecurity, 6},
    {"cns", "rnpp-address", "address", "Envoi d'un décompte de remboursement de soins",
     "Versand einer Erstattungsabrechnung", "Sending a reimbursement statement", kSocialSecurity,
     8},
    {"ccss", "rnpp-address", "address,commune", "Mise à jour du dossier d'affiliation",
     "Aktualisierung der Versicherungsakte", "Updating the social security record", kSocialSecurity,
     4},
    {"ccss", "rnpp-identity", "birthDate,nationality", "Contrôle de l'affiliation d'un salarié",
     "Kontrolle der Anmeldung eines Arbeitnehmers", "Checking an employee's registration",
     kSocialSecurity, 3},
    {"police", "vehicles", "plate,make,model", "Contrôle routier", "Verkehrskontrolle",
     "Roadside check", kTrafficLaw, 2},
    {"police", "driving-licence", "licenceNumber,categories,validUntil",
     "Vérification du permis lors d'un contrôle routier",
     "Überprüfung des Führerscheins bei einer Verkehrskontrolle",
     "Licence check during a roadside inspection", kTrafficLaw, 2},
    {"snca", "vehicles", "plate,vin,firstRegistration", "Convocation au contrôle technique",
     "Einladung zur technischen Kontrolle", "Roadworthiness test invitation",
     "Règlement grand-ducal modifié du 26 janvier 2016 relatif au contrôle technique des "
     "véhicules routiers",
     4},
    {"snca", "rnpp-address", "address", "Envoi du certificat d'immatriculation",
     "Versand des Zulassungsscheins", "Sending the registration certificate", kTrafficLaw, 2},
    {"adem", "rnpp-identity", "nationalNumber,birthDate",
     "Statistiques du marché de l'emploi (données pseudonymisées)",
     "Arbeitsmarktstatistik (pseudonymisierte Daten)",
     "Labour market statistics (pseudonymised data)", "Code du travail, art. L. 621-1", 2},
    {"commune", "rnpp-address", "address,householdSize",
     "Calcul de la taxe communale sur les déchets", "Berechnung der Müllgebühr der Gemeinde",
     "Calculating the municipal waste charge",
     "Règlement communal relatif à la gestion des déchets", 4},
    {"commune", "rnpp-identity", "givenName,surname,birthDate",
     "Mise à jour de la liste électorale", "Aktualisierung der Wählerliste",
     "Updating the electoral roll", "Loi électorale modifiée du 18 février 2003, art. 9", 2},
    {"commune", "cadastre", "parcel,area,landUse", "Calcul de l'impôt foncier",
     "Berechnung der Grundsteuer", "Calculating the land tax",
     "Loi modifiée du 1er décembre 1936 sur l'impôt foncier", 2},
    {"acd", "rnpp-address", "address,commune", "Envoi de la fiche de retenue d'impôt",
     "Versand der Lohnsteuerkarte", "Sending the tax withholding card",
     "Loi modifiée du 4 décembre 1967 concernant l'impôt sur le revenu", 3},
    {"acd", "rnpp-identity", "nationalNumber,birthDate", "Détermination de la classe d'impôt",
     "Bestimmung der Steuerklasse", "Determining the tax class",
     "Loi modifiée du 4 décembre 1967 concernant l'impôt sur le revenu, art. 119", 3},
    {"cae", "rnpp-address", "address,householdSize",
     "Vérification du droit aux allocations familiales",
     "Überprüfung des Anspruchs auf Familienleistungen", "Checking entitlement to family benefits",
     "Code de la sécurité sociale, art. 269", 3},
    {"statec", "rnpp-address", "commune", "Statistiques démographiques", "Bevölkerungsstatistik",
     "Population statistics",
     "Loi modifiée du 10 juillet 2011 portant organisation de l'Institut national de la "
     "statistique et des études économiques",
     1},
    {"mmtp", "driving-licence", "points", "Mise à jour du capital de points",
     "Aktualisierung des Punktekontos", "Updating the penalty points balance", kTrafficLaw, 1},
    {"aed", "vat", "vatNumber,balance,lastReturnPeriod", "Contrôle des déclarations de TVA",
     "Prüfung der Mehrwertsteuererklärungen", "Checking VAT returns",
     "Loi modifiée du 12 février 1979 concernant la taxe sur la valeur ajoutée", 6},
    {"acd", "rcs", "rcsNumber,companyName,registeredAddress",
     "Établissement de l'impôt sur le revenu des collectivités",
     "Festsetzung der Körperschaftsteuer", "Assessing corporate income tax",
     "Loi modifiée du 4 décembre 1967 concernant l'impôt sur le revenu, art. 159", 4},
    {"ccss", "rcs", "companyName,registeredAddress,manager", "Affiliation de l'employeur",
     "Anmeldung des Arbeitgebers", "Employer registration", kSocialSecurity, 3},
    {"itm", "rcs", "companyName,registeredAddress", "Contrôle des conditions de travail",
     "Kontrolle der Arbeitsbedingungen", "Working conditions inspection",
     "Code du travail, art. L. 612-1", 2},
    {"statec", "vat", "vatNumber", "Enquête structurelle sur les entreprises",
     "Strukturerhebung bei Unternehmen", "Structural business survey",
     "Loi modifiée du 10 juillet 2011 portant organisation de l'Institut national de la "
     "statistique et des études économiques",
     1},
    {"guichet-entreprises", "rcs", "rcsNumber,manager",
     "Vérification de l'honorabilité professionnelle du dirigeant",
     "Überprüfung der beruflichen Zuverlässigkeit der Geschäftsleitung",
     "Checking the manager's professional integrity",
     "Loi modifiée du 2 septembre 2011 réglementant l'accès aux professions d'artisan, de "
     "commerçant, d'industriel ainsi qu'à certaines professions libérales, art. 6",
     2},
};

QString purposeIn(const Scenario& s, const QString& language)
{
    if (language == QLatin1String("de"))
        return QString::fromUtf8(s.de);
    if (language == QLatin1String("en"))
        return QString::fromUtf8(s.en);
    return QString::fromUtf8(s.fr);
}

} // namespace

void addRoutineAccesses(SpaceBuilder& builder, const RoutineAccessPlan& plan)
{
    // Texts converted once per scenario; each appears `weight` times in the pool.
    QList<QJsonObject> prepared;
    QList<qsizetype> pool;
    for (const Scenario& s : kScenarios) {
        if (!plan.sources.contains(QLatin1String(s.source)))
            continue;
        const QString adminId = qstrcmp(s.administrationId, "commune") == 0
                                    ? plan.communeId
                                    : QString::fromLatin1(s.administrationId);
        QJsonObject entry = builder.accessEntry(
            {adminId, QString::fromLatin1(s.source),
             QString::fromLatin1(s.items).split(QLatin1Char(',')), purposeIn(s, builder.language()),
             QString::fromUtf8(s.legalBasis), QDateTime(), QString(), QString(), QString()});
        // The portal has these purposes in every language (sim/portal/routes/ResponseLanguage).
        entry.insert(QStringLiteral("purposeTexts"),
                     QJsonObject{{QStringLiteral("fr"), purposeIn(s, QStringLiteral("fr"))},
                                 {QStringLiteral("de"), purposeIn(s, QStringLiteral("de"))},
                                 {QStringLiteral("en"), purposeIn(s, QStringLiteral("en"))}});
        prepared.append(entry);
        for (int i = 0; i < s.weight; ++i)
            pool.append(prepared.size() - 1);
    }
    if (pool.isEmpty() || plan.count <= 0)
        return;

    SeedRandom random(plan.seed);
    const qint64 spanDays = std::max<qint64>(1, plan.from.daysTo(plan.to));
    for (int i = 0; i < plan.count; ++i) {
        const QJsonObject& entry =
            prepared.at(pool.at(random.below(static_cast<int>(pool.size()))));
        // Administrations read data during office hours (Luxembourg time is UTC+1/+2).
        // One draw per statement: argument evaluation order is unspecified in C++.
        const int day = random.below(static_cast<int>(spanDays));
        const int hour = 6 + random.below(10);
        const int minute = random.below(60);
        const int second = random.below(60);
        QDateTime at(plan.from.date().addDays(day), QTime(hour, minute, second), Qt::UTC);
        if (at >= plan.to)
            at = plan.to.addSecs(-60 - random.below(86400));
        builder.addAccessEntry(entry, at);
    }
}

} // namespace guichet::sim::seed
