#include "Themes.h"

// The business side of the catalogue: creating a company, permits, taxation, staff,
// public procurement, environment, funding and international trade.
namespace guichet::sim::seed::catalogue {

namespace {

constexpr Kind Cert = Kind::Certificate;
constexpr Kind Perm = Kind::Permit;
constexpr Kind Aid = Kind::Benefit;
constexpr Kind Reg = Kind::Registration;
constexpr Kind Decl = Kind::Declaration;
constexpr Kind Serv = Kind::Service;

Theme creation()
{
    return {
        "creation-developpement",
        true,
        {"Création d'entreprise", "Unternehmensgründung", "Starting a business"},
        {"lbr", "mclasses", "ccss"},
        {{"Les entrepreneurs qui créent ou reprennent une entreprise au Luxembourg.",
          "Unternehmer, die in Luxemburg ein Unternehmen gründen oder übernehmen.",
          "Entrepreneurs starting or taking over a business in Luxembourg."},
         {"Les sociétés commerciales et les entreprises individuelles établies au Luxembourg.",
          "In Luxemburg niedergelassene Handelsgesellschaften und Einzelunternehmen.",
          "Commercial companies and sole traders established in Luxembourg."}},
        {{"Disposer d'un siège d'exploitation fixe au Luxembourg.",
          "Über einen festen Betriebssitz in Luxemburg verfügen.",
          "Have a fixed place of business in Luxembourg."},
         {"Le dirigeant doit remplir les conditions d'honorabilité professionnelle.",
          "Die Geschäftsleitung muss die Anforderungen an die berufliche Zuverlässigkeit "
          "erfüllen.",
          "The manager must meet the requirements of professional integrity."},
         {"Justifier de la qualification professionnelle requise pour l'activité.",
          "Die für die Tätigkeit erforderliche berufliche Qualifikation nachweisen.",
          "Prove the professional qualification required for the activity."},
         {"Les statuts doivent avoir été déposés au Registre de commerce et des sociétés.",
          "Die Satzung muss beim Handels- und Gesellschaftsregister hinterlegt worden sein.",
          "The articles of association must have been filed with the Trade and Companies "
          "Register."}},
        {"concernant le registre de commerce et des sociétés",
         "über das Handels- und Gesellschaftsregister", "on the Trade and Companies Register"},
        {subject(Reg, "~registration with the Trade and Companies Register",
                 "immatriculation au Registre de commerce et des sociétés", 'f',
                 "Eintragung in das Handels- und Gesellschaftsregister", 'f', "lbr"),
         subject(Cert, "extract from the Trade and Companies Register",
                 "extrait du Registre de commerce et des sociétés", 'm',
                 "Auszug aus dem Handels- und Gesellschaftsregister", 'm', "lbr"),
         subject(Reg, "~registration of beneficial owners",
                 "inscription au registre des bénéficiaires effectifs", 'f',
                 "Eintragung in das Register der wirtschaftlichen Eigentümer", 'f', "lbr"),
         subject(Decl, "annual balance sheet", "bilan annuel", 'm', "Jahresabschluss", 'm', "lbr"),
         subject(Cert, "certificate of non-bankruptcy", "certificat de non-faillite", 'm',
                 "Nichtkonkursbescheinigung", 'f', "mj"),
         subject(Reg, "~affiliation as a self-employed person",
                 "affiliation d'un travailleur indépendant", 'f', "Anmeldung als Selbständiger",
                 'f', "ccss"),
         subject(Reg, "~transfer of the registered office", "transfert du siège social", 'm',
                 "Sitzverlegung", 'f', "lbr", 3),
         subject(Reg, "~cessation of activity", "cessation d'activité", 'f', "Geschäftsaufgabe",
                 'f', "mclasses", 3),
         subject(Reg, "~reservation of a company name", "réservation d'une dénomination sociale",
                 'f', "Reservierung eines Firmennamens", 'f', "lbr", 3),
         subject(Serv, "start-up advice session",
                 "séance de conseil à la création "
                 "d'entreprise",
                 'f', "Gründungsberatung", 'f', "meco"),
         subject(Aid, "start-up grant", "aide au démarrage", 'f', "Gründungsbeihilfe", 'f', "meco"),
         subject(Cert, "certificate of professional qualification",
                 "attestation de qualification professionnelle", 'f', "Befähigungsnachweis", 'm',
                 "mclasses")}};
}

Theme permits()
{
    return {
        "autorisations",
        true,
        {"Autorisations", "Genehmigungen", "Permits and licences"},
        {"mclasses", "itm", "commune"},
        {{"Les entreprises qui exercent ou souhaitent exercer une activité réglementée.",
          "Unternehmen, die eine reglementierte Tätigkeit ausüben oder ausüben möchten.",
          "Businesses that carry out or wish to carry out a regulated activity."},
         {"Les exploitants d'établissements ouverts au public.",
          "Betreiber von öffentlich zugänglichen Einrichtungen.",
          "Operators of premises open to the public."}},
        {{"L'établissement doit respecter les normes de sécurité et d'hygiène en vigueur.",
          "Der Betrieb muss die geltenden Sicherheits- und Hygienevorschriften einhalten.",
          "The premises must meet the safety and hygiene standards in force."},
         {"Le responsable doit être joignable pendant les heures d'ouverture.",
          "Der Verantwortliche muss während der Öffnungszeiten erreichbar sein.",
          "The person in charge must be reachable during opening hours."},
         {"L'activité doit être conforme à l'affectation du bâtiment.",
          "Die Tätigkeit muss der Zweckbestimmung des Gebäudes entsprechen.",
          "The activity must match the permitted use of the building."},
         {"Tout changement de dirigeant doit être notifié dans un délai d'un mois.",
          "Ein Wechsel der Geschäftsleitung ist innerhalb eines Monats mitzuteilen.",
          "Any change of manager must be notified within one month."}},
        {"réglementant l'accès aux professions d'artisan, de commerçant, d'industriel ainsi "
         "qu'à certaines professions libérales",
         "über den Zugang zu den Berufen des Handwerkers, Kaufmanns und Industriellen sowie "
         "zu bestimmten freien Berufen",
         "governing access to the professions of craftsman, trader and industrialist and to "
         "certain liberal professions"},
        {subject(Perm, "operating permit for a classified establishment",
                 "autorisation d'exploitation d'un établissement classé", 'f',
                 "Betriebsgenehmigung für eine genehmigungspflichtige Anlage", 'f', "itm"),
         subject(Perm, "licence to sell alcoholic drinks", "licence de cabaretage", 'f',
                 "Schankkonzession", 'f', "aed"),
         subject(Reg, "~registration of a food business",
                 "enregistrement d'une entreprise alimentaire", 'm',
                 "Registrierung eines Lebensmittelunternehmens", 'f', "asv"),
         subject(Perm, "pavement terrace permit",
                 "autorisation de terrasse sur la voie "
                 "publique",
                 'f', "Terrassengenehmigung", 'f', "commune"),
         subject(Perm, "late opening authorisation", "autorisation d'ouverture nocturne", 'f',
                 "Genehmigung für verlängerte Öffnungszeiten", 'f', "commune"),
         subject(Perm, "taxi licence", "licence de taxi", 'f', "Taxilizenz", 'f', "mmtp"),
         subject(Perm, "road haulage licence",
                 "licence de transport de marchandises par "
                 "route",
                 'f', "Güterkraftverkehrslizenz", 'f', "mmtp"),
         subject(Perm, "shop sign permit", "autorisation d'enseigne publicitaire", 'f',
                 "Genehmigung für ein Werbeschild", 'f', "commune"),
         subject(Perm, "~approval as a training provider", "agrément comme organisme de formation",
                 'm', "Zulassung als Weiterbildungsträger", 'f', "mte"),
         subject(Perm, "security company licence",
                 "autorisation pour une entreprise de "
                 "gardiennage",
                 'f', "Genehmigung für ein Bewachungsunternehmen", 'f', "mj"),
         subject(Perm, "Sunday work authorisation", "autorisation de travail le dimanche", 'f',
                 "Genehmigung für Sonntagsarbeit", 'f', "itm", 4),
         subject(Perm, "travel agency licence", "licence d'agence de voyages", 'f',
                 "Reisebürolizenz", 'f', "mclasses")}};
}

Theme businessTax()
{
    return {"fiscalite",
            true,
            {"Fiscalité", "Steuern", "Taxation"},
            {"aed", "acd", "ada"},
            {{"Les entreprises assujetties à la TVA ou à l'impôt sur le revenu des collectivités "
              "au Luxembourg.",
              "In Luxemburg mehrwertsteuerpflichtige oder körperschaftsteuerpflichtige "
              "Unternehmen.",
              "Businesses liable to VAT or corporate income tax in Luxembourg."},
             {"Les indépendants et les sociétés qui réalisent des opérations imposables au "
              "Luxembourg.",
              "Selbständige und Gesellschaften, die in Luxemburg steuerpflichtige Umsätze "
              "tätigen.",
              "Self-employed people and companies carrying out taxable transactions in "
              "Luxembourg."}},
            {{"Être immatriculé auprès de l'administration fiscale compétente.",
              "Bei der zuständigen Steuerverwaltung registriert sein.",
              "Be registered with the competent tax authority."},
             {"Tenir une comptabilité conforme aux dispositions légales.",
              "Eine den gesetzlichen Vorschriften entsprechende Buchführung haben.",
              "Keep accounts in accordance with the law."},
             {"Avoir déposé toutes les déclarations des périodes précédentes.",
              "Alle Erklärungen für die vorangegangenen Zeiträume abgegeben haben.",
              "Have filed all returns for previous periods."},
             {"Les montants doivent être déclarés en euros.",
              "Die Beträge sind in Euro "
              "anzugeben.",
              "Amounts must be declared in euros."}},
            {"concernant la taxe sur la valeur ajoutée", "über die Mehrwertsteuer",
             "on value added tax"},
            {subject(Decl, "VAT return", "déclaration de TVA", 'f', "Mehrwertsteuererklärung", 'f',
                     "aed"),
             subject(Decl, "recapitulative statement of intra-Community supplies",
                     "état récapitulatif des livraisons intracommunautaires", 'm',
                     "Meldung innergemeinschaftlicher Lieferungen", 'f', "aed"),
             subject(Decl, "corporate income tax return",
                     "déclaration de l'impôt sur le revenu "
                     "des collectivités",
                     'f', "Körperschaftsteuererklärung", 'f', "acd"),
             subject(Decl, "municipal business tax return",
                     "déclaration de l'impôt commercial "
                     "communal",
                     'f', "Gewerbesteuererklärung", 'f', "acd"),
             subject(Decl, "wage tax return", "déclaration de retenue d'impôt sur salaires", 'f',
                     "Lohnsteueranmeldung", 'f', "acd"),
             subject(Cert, "VAT identification certificate",
                     "attestation d'identification à la "
                     "TVA",
                     'f', "Bescheinigung über die Mehrwertsteuer-Identifikation", 'f', "aed", 4),
             subject(Aid, "~VAT refund for foreign businesses",
                     "remboursement de TVA aux "
                     "entreprises étrangères",
                     'm', "Mehrwertsteuererstattung für ausländische Unternehmen", 'f', "aed", 2),
             subject(Aid, "investment tax credit", "bonification d'impôt pour investissement", 'f',
                     "Investitionssteuerbonus", 'm', "acd", 4),
             subject(Cert, "tax clearance certificate", "certificat de régularité fiscale", 'm',
                     "Unbedenklichkeitsbescheinigung", 'f', "acd"),
             subject(Reg, "~registration for excise duties", "enregistrement aux accises", 'm',
                     "Verbrauchsteuerregistrierung", 'f', "ada", 3),
             subject(Decl, "import customs declaration", "déclaration en douane à l'importation",
                     'f', "Einfuhrzollanmeldung", 'f', "ada"),
             subject(Reg, "payment plan for tax arrears", "plan d'apurement des arriérés fiscaux",
                     'm', "Ratenplan für Steuerrückstände", 'm', "acd", 2)}};
}

Theme employment()
{
    return {"ressources-humaines",
            true,
            {"Ressources humaines", "Personal", "Employing staff"},
            {"ccss", "adem", "itm"},
            {{"Les employeurs établis au Luxembourg, quelle que soit leur taille.",
              "In Luxemburg niedergelassene Arbeitgeber jeder Größe.",
              "Employers established in Luxembourg, whatever their size."},
             {"Les entreprises qui recrutent, détachent ou forment du personnel.",
              "Unternehmen, die Personal einstellen, entsenden oder ausbilden.",
              "Businesses that recruit, post or train staff."}},
            {{"L'employeur doit être affilié au Centre commun de la sécurité sociale.",
              "Der Arbeitgeber muss beim Gemeinsamen Sozialversicherungszentrum angemeldet sein.",
              "The employer must be registered with the Joint Social Security Centre."},
             {"Le contrat de travail doit être conclu par écrit.",
              "Der Arbeitsvertrag muss schriftlich abgeschlossen werden.",
              "The employment contract must be in writing."},
             {"Le poste doit avoir été déclaré vacant à l'ADEM.",
              "Die Stelle muss der ADEM als offen gemeldet worden sein.",
              "The vacancy must have been declared to ADEM."},
             {"L'entreprise ne doit pas avoir procédé à des licenciements économiques au cours "
              "des six derniers mois.",
              "Das Unternehmen darf in den letzten sechs Monaten keine betriebsbedingten "
              "Kündigungen ausgesprochen haben.",
              "The business must not have made economic redundancies in the last six months."}},
            {"relative au maintien dans l'emploi", "über die Beschäftigungssicherung",
             "on job retention"},
            {subject(Reg, "~declaration of a vacancy", "déclaration de poste vacant", 'f',
                     "Meldung einer offenen Stelle", 'f', "adem"),
             subject(Reg, "~registration of an employee with social security",
                     "affiliation d'un salarié", 'f', "Anmeldung eines Arbeitnehmers", 'f', "ccss"),
             subject(Aid, "short-time working allowance", "indemnité de chômage partiel", 'f',
                     "Kurzarbeitergeld", 'n', "adem"),
             subject(Aid, "hiring aid for older jobseekers", "aide à l'embauche de chômeurs âgés",
                     'f', "Einstellungsbeihilfe für ältere Arbeitsuchende", 'f', "adem"),
             subject(Aid, "apprenticeship promotion aid",
                     "aide à la promotion de "
                     "l'apprentissage",
                     'f', "Lehrlingsförderung", 'f', "menje"),
             subject(Reg, "~posting of workers to Luxembourg",
                     "déclaration de détachement de "
                     "salariés",
                     'f', "Entsendemeldung", 'f', "itm"),
             subject(Cert, "A1 certificate for posted workers", "certificat A1 de détachement", 'm',
                     "A1-Bescheinigung", 'f', "ccss"),
             subject(Reg, "~declaration of a workplace accident",
                     "déclaration d'accident du "
                     "travail",
                     'f', "Meldung eines Arbeitsunfalls", 'f', "ccss", 3),
             subject(Aid, "continuing training aid",
                     "aide à la formation professionnelle "
                     "continue",
                     'f', "Weiterbildungsförderung", 'f', "mte"),
             subject(Perm, "overtime authorisation", "autorisation de travail supplémentaire", 'f',
                     "Überstundengenehmigung", 'f', "itm", 4),
             subject(Cert, "certificate of contributions paid",
                     "certificat de paiement des "
                     "cotisations",
                     'm', "Beitragszahlungsbescheinigung", 'f', "ccss"),
             subject(Aid, "~reimbursement by the Employers' Mutual Insurance Scheme",
                     "remboursement par la Mutualité des employeurs", 'm',
                     "Erstattung durch die Arbeitgeber-Mutualität", 'f', "ccss", 4)}};
}

Theme procurement()
{
    return {
        "marches-publics",
        true,
        {"Marchés publics", "Öffentliche Aufträge", "Public procurement"},
        {"marches", "commune"},
        {{"Les entreprises qui souhaitent répondre à des marchés publics au Luxembourg.",
          "Unternehmen, die sich in Luxemburg an öffentlichen Ausschreibungen beteiligen "
          "möchten.",
          "Businesses wishing to bid for public contracts in Luxembourg."},
         {"Les soumissionnaires et les titulaires de marchés publics.",
          "Bieter und Auftragnehmer öffentlicher Aufträge.",
          "Bidders and holders of public contracts."}},
        {{"Ne pas se trouver dans un cas d'exclusion prévu par la loi.",
          "Sich in keinem gesetzlich vorgesehenen Ausschlussfall befinden.",
          "Not be in any of the exclusion situations provided for by law."},
         {"Être en règle avec ses obligations fiscales et sociales.",
          "Die steuerlichen und sozialen Verpflichtungen erfüllt haben.",
          "Be up to date with tax and social security obligations."},
         {"Justifier de capacités techniques et financières suffisantes.",
          "Ausreichende technische und finanzielle Leistungsfähigkeit nachweisen.",
          "Prove sufficient technical and financial capacity."},
         {"Remettre l'offre avant la date et l'heure limites.",
          "Das Angebot vor Ablauf der Frist einreichen.",
          "Submit the tender before the closing date and time."}},
        {"sur les marchés publics", "über das öffentliche Auftragswesen", "on public procurement"},
        {subject(Decl, "tender for a public contract", "offre pour un marché public", 'f',
                 "Angebot für einen öffentlichen Auftrag", 'n', "marches"),
         subject(Decl, "request to participate in a restricted procedure",
                 "demande de participation à une procédure restreinte", 'f',
                 "Teilnahmeantrag für ein nichtoffenes Verfahren", 'm', "marches"),
         subject(Cert, "European Single Procurement Document", "document unique de marché européen",
                 'm', "Eigenerklärung für öffentliche Aufträge", 'f', "marches", 3),
         subject(Reg, "~registration on the public procurement portal",
                 "inscription sur le portail des marchés publics", 'f',
                 "Registrierung auf dem Vergabeportal", 'f', "marches"),
         subject(Serv, "bidders' information session",
                 "séance d'information pour "
                 "soumissionnaires",
                 'f', "Bieterinformationsveranstaltung", 'f', "marches", 3),
         subject(Reg, "~appeal against an award decision",
                 "recours contre une décision "
                 "d'attribution",
                 'm', "Nachprüfungsantrag gegen eine Zuschlagsentscheidung", 'm', "marches", 2),
         subject(Cert, "certificate of satisfactory performance", "certificat de bonne exécution",
                 'm', "Bescheinigung über die ordnungsgemäße Ausführung", 'f', "commune"),
         subject(Reg, "~approval of a subcontractor", "agrément d'un sous-traitant", 'm',
                 "Zulassung eines Nachunternehmers", 'f', "marches", 3),
         subject(Aid, "advance payment on a public contract", "avance sur un marché public", 'f',
                 "Vorauszahlung für einen öffentlichen Auftrag", 'f', "marches", 2),
         subject(Decl, "e-invoice to a public authority",
                 "facture électronique à une "
                 "autorité publique",
                 'f', "E-Rechnung an eine Behörde", 'f', "marches")}};
}

Theme businessEnvironment()
{
    return {
        "environnement-entreprises",
        true,
        {"Environnement", "Umwelt", "Environment"},
        {"aev", "age"},
        {{"Les entreprises dont l'activité a un impact sur l'environnement.",
          "Unternehmen, deren Tätigkeit sich auf die Umwelt auswirkt.",
          "Businesses whose activity has an impact on the environment."},
         {"Les exploitants d'installations industrielles, artisanales ou agricoles.",
          "Betreiber von Industrie-, Handwerks- oder Landwirtschaftsanlagen.",
          "Operators of industrial, craft or agricultural facilities."}},
        {{"Respecter les valeurs limites d'émission fixées dans l'autorisation.",
          "Die in der Genehmigung festgelegten Emissionsgrenzwerte einhalten.",
          "Comply with the emission limit values set in the permit."},
         {"Tenir un registre des déchets produits et de leur élimination.",
          "Ein Register über die erzeugten Abfälle und ihre Entsorgung führen.",
          "Keep a register of the waste produced and how it is disposed of."},
         {"Faire réaliser les mesures par un organisme agréé.",
          "Die Messungen von einer zugelassenen Stelle durchführen lassen.",
          "Have the measurements carried out by an approved body."},
         {"Déclarer sans délai tout incident susceptible de causer une pollution.",
          "Jeden Vorfall, der zu einer Verschmutzung führen kann, unverzüglich melden.",
          "Report any incident likely to cause pollution without delay."}},
        {"relative à la gestion des déchets", "über die Abfallwirtschaft", "on waste management"},
        {subject(Perm, "waste collection and transport permit",
                 "autorisation de collecte et de transport de déchets", 'f',
                 "Genehmigung für die Sammlung und Beförderung von Abfällen", 'f', "aev"),
         subject(Perm, "water abstraction permit", "autorisation de prélèvement d'eau", 'f',
                 "Wasserentnahmegenehmigung", 'f', "age"),
         subject(Perm, "wastewater discharge permit", "autorisation de rejet d'eaux usées", 'f',
                 "Abwassereinleitungsgenehmigung", 'f', "age"),
         subject(Decl, "annual waste declaration", "déclaration annuelle des déchets", 'f',
                 "Abfalljahresmeldung", 'f', "aev"),
         subject(Decl, "greenhouse gas emissions report",
                 "déclaration des émissions de gaz à "
                 "effet de serre",
                 'f', "Treibhausgasemissionsbericht", 'm', "aev"),
         subject(Aid, "environmental protection investment aid",
                 "aide aux investissements en faveur de la protection de l'environnement", 'f',
                 "Umweltschutzinvestitionsbeihilfe", 'f', "meco"),
         subject(Cert, "SuperDrecksKëscht fir Betriber label",
                 "label SuperDrecksKëscht fir Betriber", 'm',
                 "Gütesiegel SuperDrecksKëscht fir Betriber", 'n', "aev", 2),
         subject(Perm, "~approval as an environmental consultancy",
                 "agrément comme bureau d'études environnementales", 'm',
                 "Zulassung als Umweltgutachter", 'f', "aev"),
         subject(Reg, "~registration as a waste producer",
                 "enregistrement comme producteur de déchets", 'm',
                 "Registrierung als Abfallerzeuger", 'f', "aev"),
         subject(Perm, "cross-border waste shipment authorisation",
                 "autorisation de transfert transfrontalier de déchets", 'f',
                 "Genehmigung für die grenzüberschreitende Abfallverbringung", 'f', "aev"),
         subject(Serv, "environmental compliance inspection",
                 "inspection de conformité environnementale", 'f', "Umweltinspektion", 'f',
                 "aev")}};
}

Theme funding()
{
    return {"aides-entreprises",
            true,
            {"Aides et subventions", "Förderungen", "Funding and aid"},
            {"meco", "mclasses"},
            {{"Les PME et les grandes entreprises qui investissent au Luxembourg.",
              "KMU und Großunternehmen, die in Luxemburg investieren.",
              "SMEs and large companies investing in Luxembourg."},
             {"Les entreprises innovantes et les jeunes pousses.",
              "Innovative Unternehmen und Start-ups.", "Innovative companies and start-ups."}},
            {{"Le projet ne doit pas avoir commencé avant le dépôt de la demande.",
              "Das Projekt darf vor Antragstellung nicht begonnen haben.",
              "The project must not have started before the application is filed."},
             {"L'entreprise doit disposer d'une autorisation d'établissement valable.",
              "Das Unternehmen muss eine gültige Niederlassungsgenehmigung besitzen.",
              "The business must hold a valid business permit."},
             {"Les dépenses doivent être justifiées par des factures acquittées.",
              "Die Ausgaben müssen durch bezahlte Rechnungen belegt werden.",
              "Expenses must be backed by paid invoices."},
             {"Le cumul avec d'autres aides publiques est limité par les règles de l'Union "
              "européenne.",
              "Die Kumulierung mit anderen öffentlichen Beihilfen ist durch EU-Recht begrenzt.",
              "Combining with other public aid is limited by EU rules."}},
            {"relative à un régime d'aides en faveur des petites et moyennes entreprises",
             "über eine Beihilferegelung für kleine und mittlere Unternehmen",
             "on an aid scheme for small and medium-sized enterprises"},
            {subject(Aid, "research and development aid",
                     "aide à la recherche et au "
                     "développement",
                     'f', "Forschungs- und Entwicklungsbeihilfe", 'f', "meco"),
             subject(Aid, "innovation aid for SMEs", "aide à l'innovation pour PME", 'f',
                     "Innovationsbeihilfe für KMU", 'f', "meco"),
             subject(Aid, "digitalisation aid (SME Packages)",
                     "aide à la digitalisation (SME "
                     "Packages)",
                     'f', "Digitalisierungsbeihilfe (SME Packages)", 'f', "meco"),
             subject(Aid, "regional investment aid",
                     "aide à l'investissement à finalité "
                     "régionale",
                     'f', "Regionalinvestitionsbeihilfe", 'f', "meco"),
             subject(Aid, "energy efficiency aid for businesses",
                     "aide à l'efficacité "
                     "énergétique des entreprises",
                     'f', "Energieeffizienzbeihilfe", 'f', "meco"),
             subject(Aid, "export promotion aid", "aide à la promotion des exportations", 'f',
                     "Exportförderung", 'f', "meco"),
             subject(Aid, "trade fair participation aid", "aide à la participation aux foires", 'f',
                     "Messebeihilfe", 'f', "meco"),
             subject(Aid, "consultancy aid for craft businesses",
                     "aide au conseil pour "
                     "entreprises artisanales",
                     'f', "Beratungsbeihilfe für Handwerksbetriebe", 'f', "mclasses"),
             subject(Aid, "business transfer aid", "aide à la transmission d'entreprise", 'f',
                     "Beihilfe zur Unternehmensnachfolge", 'f', "mclasses"),
             subject(Serv, "consultation with a business adviser",
                     "entretien avec un conseiller en entreprise", 'm',
                     "Beratungsgespräch mit einem Unternehmensberater", 'n', "meco"),
             subject(Cert, "SME status certificate", "attestation de statut de PME", 'f',
                     "KMU-Statusbescheinigung", 'f', "meco", 3)}};
}

Theme trade()
{
    return {
        "commerce-international",
        true,
        {"Commerce international", "Außenhandel", "International trade"},
        {"ada", "meco"},
        {{"Les entreprises qui importent ou exportent des marchandises hors de l'Union "
          "européenne.",
          "Unternehmen, die Waren in Länder außerhalb der Europäischen Union ein- oder "
          "ausführen.",
          "Businesses importing or exporting goods outside the European Union."},
         {"Les commissionnaires en douane et les transporteurs internationaux.",
          "Zollagenten und internationale Transportunternehmen.",
          "Customs brokers and international carriers."}},
        {{"Disposer d'un numéro EORI valable.", "Über eine gültige EORI-Nummer verfügen.",
          "Hold a valid EORI number."},
         {"Les marchandises doivent être classées selon la nomenclature combinée.",
          "Die Waren müssen nach der Kombinierten Nomenklatur eingereiht werden.",
          "Goods must be classified under the Combined Nomenclature."},
         {"Respecter les mesures restrictives de l'Union européenne.",
          "Die restriktiven Maßnahmen der Europäischen Union einhalten.",
          "Comply with European Union restrictive measures."},
         {"Conserver les justificatifs pendant dix ans.",
          "Die Belege zehn Jahre lang "
          "aufbewahren.",
          "Keep supporting documents for ten years."}},
        {"relative au contrôle des exportations", "über die Ausfuhrkontrolle",
         "on export controls"},
        {subject(Reg, "EORI number", "numéro EORI", 'm', "EORI-Nummer", 'f', "ada", 3),
         subject(Perm, "export licence for dual-use goods",
                 "licence d'exportation de biens à "
                 "double usage",
                 'f', "Ausfuhrgenehmigung für Güter mit doppeltem Verwendungszweck", 'f', "meco"),
         subject(Perm, "import licence for steel products",
                 "licence d'importation de "
                 "produits sidérurgiques",
                 'f', "Einfuhrlizenz für Stahlerzeugnisse", 'f', "meco"),
         subject(Cert, "certificate of origin", "certificat d'origine", 'm', "Ursprungszeugnis",
                 'n', "ada"),
         subject(Perm, "~authorised economic operator status",
                 "statut d'opérateur "
                 "économique agréé",
                 'm', "Status als zugelassener Wirtschaftsbeteiligter", 'm', "ada"),
         subject(Perm, "ATA carnet", "carnet ATA", 'm', "Carnet ATA", 'n', "ada"),
         subject(Decl, "Intrastat declaration", "déclaration Intrastat", 'f', "Intrastat-Meldung",
                 'f', "statec"),
         subject(Perm, "customs warehouse authorisation", "autorisation d'entrepôt douanier", 'f',
                 "Zolllagerbewilligung", 'f', "ada"),
         subject(Aid, "export credit insurance", "assurance-crédit à l'exportation", 'f',
                 "Exportkreditversicherung", 'f', "meco", 3),
         subject(Decl, "excise declaration for energy products",
                 "déclaration d'accises pour "
                 "produits énergétiques",
                 'f', "Verbrauchsteueranmeldung für Energieerzeugnisse", 'f', "ada")}};
}

} // namespace

const QList<Theme>& businessThemes()
{
    static const QList<Theme> themes{creation(),   permits(),     businessTax(),
                                     employment(), procurement(), businessEnvironment(),
                                     funding(),    trade()};
    return themes;
}

} // namespace guichet::sim::seed::catalogue
