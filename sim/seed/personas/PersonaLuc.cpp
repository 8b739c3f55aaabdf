#include "PersonaFactories.h"

#include "RoutineAccesses.h"
#include "SeedIds.h"
#include "SpaceBuilder.h"

using namespace Qt::Literals::StringLiterals;

// Luc Weber: signs with a LuxTrust stick and works in three spaces: his own (little in
// it), the construction company he runs, and his family's bakery where he is manager.
// German is his language on the portal.
namespace guichet::sim::seed {

namespace {

const QString kName = u"Luc Weber"_s;
const QString kHolder = u"1234567890123"_s; // LuxTrust SSN on his certificate
const QString kNational = u"1978061512333"_s;

SpaceBuilder::DossierSpec dossier(int number, const QString& formKey, const QString& version,
                                  const QString& title, const QString& reference,
                                  const QString& administrationId, const QDateTime& at,
                                  const QStringList& summary, const QStringList& attachments = {})
{
    return {number, formKey, version, title,       reference, administrationId,
            at,     kName,   kHolder, attachments, summary};
}

QString lastQuarter(const QDateTime& now)
{
    const QDate d = now.date().addMonths(-3);
    return u"%1-Q%2"_s.arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

SpaceSeed privateSpace(const QDateTime& now)
{
    SpaceBuilder b(u"luc-weber"_s,
                   {{u"id"_s, QString::fromLatin1(kLucPrivateSpace)},
                    {u"kind"_s, u"private"_s},
                    {u"displayName"_s, u"Privater Bereich - Luc Weber"_s},
                    {u"role"_s, u"administrator"_s}},
                   now, u"de"_s);
    b.addRecord(u"rnpp-identity"_s, b.past(3000, 0), 1,
                {{u"nationalNumber"_s, kNational},
                 {u"givenName"_s, u"Luc"_s},
                 {u"surname"_s, u"Weber"_s},
                 {u"birthDate"_s, u"1978-06-15"_s},
                 {u"birthPlace"_s, u"Ettelbruck"_s},
                 {u"nationality"_s, u"luxemburgisch"_s},
                 {u"sex"_s, u"M"_s}});
    b.addRecord(u"rnpp-address"_s, b.past(2100, 0), 2,
                {{u"address"_s,
                  SpaceBuilder::address(u"27"_s, u"route d'Arlon"_s, u"8008"_s, u"Strassen"_s)},
                 {u"commune"_s, u"Strassen"_s},
                 {u"residentSince"_s, isoDate(b.past(2100, 0))},
                 {u"householdSize"_s, 4}});
    b.addRecord(u"driving-licence"_s, b.past(900, 0), 2,
                {{u"licenceNumber"_s, u"LU-0277154"_s},
                 {u"categories"_s, u"B, BE, C1"_s},
                 {u"points"_s, 12},
                 {u"validUntil"_s, u"2031-09-30"_s}});
    b.setValues(u"personal"_s, {{u"email"_s, u"luc.weber@pt.lu"_s},
                                {u"phone"_s, u"+352691204578"_s},
                                {u"iban"_s, u"LU810030458812761000"_s}});

    const QString strassen = u"commune-strassen"_s;
    {
        const QDateTime at = b.past(75, 19, 10);
        const QString d = b.addDossier(
            dossier(2290, u"residence-certificate"_s, u"1.1.0"_s, u"Wohnsitzbescheinigung"_s,
                    u"STR-WB-%1-2290"_s.arg(at.date().year()), strassen, at,
                    {u"Art: einfache Wohnsitzbescheinigung"_s, u"Anzahl: 1"_s}));
        b.progress(d, b.past(74, 8, 30));
        const QString certificate =
            b.issued(u"residence-certificate"_s, strassen, u"Wohnsitzbescheinigung"_s,
                     u"wohnsitzbescheinigung.pdf"_s, d, b.past(74, 11, 0),
                     {u"Herr Luc Weber, geboren am 15. Juni 1978 in Ettelbruck,"_s,
                      u"wohnt in 27, route d'Arlon, L-8008 Strassen."_s});
        b.decide(d, b.past(74, 11, 0), u"granted"_s, u"Bescheinigung ausgestellt."_s, certificate);
        b.receive(u"residence-ready"_s, d, strassen, u"Einwohnermeldeamt Strassen"_s,
                  u"Ihre Wohnsitzbescheinigung"_s,
                  u"Sehr geehrter Herr Weber,\nanbei Ihre Wohnsitzbescheinigung.\n\n"
                  "Mit freundlichen Grüßen\nGemeindeverwaltung Strassen"_s,
                  b.past(74, 11, 1), true, {certificate});
        b.close(d, b.past(44, 6, 0));
    }
    {
        const QDateTime at = b.past(4, 21, 15);
        const QString d = b.addDossier(
            dossier(23950, u"criminal-record-extract"_s, u"2.0.0"_s,
                    u"Antrag auf Strafregisterauszug"_s, u"CJ-%1-23950"_s.arg(at.date().year()),
                    u"casier"_s, at, {u"Auszug: Nr. 3"_s, u"Zweck: öffentliche Ausschreibung"_s}));
        b.progress(d, b.past(3, 8, 0));
        b.decide(d, b.fromNow(86400), u"granted"_s, u"Auszug ausgestellt: keine Eintragung."_s,
                 QString());
    }
    b.uploaded(u"passport-scan"_s, u"Reisepass (Kopie)"_s, u"reisepass.pdf"_s, b.past(500, 20, 0),
               {u"Luxemburgischer Reisepass"_s, u"Inhaber: Luc Weber"_s, u"Gültig bis: 03/2029"_s});
    b.receive(u"tax-card"_s, u"acd-info"_s, u"acd"_s,
              u"Administration des contributions directes"_s, u"Ihre Lohnsteuerkarte"_s,
              u"Sehr geehrter Herr Weber,\nIhre Lohnsteuerkarte für dieses Jahr liegt in Ihren "
              "Dokumenten.\n\nACD"_s,
              b.past(22, 6, 0), false);
    addRoutineAccesses(b, {{u"rnpp-identity"_s, u"rnpp-address"_s, u"driving-licence"_s},
                           strassen,
                           40,
                           b.past(730, 0),
                           b.past(1, 0),
                           0x4C5543});
    return b.finish();
}

struct Company
{
    const char* seedPrefix;
    const char* spaceId;
    const char* name;
    const char* legalForm;
    const char* rcs;
    const char* vat;
    const char* role;
    QJsonObject address;
    const char* manager;
};

SpaceBuilder companyBuilder(const Company& c, const QDateTime& now)
{
    const QJsonObject company{{u"name"_s, QString::fromUtf8(c.name)},
                              {u"legalForm"_s, QString::fromUtf8(c.legalForm)},
                              {u"rcsNumber"_s, QString::fromLatin1(c.rcs)},
                              {u"vatNumber"_s, QString::fromLatin1(c.vat)}};
    SpaceBuilder b(QString::fromLatin1(c.seedPrefix),
                   {{u"id"_s, QString::fromLatin1(c.spaceId)},
                    {u"kind"_s, u"professional"_s},
                    {u"displayName"_s, QString::fromUtf8(c.name)},
                    {u"role"_s, QString::fromLatin1(c.role)},
                    {u"company"_s, company}},
                   now, u"de"_s);
    b.addRecord(u"rcs"_s, b.past(400, 0), 6,
                {{u"rcsNumber"_s, QString::fromLatin1(c.rcs)},
                 {u"companyName"_s, QString::fromUtf8(c.name)},
                 {u"legalForm"_s, QString::fromUtf8(c.legalForm)},
                 {u"registeredAddress"_s, c.address},
                 {u"manager"_s, QString::fromUtf8(c.manager)}});
    return b;
}

SpaceSeed weberConstructions(const QDateTime& now)
{
    SpaceBuilder b = companyBuilder(
        {"weber-constructions", kWeberConstructionsSpace, "Weber Constructions S.A.", "S.A.",
         "B123456", "LU12345613", "administrator",
         SpaceBuilder::address(u"15"_s, u"rue des Artisans"_s, u"8080"_s, u"Bertrange"_s),
         "Luc Weber"},
        now);
    b.addRecord(u"vat"_s, b.past(40, 0), 31,
                {{u"vatNumber"_s, u"LU12345613"_s},
                 {u"balance"_s, -2450.75},
                 {u"lastReturnPeriod"_s, lastQuarter(now)}});
    b.setValues(u"personal"_s, {{u"email"_s, u"buero@weber-constructions.lu"_s},
                                {u"phone"_s, u"+352310845"_s},
                                {u"iban"_s, u"LU180141902203455000"_s}});

    const QString eco = u"guichet-entreprises"_s;
    {
        const QDateTime at = b.past(300, 16, 20);
        const QString diploma =
            b.submitted(u"master-diploma"_s, u"Meisterbrief - Dachdecker"_s, u"meisterbrief.pdf"_s,
                        dossierId(at.date().year(), 40611), at,
                        {u"Chambre des métiers du Grand-Duché de Luxembourg"_s,
                         u"Brevet de maîtrise: Dachdecker"_s, u"Inhaber: Luc Weber"_s});
        const QString d = b.addDossier(
            dossier(40611, u"business-permit"_s, u"3.0.0"_s,
                    u"Niederlassungsgenehmigung - Erweiterung Dachdeckerei"_s,
                    u"DGCM-AE-%1-40611"_s.arg(at.date().year()), eco, at,
                    {u"Unternehmen: Weber Constructions S.A. (B123456)"_s,
                     u"Neue Tätigkeit: Dachdecker"_s, u"Verantwortliche Person: Luc Weber"_s},
                    {diploma}));
        b.progress(d, b.past(296, 9, 0));
        const QString ask = b.receive(
            u"permit-ask"_s, d, eco, u"Direction générale des classes moyennes"_s,
            u"Ihr Antrag DGCM-AE-%1-40611"_s.arg(at.date().year()),
            u"Sehr geehrter Herr Weber,\nbitte reichen Sie den Nachweis über die Anstellung "
            "der verantwortlichen Person nach.\n\nMit freundlichen Grüßen"_s,
            b.past(290, 10, 0), true);
        b.requestInformation(d, b.past(290, 10, 0),
                             u"Nachweis der Anstellung der verantwortlichen Person."_s,
                             isoDate(b.past(270, 0)), ask);
        const QString reply = b.messageIdFor(u"permit-reply"_s);
        const QString contract = b.submitted(u"permit-contract"_s, u"Arbeitsvertrag - Luc Weber"_s,
                                             u"arbeitsvertrag.pdf"_s, d, b.past(288, 17, 0),
                                             {u"Arbeitgeber: Weber Constructions S.A."_s,
                                              u"Funktion: Geschäftsführer, 40 Std./Woche"_s},
                                             reply);
        b.send(u"permit-reply"_s, d, eco, kName,
               u"AW: Ihr Antrag DGCM-AE-%1-40611"_s.arg(at.date().year()),
               u"Guten Tag,\nanbei der Arbeitsvertrag.\nMit freundlichen Grüßen\nLuc Weber"_s,
               b.past(288, 17, 2), ask, {contract});
        b.progress(d, b.past(287, 8, 0));
        const QString permit = b.issued(
            u"permit"_s, eco, u"Niederlassungsgenehmigung Nr. 10123456/3"_s,
            u"niederlassungsgenehmigung.pdf"_s, d, b.past(270, 11, 0),
            {u"Inhaber: Weber Constructions S.A., 15, rue des Artisans, L-8080 Bertrange"_s,
             u"Tätigkeiten: Bauunternehmer, Dachdecker"_s, u"Unbefristet gültig."_s});
        b.decide(d, b.past(270, 11, 0), u"granted"_s,
                 u"Genehmigung um die Tätigkeit Dachdecker erweitert."_s, permit);
        b.close(d, b.past(240, 6, 0));
    }
    {
        const QDateTime at = b.past(6, 9, 45);
        SpaceBuilder::DossierSpec spec =
            dossier(51207, u"tax-clearance-certificate"_s, u"1.0.0"_s,
                    u"Steuerbescheinigung für öffentliche Ausschreibungen"_s,
                    u"ACD-CNO-%1-51207"_s.arg(at.date().year()), u"acd"_s, at,
                    {u"Zweck: öffentliche Ausschreibung Gemeinde Mamer"_s});
        spec.titles = {u"Certificat de situation fiscale pour marchés publics"_s, spec.title,
                       u"Tax clearance certificate for public tenders"_s};
        const QString d = b.addDossier(spec);
        b.progress(d, b.past(5, 8, 0));
        b.send(u"clearance-question"_s, d, u"acd"_s, kName, u"Frist der Ausschreibung"_s,
               u"Guten Tag,\ndie Ausschreibung endet in zwei Wochen. Ist die Bescheinigung bis "
               "dahin verfügbar?\nLuc Weber"_s,
               b.past(4, 18, 0), QString());
        b.decide(d, b.fromNow(86400), u"granted"_s, u"Keine Steuerrückstände."_s, QString());
    }
    b.receive(u"vat-reminder"_s, u"aed-vat"_s, u"aed"_s, u"AED - Service TVA"_s,
              u"Erinnerung: Mehrwertsteuererklärung"_s,
              u"Sehr geehrte Damen und Herren,\ndie Erklärung für das laufende Quartal ist bis "
              "zum 15. des Folgemonats einzureichen.\n\nAED"_s,
              b.past(10, 7, 0), false);
    addRoutineAccesses(
        b, {{u"rcs"_s, u"vat"_s}, QString(), 60, b.past(730, 0), b.past(1, 0), 0x574542});
    return b.finish();
}

SpaceSeed boulangerieWeber(const QDateTime& now)
{
    SpaceBuilder b = companyBuilder(
        {"boulangerie-weber", kBoulangerieWeberSpace, "Boulangerie Weber S.à r.l.", "S.à r.l.",
         "B254871", "LU25487164", "manager",
         SpaceBuilder::address(u"4"_s, u"Grand-Rue"_s, u"9050"_s, u"Ettelbruck"_s), "Claire Weber"},
        now);
    b.addRecord(u"vat"_s, b.past(30, 0), 3,
                {{u"vatNumber"_s, u"LU25487164"_s},
                 {u"balance"_s, 0},
                 {u"lastReturnPeriod"_s, lastQuarter(now)}});
    b.setValues(u"personal"_s, {{u"email"_s, u"info@boulangerie-weber.lu"_s},
                                {u"phone"_s, u"+352812233"_s},
                                {u"iban"_s, u"LU160080313579246800"_s}});
    {
        const QDateTime at = b.past(150, 14, 0);
        const QString statutes =
            b.submitted(u"statutes"_s, u"Satzung der Gesellschaft"_s, u"satzung.pdf"_s,
                        dossierId(at.date().year(), 70288), at,
                        {u"Boulangerie Weber S.à r.l., Gesellschaftskapital 12 000 EUR"_s,
                         u"Gesellschafter: Claire Weber, Luc Weber"_s});
        const QString d = b.addDossier(
            dossier(70288, u"vat-registration"_s, u"2.2.0"_s, u"Anmeldung zur Mehrwertsteuer"_s,
                    u"AED-IMM-%1-70288"_s.arg(at.date().year()), u"aed"_s, at,
                    {u"Tätigkeit: Bäckerei-Konditorei mit Verkaufsraum"_s,
                     u"Erwarteter Jahresumsatz: 420 000 EUR"_s, u"Regime: vierteljährlich"_s},
                    {statutes}));
        b.progress(d, b.past(140, 9, 0));
        const QString confirmation = b.issued(
            u"vat-confirmation"_s, u"aed"_s, u"Bestätigung der MwSt-Identifikationsnummer"_s,
            u"bestaetigung-mwst.pdf"_s, d, b.past(128, 10, 30),
            {u"Boulangerie Weber S.à r.l."_s, u"MwSt-Identifikationsnummer: LU25487164"_s,
             u"Erklärungen: vierteljährlich"_s});
        b.decide(d, b.past(128, 10, 30), u"granted"_s, u"MwSt-Nummer LU25487164 zugeteilt."_s,
                 confirmation);
        b.receive(u"vat-done"_s, d, u"aed"_s, u"AED - Bureau d'imposition"_s,
                  u"Ihre MwSt-Identifikationsnummer"_s,
                  u"Sehr geehrte Damen und Herren,\ndie Bestätigung Ihrer Anmeldung liegt "
                  "bei.\n\nAED"_s,
                  b.past(128, 10, 31), true, {confirmation});
    }
    {
        const QDateTime at = b.past(20, 15, 30);
        const QString d = b.addDossier(
            dossier(40977, u"business-permit"_s, u"3.0.0"_s,
                    u"Niederlassungsgenehmigung - Bäcker-Konditor"_s,
                    u"DGCM-AE-%1-40977"_s.arg(at.date().year()), u"guichet-entreprises"_s, at,
                    {u"Unternehmen: Boulangerie Weber S.à r.l. (B254871)"_s,
                     u"Tätigkeit: Bäcker-Konditor"_s, u"Verantwortliche Person: Claire Weber"_s}));
        b.progress(d, b.past(18, 8, 0));
        const QString ask = b.receive(
            u"permit-ask"_s, d, u"guichet-entreprises"_s,
            u"Direction générale des classes moyennes"_s,
            u"Fehlende Unterlagen DGCM-AE-%1-40977"_s.arg(at.date().year()),
            u"Sehr geehrte Damen und Herren,\nbitte reichen Sie den Meisterbrief von Frau "
            "Claire Weber nach.\n\nMit freundlichen Grüßen"_s,
            b.past(2, 10, 0), false);
        b.requestInformation(d, b.past(2, 10, 0), u"Meisterbrief der verantwortlichen Person."_s,
                             isoDate(now.addDays(28)), ask);
    }
    addRoutineAccesses(
        b, {{u"rcs"_s, u"vat"_s}, QString(), 30, b.past(150, 0), b.past(1, 0), 0x424F55});
    return b.finish();
}

} // namespace

PersonaSeed lucWeber(const QDateTime& now)
{
    PersonaSeed persona;
    persona.key = u"luc-weber"_s;
    persona.holderNumber = kHolder;
    persona.givenName = u"Luc"_s;
    persona.surname = u"Weber"_s;
    persona.description = u"Business user with a LuxTrust stick: private space and two "
                          "companies (German)"_s;
    persona.spaces = {privateSpace(now), weberConstructions(now), boulangerieWeber(now)};
    return persona;
}

} // namespace guichet::sim::seed
