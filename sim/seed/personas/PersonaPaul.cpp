#include "PersonaFactories.h"

#include "RoutineAccesses.h"
#include "SeedIds.h"
#include "SpaceBuilder.h"

using namespace Qt::Literals::StringLiterals;

// Paul Hoffmann: an Irish citizen living in Luxembourg City, signing in with the PIV
// test card. A small private space in English.
namespace guichet::sim::seed {

namespace {

const QString kName = u"Paul Hoffmann"_s;
const QString kNational = u"1990123112398"_s;

SpaceBuilder::DossierSpec dossier(int number, const QString& formKey, const QString& title,
                                  const QString& reference, const QString& administrationId,
                                  const QDateTime& at, const QStringList& summary)
{
    return {number, formKey, u"1.0.0"_s, title, reference, administrationId,
            at,     kName,   kNational,  {},    summary};
}

} // namespace

PersonaSeed paulHoffmann(const QDateTime& now)
{
    SpaceBuilder b(u"paul-hoffmann"_s,
                   {{u"id"_s, QString::fromLatin1(kPaulPrivateSpace)},
                    {u"kind"_s, u"private"_s},
                    {u"displayName"_s, u"Private space - Paul Hoffmann"_s},
                    {u"role"_s, u"administrator"_s}},
                   now, u"en"_s);
    b.addRecord(u"rnpp-identity"_s, b.past(1200, 0), 1,
                {{u"nationalNumber"_s, kNational},
                 {u"givenName"_s, u"Paul"_s},
                 {u"surname"_s, u"Hoffmann"_s},
                 {u"birthDate"_s, u"1990-12-31"_s},
                 {u"birthPlace"_s, u"Dublin (IE)"_s},
                 {u"nationality"_s, u"Irish"_s},
                 {u"sex"_s, u"M"_s}});
    b.addRecord(u"rnpp-address"_s, b.past(1200, 0), 1,
                {{u"address"_s, SpaceBuilder::address(u"14"_s, u"avenue de la Liberté"_s, u"1930"_s,
                                                      u"Luxembourg"_s)},
                 {u"commune"_s, u"Luxembourg"_s},
                 {u"residentSince"_s, isoDate(b.past(1200, 0))},
                 {u"householdSize"_s, 1}});
    b.addRecord(u"driving-licence"_s, b.past(800, 0), 1,
                {{u"licenceNumber"_s, u"LU-0893310"_s},
                 {u"categories"_s, u"B"_s},
                 {u"points"_s, 12},
                 {u"validUntil"_s, u"2036-02-29"_s}});
    // Read only with consent (the criminal record extract's preview).
    b.addRecord(u"criminal-record"_s, b.past(400, 0), 1, {{u"bulletin3"_s, u"Néant"_s}});
    b.setValues(u"personal"_s, {{u"email"_s, u"paul.hoffmann@outlook.lu"_s},
                                {u"phone"_s, u"+352661907412"_s},
                                {u"iban"_s, u"LU860250765098123400"_s}});

    const QString vdl = u"commune-luxembourg"_s;
    {
        const QDateTime at = b.past(1205, 10, 0);
        const QString d = b.addDossier(dossier(
            7003, u"eu-citizen-registration"_s, u"Registration certificate for EU citizens"_s,
            u"VDL-UE-%1-7003"_s.arg(at.date().year()), vdl, at,
            {u"Nationality: Irish"_s, u"Activity: employed (financial sector)"_s}));
        b.progress(d, b.past(1204, 9, 0));
        const QString certificate = b.issued(
            u"eu-registration"_s, vdl, u"Registration certificate (EU citizen)"_s,
            u"registration-certificate.pdf"_s, d, b.past(1200, 11, 0),
            {u"Mr Paul Hoffmann, Irish national, born 31/12/1990 in Dublin,"_s,
             u"is registered as residing at 14, avenue de la Liberté, L-1930 Luxembourg."_s});
        b.decide(d, b.past(1200, 11, 0), u"granted"_s, u"Registration certificate issued."_s,
                 certificate);
        b.close(d, b.past(1170, 6, 0));
    }
    {
        const QDateTime at = b.past(8, 18, 30);
        const QString d = b.addDossier(dossier(9120, u"residential-parking-card"_s,
                                               u"Residential parking permit"_s,
                                               u"VDL-VSR-%1-9120"_s.arg(at.date().year()), vdl, at,
                                               {u"Zone: Gare"_s, u"Vehicle: LB 7702"_s}));
        b.progress(d, b.past(6, 9, 0));
        b.receive(u"parking-info"_s, d, vdl, u"City of Luxembourg - Parking"_s,
                  u"Your application VDL-VSR-%1-9120"_s.arg(at.date().year()),
                  u"Dear Mr Hoffmann,\nyour application is being processed. The permit will be "
                  "sent to you within ten working days.\n\nCity of Luxembourg"_s,
                  b.past(6, 9, 5), false);
        b.decide(d, b.fromNow(3 * 86400), u"granted"_s, u"Permit valid for one year, zone Gare."_s,
                 QString());
    }
    b.uploaded(u"employment-contract"_s, u"Employment contract"_s, u"employment-contract.pdf"_s,
               b.past(1210, 20, 0),
               {u"Employer: Kirchberg Fund Services S.A., L-1855 Luxembourg"_s,
                u"Employee: Paul Hoffmann"_s, u"Position: fund accountant, permanent"_s});
    addRoutineAccesses(b, {{u"rnpp-identity"_s, u"rnpp-address"_s, u"driving-licence"_s},
                           vdl,
                           25,
                           b.past(730, 0),
                           b.past(1, 0),
                           0x5041554C});

    PersonaSeed persona;
    persona.key = u"paul-hoffmann"_s;
    persona.holderNumber = kNational;
    persona.givenName = u"Paul"_s;
    persona.surname = u"Hoffmann"_s;
    persona.description = u"Irish resident of Luxembourg City with the PIV test card (English)"_s;
    persona.spaces = {b.finish()};
    return persona;
}

PersonaSeed annaKowalska(const QDateTime& now)
{
    Q_UNUSED(now)
    // No Luxembourg card yet, so nothing to sign in with and no space: she uses the
    // procedures that are open without authentication (e.g. EU citizen registration).
    PersonaSeed persona;
    persona.key = u"anna-kowalska"_s;
    persona.givenName = u"Anna"_s;
    persona.surname = u"Kowalska"_s;
    persona.description =
        u"Polish national just arrived, no Luxembourg card: public procedures only"_s;
    return persona;
}

} // namespace guichet::sim::seed
