#include "Administrations.h"

#include "Phrasing.h"

#include <QHash>

#include <iterator>

namespace guichet::sim::seed::catalogue {

namespace {

struct StateRow
{
    const char* id;
    const char* fr;
    const char* de;
    const char* en;
    const char* street;
    const char* number;
    const char* postalCode;
    const char* locality;
    const char* phone;
    const char* mailbox; // e-mail address
    const char* website;
};

// Ministries and agencies. Names follow the official pattern; addresses and numbers
// are invented.
const StateRow stateRows[] = {
    {"mfsva", "Ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil",
     "Ministerium für Familie, Solidarität, Zusammenleben und Aufnahme",
     "Ministry of Family Affairs, Solidarity, Living Together and Reception of Refugees",
     "avenue Gaston Diderich", "12-14", "1420", "Luxembourg", "+352 247-86500", "info@fm.etat.lu",
     "https://mfamigr.gouvernement.lu"},
    {"mlog", "Ministère du Logement et de l'Aménagement du territoire",
     "Ministerium für Wohnungsbau und Landesplanung", "Ministry of Housing and Spatial Planning",
     "rue Sainte-Zithe", "4", "2763", "Luxembourg", "+352 247-84860", "info@ml.etat.lu",
     "https://logement.public.lu"},
    {"menje", "Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse",
     "Ministerium für Bildung, Kinder und Jugend", "Ministry of Education, Children and Youth",
     "rue Aldringen", "29", "1118", "Luxembourg", "+352 247-85100", "info@men.lu",
     "https://men.public.lu"},
    {"mesr", "Ministère de la Recherche et de l'Enseignement supérieur",
     "Ministerium für Forschung und Hochschulwesen", "Ministry of Research and Higher Education",
     "route d'Esch", "18-20", "1470", "Luxembourg", "+352 247-88650", "aides@mesr.etat.lu",
     "https://mesr.gouvernement.lu"},
    {"cae", "Caisse pour l'avenir des enfants", "Zukunftskasse", "Children's Future Fund",
     "boulevard Prince Henri", "34", "1724", "Luxembourg", "+352 47 71 53-1", "cae@cae.etat.lu",
     "https://cae.public.lu"},
    {"cns", "Caisse nationale de santé", "Nationale Gesundheitskasse", "National Health Fund",
     "rue Bertrand", "4", "1330", "Luxembourg", "+352 27 57-1", "cns@secu.lu",
     "https://cns.public.lu"},
    {"cnap", "Caisse nationale d'assurance pension", "Nationale Pensionsversicherungskasse",
     "National Pension Insurance Fund", "boulevard Prince Henri", "1A", "1724", "Luxembourg",
     "+352 22 41 41-1", "cnap@secu.lu", "https://cnap.public.lu"},
    {"ccss", "Centre commun de la sécurité sociale", "Gemeinsames Sozialversicherungszentrum",
     "Joint Social Security Centre", "route d'Esch", "125", "1471", "Luxembourg", "+352 40 141-1",
     "ccss@secu.lu", "https://ccss.public.lu"},
    {"fns", "Fonds national de solidarité", "Nationaler Solidaritätsfonds",
     "National Solidarity Fund", "boulevard Prince Henri", "8-10", "1724", "Luxembourg",
     "+352 49 10 81-1", "info@fns.etat.lu", "https://fns.public.lu"},
    {"onis", "Office national d'inclusion sociale", "Nationales Amt für soziale Eingliederung",
     "National Office for Social Inclusion", "rue du Fort Neipperg", "2-4", "2230", "Luxembourg",
     "+352 247-86550", "onis@fm.etat.lu", "https://onis.public.lu"},
    {"adem", "Agence pour le développement de l'emploi", "Arbeitsagentur",
     "National Employment Agency", "boulevard Jules Salentiny", "1", "2155", "Luxembourg",
     "+352 247-88888", "info@adem.etat.lu", "https://adem.public.lu"},
    {"mte", "Ministère du Travail", "Arbeitsministerium", "Ministry of Labour", "rue Zithe", "26",
     "2763", "Luxembourg", "+352 247-86100", "info@mte.etat.lu", "https://mte.public.lu"},
    {"itm", "Inspection du travail et des mines", "Gewerbeinspektion",
     "Inspectorate of Labour and Mines", "rue Zithe", "3", "2763", "Luxembourg", "+352 247-76100",
     "contact@itm.etat.lu", "https://itm.public.lu"},
    {"acd", "Administration des contributions directes", "Verwaltung der direkten Steuern",
     "Inland Revenue", "boulevard Roosevelt", "45", "2982", "Luxembourg", "+352 247-52400",
     "info@co.etat.lu", "https://impotsdirects.public.lu"},
    {"aed", "Administration de l'enregistrement, des domaines et de la TVA",
     "Registrier-, Domänen- und Mehrwertsteuerverwaltung",
     "Registration Duties, Estates and VAT Authority", "avenue Guillaume", "1-3", "1651",
     "Luxembourg", "+352 247-80800", "info@en.etat.lu", "https://pfi.public.lu"},
    {"ada", "Administration des douanes et accises", "Zoll- und Verbrauchsteuerverwaltung",
     "Customs and Excise Agency", "rue Charles de Gaulle", "26", "1651", "Luxembourg",
     "+352 28 18-1", "info@do.etat.lu", "https://douanes.public.lu"},
    {"snca", "Société nationale de circulation automobile",
     "Nationale Gesellschaft für Kraftfahrzeugverkehr", "National Road Traffic Company",
     "route de Luxembourg", "11", "5230", "Sandweiler", "+352 26 26 26-1", "info@snca.lu",
     "https://snca.lu"},
    {"mmtp", "Ministère de la Mobilité et des Travaux publics",
     "Ministerium für Mobilität und öffentliche Arbeiten", "Ministry of Mobility and Public Works",
     "avenue de la Gare", "4", "1610", "Luxembourg", "+352 247-84400", "info@mt.etat.lu",
     "https://transports.public.lu"},
    {"mint", "Ministère des Affaires intérieures", "Ministerium für innere Angelegenheiten",
     "Ministry of Home Affairs", "rue Beaumont", "19", "1219", "Luxembourg", "+352 247-84600",
     "info@mai.etat.lu", "https://mai.gouvernement.lu"},
    {"mj", "Ministère de la Justice", "Justizministerium", "Ministry of Justice", "boulevard Royal",
     "13", "2934", "Luxembourg", "+352 247-84537", "info@mj.etat.lu", "https://mj.gouvernement.lu"},
    {"casier", "Service du casier judiciaire", "Strafregisterdienst", "Criminal Records Office",
     "avenue de la Gare", "19", "1611", "Luxembourg", "+352 47 59 81-340", "casier@justice.etat.lu",
     "https://justice.public.lu"},
    {"bpvl", "Bureau des passeports, visas et légalisations",
     "Büro für Pässe, Visa und Beglaubigungen", "Passports, Visas and Legalisations Office",
     "rue Notre-Dame", "6", "2240", "Luxembourg", "+352 247-88300", "passeports@mae.etat.lu",
     "https://maee.gouvernement.lu"},
    {"immigration", "Direction générale de l'immigration", "Generaldirektion für Einwanderung",
     "Directorate of Immigration", "rue Sainte-Zithe", "26", "2763", "Luxembourg", "+352 247-84040",
     "immigration.public@mae.etat.lu", "https://guichet.public.lu"},
    {"ona", "Office national de l'accueil", "Nationales Aufnahmeamt", "National Reception Office",
     "rue Carlo Hemmer", "5", "1734", "Luxembourg", "+352 247-85700", "info@ona.etat.lu",
     "https://ona.gouvernement.lu"},
    {"aev", "Administration de l'environnement", "Umweltverwaltung", "Environment Agency",
     "avenue du Rock'n'Roll", "1", "4361", "Esch-sur-Alzette", "+352 40 56 56-1",
     "info@aev.etat.lu", "https://environnement.public.lu"},
    {"age", "Administration de la gestion de l'eau", "Wasserwirtschaftsamt",
     "Water Management Agency", "avenue du Rock'n'Roll", "1", "4361", "Esch-sur-Alzette",
     "+352 24 556-1", "info@eau.etat.lu", "https://eau.public.lu"},
    {"anf", "Administration de la nature et des forêts", "Natur- und Forstverwaltung",
     "Nature and Forest Agency", "route de Luxembourg", "81", "7240", "Bereldange",
     "+352 247-56600", "info@anf.etat.lu", "https://anf.public.lu"},
    {"klima", "Klima-Agence", "Klima-Agence", "Klima-Agence", "rue de Bitbourg", "60", "1273",
     "Luxembourg", "+352 8002 11 90", "info@klima-agence.lu", "https://www.klima-agence.lu"},
    {"act", "Administration du cadastre et de la topographie",
     "Kataster- und Vermessungsverwaltung", "Land Registry and Topography Administration",
     "avenue Gaston Diderich", "54", "1420", "Luxembourg", "+352 44 901-1", "info@act.etat.lu",
     "https://act.public.lu"},
    {"ms", "Direction de la santé", "Gesundheitsdirektion", "Directorate of Health",
     "allée Marconi", "20", "2120", "Luxembourg", "+352 247-85500", "info@ms.etat.lu",
     "https://sante.public.lu"},
    {"asv", "Administration luxembourgeoise vétérinaire et alimentaire",
     "Luxemburger Veterinär- und Lebensmittelverwaltung",
     "Luxembourg Veterinary and Food Administration", "rue Thomas Edison", "1", "1445", "Strassen",
     "+352 247-83500", "info@alva.etat.lu", "https://securite-alimentaire.public.lu"},
    {"asta", "Administration des services techniques de l'agriculture",
     "Verwaltung der technischen Dienste der Landwirtschaft",
     "Agricultural Technical Services Administration", "route d'Esch", "16", "1470", "Luxembourg",
     "+352 45 71 72-1", "info@asta.etat.lu", "https://agriculture.public.lu"},
    {"mcult", "Ministère de la Culture", "Kulturministerium", "Ministry of Culture",
     "rue du Saint-Esprit", "4", "1475", "Luxembourg", "+352 247-86600", "info@mc.etat.lu",
     "https://mc.gouvernement.lu"},
    {"msport", "Ministère des Sports", "Sportministerium", "Ministry of Sport",
     "boulevard Franklin D. Roosevelt", "66", "2450", "Luxembourg", "+352 247-83400",
     "info@sports.etat.lu", "https://sports.public.lu"},
    {"inll", "Institut national des langues Luxembourg", "Nationales Spracheninstitut",
     "National Language Institute", "boulevard de la Foire", "21", "1528", "Luxembourg",
     "+352 26 44 30-1", "secretariat@inll.lu", "https://inll.lu"},
    {"lbr", "Luxembourg Business Registers", "Luxembourg Business Registers",
     "Luxembourg Business Registers", "rue du Kiem", "14", "8030", "Strassen", "+352 26 428-1",
     "helpdesk@lbr.lu", "https://www.lbr.lu"},
    {"mclasses", "Ministère des Classes moyennes - Direction générale des autorisations",
     "Mittelstandsministerium - Generaldirektion Genehmigungen",
     "Ministry of the Middle Classes - Directorate of Business Permits", "rue Zithe", "19-21",
     "2763", "Luxembourg", "+352 247-74700", "autorisations@eco.etat.lu",
     "https://meco.gouvernement.lu"},
    {"meco", "Ministère de l'Économie", "Wirtschaftsministerium", "Ministry of the Economy",
     "boulevard Royal", "19-21", "2449", "Luxembourg", "+352 247-84100", "info@eco.etat.lu",
     "https://meco.gouvernement.lu"},
    {"marches", "Direction des marchés publics", "Direktion für öffentliche Aufträge",
     "Public Procurement Directorate", "rue de la Congrégation", "4", "1352", "Luxembourg",
     "+352 247-83550", "marches@mmtp.etat.lu", "https://marches.public.lu"},
    {"ilnas",
     "Institut luxembourgeois de la normalisation, de l'accréditation, de la sécurité "
     "et qualité des produits et services",
     "Luxemburger Institut für Normung, Akkreditierung, Sicherheit und Qualität von Produkten "
     "und Dienstleistungen",
     "Luxembourg Institute for Standardisation, Accreditation, Safety and Quality of Products "
     "and Services",
     "avenue Pierre Frieden", "1", "1542", "Luxembourg", "+352 24 77 43-00", "info@ilnas.etat.lu",
     "https://portail-qualite.public.lu"},
    {"statec", "Institut national de la statistique et des études économiques",
     "Nationales Institut für Statistik und Wirtschaftsstudien",
     "National Institute of Statistics and Economic Studies", "boulevard Konrad Adenauer", "13",
     "1115", "Luxembourg", "+352 247-84219", "info@statec.etat.lu",
     "https://statistiques.public.lu"},
    {"police", "Police grand-ducale", "Großherzogliche Polizei", "Grand Ducal Police",
     "rue de Trèves", "2", "2957", "Luxembourg", "+352 244 24-1000", "info@police.etat.lu",
     "https://police.public.lu"},
};

struct CommuneRow
{
    const char* slug;
    const char* name;
    const char* street;
    const char* number;
    const char* postalCode;
    const char* phone;
};

const CommuneRow communeRows[] = {
    {"luxembourg", "Luxembourg", "place Guillaume II", "42", "1648", "+352 47 96-2200"},
    {"esch-sur-alzette", "Esch-sur-Alzette", "place de l'Hôtel de Ville", "1", "4138",
     "+352 27 54-1"},
    {"differdange", "Differdange", "avenue Charlotte", "40", "4530", "+352 58 77-1"},
    {"dudelange", "Dudelange", "place de l'Hôtel de Ville", "1", "3401", "+352 51 61 21-1"},
    {"petange", "Pétange", "place John F. Kennedy", "1", "4760", "+352 50 12 51-1"},
    {"sanem", "Sanem", "rue de la Poste", "60", "4477", "+352 59 30 75-1"},
    {"hesperange", "Hesperange", "route de Thionville", "474", "5886", "+352 36 08 08-1"},
    {"bettembourg", "Bettembourg", "rue de la Gare", "25", "3236", "+352 51 80 80-1"},
    {"schifflange", "Schifflange", "avenue de la Libération", "16", "3850", "+352 54 50 61-1"},
    {"kaerjeng", "Käerjeng", "place de l'Église", "1", "4901", "+352 58 04 88-1"},
    {"mamer", "Mamer", "place de l'Indépendance", "1", "8252", "+352 31 00 31-1"},
    {"strassen", "Strassen", "place Grande-Duchesse Charlotte", "1", "8041", "+352 31 02 62-1"},
    {"bertrange", "Bertrange", "rue Atert", "2", "8051", "+352 26 31 21-1"},
    {"ettelbruck", "Ettelbruck", "place de l'Hôtel de Ville", "1", "9087", "+352 81 91 81-1"},
    {"diekirch", "Diekirch", "place Guillaume", "27", "9237", "+352 80 87 80-1"},
    {"wiltz", "Wiltz", "rue du Château", "1", "9516", "+352 95 99 39-1"},
    {"clervaux", "Clervaux", "Grand-Rue", "33", "9710", "+352 92 00 18-1"},
    {"echternach", "Echternach", "place du Marché", "1", "6460", "+352 72 92 22-1"},
    {"grevenmacher", "Grevenmacher", "route de Trèves", "11", "6793", "+352 75 03 11-1"},
    {"remich", "Remich", "rue Enz", "8", "5532", "+352 23 69 05-1"},
    {"mondorf-les-bains", "Mondorf-les-Bains", "avenue des Bains", "32", "5610", "+352 23 66 78-1"},
    {"mersch", "Mersch", "place Saint-Michel", "1", "7556", "+352 32 50 23-1"},
    {"junglinster", "Junglinster", "rue de Bourglinster", "12", "6112", "+352 78 72 72-1"},
    {"walferdange", "Walferdange", "route de Diekirch", "26", "7220", "+352 33 01 44-1"},
    {"steinsel", "Steinsel", "rue de l'Alzette", "7", "7305", "+352 33 82 32-1"},
    {"kayl", "Kayl", "rue de l'Église", "1", "3670", "+352 56 66 66-1"},
    {"rumelange", "Rumelange", "Grand-Rue", "100", "3730", "+352 56 31 31-1"},
    {"mondercange", "Mondercange", "rue Arthur Thinnes", "4", "3919", "+352 55 05 74-1"},
    {"redange", "Redange", "Grand-Rue", "38", "8510", "+352 23 62 11-1"},
    {"vianden", "Vianden", "rue de la Gare", "37", "9420", "+352 83 42 57-1"},
    {"lorentzweiler", "Lorentzweiler", "route de Luxembourg", "87", "7373", "+352 33 73 53-1"},
    {"sandweiler", "Sandweiler", "rue Principale", "19", "5240", "+352 35 97 11-1"},
};

Administration fromState(const StateRow& r)
{
    Administration a;
    a.id = QString::fromUtf8(r.id);
    a.nameFr = QString::fromUtf8(r.fr);
    a.nameDe = QString::fromUtf8(r.de);
    a.nameEn = QString::fromUtf8(r.en);
    a.street = QString::fromUtf8(r.street);
    a.houseNumber = QString::fromUtf8(r.number);
    a.postalCode = QString::fromUtf8(r.postalCode);
    a.locality = QString::fromUtf8(r.locality);
    a.phone = QString::fromUtf8(r.phone);
    a.email = QString::fromUtf8(r.mailbox);
    a.website = QString::fromUtf8(r.website);
    return a;
}

Administration fromCommune(const CommuneRow& r)
{
    Administration a;
    const QString name = QString::fromUtf8(r.name);
    const QString slug = QString::fromUtf8(r.slug);
    a.id = QStringLiteral("commune-") + slug;
    const bool elided = QStringLiteral("AEIOUÉ").contains(name.front());
    a.nameFr = QStringLiteral("Administration communale ") +
               (elided ? QStringLiteral("d'") : QStringLiteral("de ")) + name;
    a.nameDe = QStringLiteral("Gemeindeverwaltung ") + name;
    a.nameEn = QStringLiteral("Municipality of ") + name;
    a.street = QString::fromUtf8(r.street);
    a.houseNumber = QString::fromUtf8(r.number);
    a.postalCode = QString::fromUtf8(r.postalCode);
    a.locality = name;
    a.phone = QString::fromUtf8(r.phone);
    // Communes answer citizens through their "Biergerzenter" (citizens' office).
    const QString domain = slugOf(name).remove(QLatin1Char('-')) + QStringLiteral(".lu");
    a.email = QStringLiteral("biergerzenter@") + domain;
    a.website = QStringLiteral("https://www.") + domain;
    a.commune = true;
    return a;
}

struct Table
{
    QList<Administration> all;
    QList<int> communes;
    QHash<QString, int> byId;

    Table()
    {
        for (const auto& row : stateRows)
            all.append(fromState(row));
        for (const auto& row : communeRows) {
            communes.append(static_cast<int>(all.size()));
            all.append(fromCommune(row));
        }
        for (int i = 0; i < all.size(); ++i)
            byId.insert(all[i].id, i);
    }
};

const Table& table()
{
    static const Table instance;
    return instance;
}

// Opening hours, from the most common pattern to less common ones.
const Tri openingHours[] = {
    {"Du lundi au vendredi, de 8h00 à 12h00 et de 13h30 à 17h00",
     "Montag bis Freitag, 8.00–12.00 Uhr und 13.30–17.00 Uhr",
     "Monday to Friday, 8 a.m. to 12 noon and 1.30 p.m. to 5 p.m."},
    {"Du lundi au vendredi, de 8h30 à 16h30 sans interruption",
     "Montag bis Freitag, durchgehend 8.30–16.30 Uhr",
     "Monday to Friday, 8.30 a.m. to 4.30 p.m. without a break"},
    {"Lundi, mardi, jeudi et vendredi de 8h00 à 12h00 ; mercredi de 13h00 à 18h00",
     "Montag, Dienstag, Donnerstag und Freitag 8.00–12.00 Uhr; Mittwoch 13.00–18.00 Uhr",
     "Monday, Tuesday, Thursday and Friday 8 a.m. to 12 noon; Wednesday 1 p.m. to 6 p.m."},
    {"Du lundi au vendredi, de 7h30 à 12h00 ; le jeudi jusqu'à 19h00 sur rendez-vous",
     "Montag bis Freitag, 7.30–12.00 Uhr; donnerstags bis 19.00 Uhr nach Vereinbarung",
     "Monday to Friday, 7.30 a.m. to 12 noon; Thursdays until 7 p.m. by appointment"},
};

} // namespace

QString Administration::name(const QString& language) const
{
    if (language == QLatin1String("fr"))
        return nameFr;
    if (language == QLatin1String("de"))
        return nameDe;
    return nameEn;
}

QJsonObject Administration::reference(const QString& language) const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name(language)}};
}

QJsonObject Administration::contact(const QString& language, int hoursVariant) const
{
    // Built once per administration, language and opening hours: building JSON objects is
    // the costly part of the catalogue, and contacts repeat a lot (per thread: no locking).
    static thread_local QHash<QString, QJsonObject> cache;
    const QString key = id + QLatin1Char('/') + language + QString::number(hoursVariant);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QJsonObject address{{QStringLiteral("street"), street},
                              {QStringLiteral("houseNumber"), houseNumber},
                              {QStringLiteral("postalCode"), postalCode},
                              {QStringLiteral("locality"), locality},
                              {QStringLiteral("country"), QStringLiteral("LU")}};
    const auto hours = static_cast<std::size_t>(hoursVariant) % std::size(openingHours);
    const QJsonObject contact{
        {QStringLiteral("organisation"), name(language)},
        {QStringLiteral("address"), address},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email},
        {QStringLiteral("website"), website},
        {QStringLiteral("openingHours"), plain(openingHours[hours], language)}};
    cache.insert(key, contact);
    return contact;
}

const QList<Administration>& administrations()
{
    return table().all;
}

bool hasAdministration(const QString& id)
{
    return table().byId.contains(id);
}

const Administration& administration(const QString& id)
{
    return table().all[table().byId.value(id, 0)];
}

const QList<int>& communeIndexes()
{
    return table().communes;
}

} // namespace guichet::sim::seed::catalogue
