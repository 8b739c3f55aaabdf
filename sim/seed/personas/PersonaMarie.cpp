#include "PersonaFactories.h"

#include "RoutineAccesses.h"
#include "SeedIds.h"
#include "SpaceBuilder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// Marie Schmit: a citizen of Esch-sur-Alzette with two years of history on the portal.
// Her space is the rich one: every dossier status, threads with unread messages,
// decisions with their PDFs, and dossiers that move on when the test clock advances.
namespace guichet::sim::seed {

namespace {

const QString kName = u"Marie Schmit"_s;
const QString kNational = u"1985021412399"_s;

void addData(SpaceBuilder& b)
{
    b.addRecord(u"rnpp-identity"_s, b.past(2400, 0), 2,
                {{u"nationalNumber"_s, kNational},
                 {u"givenName"_s, u"Marie"_s},
                 {u"surname"_s, u"Schmit"_s},
                 {u"birthDate"_s, u"1985-02-14"_s},
                 {u"birthPlace"_s, u"Luxembourg"_s},
                 {u"nationality"_s, u"luxembourgeoise"_s},
                 {u"sex"_s, u"F"_s}});
    b.addRecord(u"rnpp-address"_s, b.past(726, 0), 5,
                {{u"address"_s, SpaceBuilder::address(u"112"_s, u"rue de l'Alzette"_s, u"4011"_s,
                                                      u"Esch-sur-Alzette"_s)},
                 {u"commune"_s, u"Esch-sur-Alzette"_s},
                 {u"residentSince"_s, isoDate(b.past(726, 0))},
                 {u"householdSize"_s, 2}});
    b.addRecord(u"vehicles"_s, b.past(709, 0), 3,
                {{u"plate"_s, u"GH 4821"_s},
                 {u"make"_s, u"Volkswagen"_s},
                 {u"model"_s, u"Golf"_s},
                 {u"vin"_s, u"WVWZZZCDZMW012345"_s},
                 {u"firstRegistration"_s, u"2021-04-09"_s}});
    b.addRecord(u"driving-licence"_s, b.past(300, 0), 4,
                {{u"licenceNumber"_s, u"LU-0412873"_s},
                 {u"categories"_s, u"AM, B"_s},
                 {u"points"_s, 10},
                 {u"validUntil"_s, u"2033-06-30"_s}});
    b.addRecord(u"cadastre"_s, b.past(1500, 0), 1,
                {{u"parcel"_s, u"Esch-sur-Alzette, section B des Mines, n° 1842/6731"_s},
                 {u"commune"_s, u"Esch-sur-Alzette"_s},
                 {u"area"_s, 312},
                 {u"landUse"_s, u"Place (occupée), bâtiment à habitation"_s}});
    // Listed so the consent screens can name it; its items are only read with consent.
    b.addRecord(u"criminal-record"_s, b.past(218, 0), 1, {{u"bulletin3"_s, u"Néant"_s}});
    b.setValues(u"personal"_s, {{u"email"_s, u"marie.schmit@post.lu"_s},
                                {u"phone"_s, u"+352621483917"_s},
                                {u"iban"_s, u"LU980019175543210000"_s}});
}

SpaceBuilder::DossierSpec dossier(int number, const QString& formKey, const QString& version,
                                  const QString& title, const QString& reference,
                                  const QString& administrationId, const QDateTime& at,
                                  const QStringList& summary, const QStringList& attachments = {})
{
    return {number, formKey, version,   title,       reference, administrationId,
            at,     kName,   kNational, attachments, summary};
}

void addDossiers(SpaceBuilder& b)
{
    const QDateTime now = b.now();
    const QString esch = u"commune-esch"_s;
    const QString signature =
        u"\n\nService Population\nAdministration communale d'Esch-sur-Alzette"_s;

    // 1. Arrival in Esch two years ago: done and closed.
    {
        const QDateTime at = b.past(728, 9, 12);
        const QString lease =
            b.submitted(u"lease-arrival"_s, u"Contrat de bail"_s, u"contrat-de-bail.pdf"_s,
                        dossierId(at.date().year(), 3412), at,
                        {u"Bail à usage d'habitation"_s,
                         u"Bailleur : Immobilière du Sud S.à r.l."_s, u"Locataire : Marie Schmit"_s,
                         u"Bien : 112, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s,
                         u"Loyer mensuel : 1 450,00 EUR"_s});
        const QString d = b.addDossier(
            dossier(3412, u"arrival-declaration"_s, u"1.2.0"_s, u"Déclaration d'arrivée"_s,
                    u"ESCH-POP-%1-0412"_s.arg(at.date().year()), esch, at,
                    {u"Nouvelle adresse : 112, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s,
                     u"Ancienne adresse : 8, rue Émile Mark, L-4620 Differdange"_s,
                     u"Personnes concernées : 2"_s},
                    {lease}));
        b.progress(d, b.past(727, 8, 30));
        const QString attestation =
            b.issued(u"arrival-attestation"_s, esch, u"Attestation de déclaration d'arrivée"_s,
                     u"attestation-arrivee.pdf"_s, d, b.past(724, 10, 5),
                     {u"Madame Marie Schmit, née le 14 février 1985 à Luxembourg,"_s,
                      u"est inscrite au registre de la population de la commune"_s,
                      u"à l'adresse 112, rue de l'Alzette, L-4011 Esch-sur-Alzette."_s});
        b.decide(d, b.past(724, 10, 5), u"granted"_s,
                 u"Votre arrivée est enregistrée au registre communal."_s, attestation);
        b.receive(u"arrival-done"_s, d, esch, u"Service Population"_s,
                  u"Votre déclaration d'arrivée ESCH-POP-%1-0412"_s.arg(at.date().year()),
                  u"Madame Schmit,\nvotre déclaration d'arrivée est enregistrée. Vous trouverez "
                  "l'attestation en pièce jointe.\nBienvenue à Esch-sur-Alzette !"_s +
                      signature,
                  b.past(724, 10, 6), true, {attestation});
        b.close(d, b.past(723, 7, 0));
    }

    // 2. Address on the car's registration certificate.
    {
        const QDateTime at = b.past(715, 18, 40);
        const QString d = b.addDossier(
            dossier(58120, u"vehicle-address-change"_s, u"1.0.3"_s,
                    u"Changement d'adresse sur le certificat d'immatriculation"_s,
                    u"SNCA-ADR-%1-58120"_s.arg(at.date().year()), u"snca"_s, at,
                    {u"Véhicule : GH 4821 (Volkswagen Golf)"_s,
                     u"Nouvelle adresse : 112, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s}));
        b.progress(d, b.past(714, 9, 0));
        const QString certificate = b.issued(
            u"vehicle-certificate"_s, u"snca"_s, u"Certificat d'immatriculation GH 4821"_s,
            u"certificat-immatriculation-GH4821.pdf"_s, d, b.past(710, 11, 20),
            {u"Numéro d'immatriculation : GH 4821"_s, u"Marque / modèle : Volkswagen Golf"_s,
             u"VIN : WVWZZZCDZMW012345"_s, u"Détenteur : Marie Schmit"_s,
             u"Adresse : 112, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s});
        b.decide(d, b.past(710, 11, 20), u"granted"_s,
                 u"Nouveau certificat d'immatriculation établi."_s, certificate);
        b.receive(u"vehicle-done"_s, d, u"snca"_s, u"SNCA - Immatriculations"_s,
                  u"Nouveau certificat d'immatriculation"_s,
                  u"Madame,\nle certificat d'immatriculation à votre nouvelle adresse est "
                  "joint à ce message. L'original vous parvient par courrier.\n\nSNCA"_s,
                  b.past(710, 11, 25), true, {certificate});
        b.close(d, b.past(700, 8, 0));
    }

    // 3. Criminal record extract for a new employer.
    {
        const QDateTime at = b.past(220, 20, 5);
        const QString d = b.addDossier(
            dossier(21877, u"criminal-record-extract"_s, u"2.0.0"_s,
                    u"Demande d'extrait du casier judiciaire"_s,
                    u"CJ-%1-21877"_s.arg(at.date().year()), u"casier"_s, at,
                    {u"Bulletin demandé : n° 3"_s, u"Motif : recrutement (employeur privé)"_s}));
        b.progress(d, b.past(219, 8, 45));
        const QString extract = b.issued(
            u"criminal-extract"_s, u"casier"_s, u"Extrait du casier judiciaire (bulletin n° 3)"_s,
            u"extrait-casier-bulletin3.pdf"_s, d, b.past(218, 10, 10),
            {u"Nom : Schmit   Prénom : Marie"_s, u"Née le 14/02/1985 à Luxembourg"_s,
             u"Bulletin n° 3 : NÉANT"_s, u"Valable trois mois à compter de sa délivrance."_s});
        b.decide(d, b.past(218, 10, 10), u"granted"_s, u"Extrait délivré : néant."_s, extract);
        const QString m =
            b.receive(u"criminal-ready"_s, d, u"casier"_s, u"Service du casier judiciaire"_s,
                      u"Votre extrait du casier judiciaire"_s,
                      u"Madame,\nvotre extrait (bulletin n° 3) est disponible dans "
                      "vos documents.\n\nService du casier judiciaire"_s,
                      b.past(218, 10, 11), true, {extract});
        b.send(u"criminal-thanks"_s, d, u"casier"_s, kName,
               u"Re: Votre extrait du casier judiciaire"_s,
               u"Bonjour,\nmerci pour la rapidité. Bonne journée.\nMarie Schmit"_s,
               b.past(218, 12, 40), m);
        b.close(d, b.past(188, 6, 0));
    }

    // 4. Cost-of-living allowance, refused: income above the ceiling.
    {
        const QDateTime at = b.past(400, 19, 30);
        const int year = at.date().year();
        const QString payslip =
            b.submitted(u"avc-payslip"_s, u"Fiche de salaire - décembre"_s,
                        u"fiche-salaire-decembre.pdf"_s, dossierId(year, 7731), at,
                        {u"Employeur : Lux Logistique S.à r.l., L-5366 Munsbach"_s,
                         u"Salariée : Marie Schmit"_s, u"Salaire brut : 4 180,00 EUR"_s,
                         u"Salaire net : 3 212,47 EUR"_s});
        const QString d = b.addDossier(
            dossier(7731, u"cost-of-living-allowance"_s, u"3.1.0"_s, u"Allocation de vie chère"_s,
                    u"FNS-AVC-%1-07731"_s.arg(year), u"fns"_s, at,
                    {u"Année : %1"_s.arg(year), u"Composition du ménage : 2 personnes"_s,
                     u"Revenu déclaré : salaire"_s},
                    {payslip}));
        b.progress(d, b.past(395, 9, 0));
        const QString ask = b.receive(
            u"avc-ask"_s, d, u"fns"_s, u"Fonds national de solidarité - AVC"_s,
            u"Pièces manquantes - FNS-AVC-%1-07731"_s.arg(year),
            u"Madame Schmit,\nmerci de nous transmettre les fiches de salaire d'octobre et de "
            "novembre de votre ménage.\n\nFonds national de solidarité"_s,
            b.past(380, 10, 0), true);
        b.requestInformation(d, b.past(380, 10, 0),
                             u"Fiches de salaire d'octobre et de novembre du ménage."_s,
                             isoDate(b.past(366, 0)), ask);
        const QString reply = b.messageIdFor(u"avc-reply"_s);
        const QString oct = b.submitted(u"avc-payslip-oct"_s, u"Fiche de salaire - octobre"_s,
                                        u"fiche-salaire-octobre.pdf"_s, d, b.past(378, 18, 0),
                                        {u"Salaire brut : 4 180,00 EUR"_s}, reply);
        const QString nov = b.submitted(u"avc-payslip-nov"_s, u"Fiche de salaire - novembre"_s,
                                        u"fiche-salaire-novembre.pdf"_s, d, b.past(378, 18, 0),
                                        {u"Salaire brut : 4 180,00 EUR"_s}, reply);
        b.send(
            u"avc-reply"_s, d, u"fns"_s, kName,
            u"Re: Pièces manquantes - FNS-AVC-%1-07731"_s.arg(year),
            u"Bonjour,\nveuillez trouver ci-joint les deux fiches de salaire.\nCordialement,\nMarie Schmit"_s,
            b.past(378, 18, 2), ask, {oct, nov});
        b.progress(d, b.past(378, 18, 2), u"Pièces reçues."_s);
        const QString refusal = b.issued(
            u"avc-decision"_s, u"fns"_s, u"Décision - allocation de vie chère"_s,
            u"decision-allocation-vie-chere.pdf"_s, d, b.past(360, 9, 30),
            {u"Demande FNS-AVC-%1-07731"_s.arg(year), u"Décision : refus"_s,
             u"Motif : le revenu du ménage dépasse le plafond applicable."_s,
             u"Recours : trois mois devant le Conseil arbitral de la sécurité sociale."_s});
        b.decide(d, b.past(360, 9, 30), u"refused"_s,
                 u"Le revenu du ménage dépasse le plafond applicable."_s, refusal);
        b.receive(u"avc-decision"_s, d, u"fns"_s, u"Fonds national de solidarité - AVC"_s,
                  u"Décision concernant votre demande FNS-AVC-%1-07731"_s.arg(year),
                  u"Madame Schmit,\nla décision relative à votre demande est jointe.\n\n"
                  "Fonds national de solidarité"_s,
                  b.past(360, 9, 31), true, {refusal});
        b.close(d, b.past(270, 6, 0));
    }

    // 5. Income tax return: assessed, refund.
    {
        const QDateTime at = b.past(160, 20, 0);
        const int taxYear = at.date().year() - 1;
        SpaceBuilder::DossierSpec spec =
            dossier(44102, u"income-tax-return"_s, u"2024.1.0"_s,
                    u"Déclaration pour l'impôt sur le revenu %1"_s.arg(taxYear),
                    u"ACD-IR-%1-44102"_s.arg(taxYear), u"acd"_s, at,
                    {u"Année d'imposition : %1"_s.arg(taxYear), u"Classe d'impôt : 1"_s,
                     u"Intérêts débiteurs déclarés : 1 120,00 EUR"_s});
        spec.titles = {spec.title, u"Einkommensteuererklärung %1"_s.arg(taxYear),
                       u"Income tax return %1"_s.arg(taxYear)};
        const QString d = b.addDossier(spec);
        b.progress(d, b.past(150, 8, 0));
        const QString bulletin = b.issued(
            u"tax-bulletin"_s, u"acd"_s, u"Bulletin de l'impôt sur le revenu %1"_s.arg(taxYear),
            u"bulletin-impot-%1.pdf"_s.arg(taxYear), d, b.past(120, 7, 30),
            {u"Contribuable : Marie Schmit"_s, u"Revenu imposable : 48 930 EUR"_s,
             u"Impôt fixé : 7 214 EUR   Retenues : 8 459,80 EUR"_s,
             u"Solde en votre faveur : 1 245,80 EUR"_s});
        b.decide(d, b.past(120, 7, 30), u"granted"_s, u"Remboursement de 1 245,80 EUR."_s,
                 bulletin);
        b.receive(u"tax-bulletin"_s, d, u"acd"_s, u"Bureau d'imposition Esch-sur-Alzette"_s,
                  u"Bulletin de l'impôt sur le revenu %1"_s.arg(taxYear),
                  u"Madame,\nvotre bulletin d'impôt est disponible. Le solde de 1 245,80 EUR "
                  "sera viré sur votre compte.\n\nAdministration des contributions directes"_s,
                  b.past(120, 7, 31), true, {bulletin});
        b.send(u"tax-question"_s, d, u"acd"_s, kName, u"Date du remboursement"_s,
               u"Bonjour,\nquand le remboursement sera-t-il viré ?\nMarie Schmit"_s,
               b.past(110, 18, 30), QString());
        b.receive(u"tax-answer"_s, d, u"acd"_s, u"Bureau d'imposition Esch-sur-Alzette"_s,
                  u"Re: Date du remboursement"_s,
                  u"Madame,\nle virement est parti le 2 du mois ; comptez trois jours "
                  "ouvrables.\n\nACD"_s,
                  b.past(108, 8, 15), true);
    }

    // 6. Residence certificate: decided; closes in ten days.
    {
        const QDateTime at = b.past(40, 8, 15);
        const QString d = b.addDossier(
            dossier(8841, u"residence-certificate"_s, u"1.1.0"_s, u"Certificat de résidence"_s,
                    u"ESCH-CR-%1-8841"_s.arg(at.date().year()), esch, at,
                    {u"Type : certificat de résidence simple"_s, u"Nombre d'exemplaires : 1"_s}));
        b.progress(d, b.past(39, 9, 0));
        const QString certificate =
            b.issued(u"residence-certificate"_s, esch, u"Certificat de résidence"_s,
                     u"certificat-residence.pdf"_s, d, b.past(39, 14, 30),
                     {u"Le bourgmestre certifie que Madame Marie Schmit,"_s,
                      u"née le 14 février 1985 à Luxembourg, de nationalité luxembourgeoise,"_s,
                      u"réside au 112, rue de l'Alzette, L-4011 Esch-sur-Alzette."_s});
        b.decide(d, b.past(39, 14, 30), u"granted"_s, u"Certificat délivré."_s, certificate);
        b.receive(
            u"residence-ready"_s, d, esch, u"Service Population"_s,
            u"Votre certificat de résidence"_s,
            u"Madame Schmit,\nvotre certificat de résidence est disponible en pièce jointe."_s +
                signature,
            b.past(39, 14, 31), true, {certificate});
        b.close(d, b.fromNow(10 * 86400));
    }

    // 7. Copy of the birth certificate, from the City of Luxembourg.
    {
        const QDateTime at = b.past(14, 19, 22);
        const QString d = b.addDossier(dossier(
            12095, u"birth-certificate-copy"_s, u"1.0.0"_s, u"Copie d'acte de naissance"_s,
            u"VDL-EC-%1-12095"_s.arg(at.date().year()), u"commune-luxembourg"_s, at,
            {u"Type : copie intégrale"_s, u"Personne : Marie Schmit, née le 14/02/1985"_s}));
        b.progress(d, b.past(13, 8, 10));
        const QString copy = b.issued(u"birth-certificate"_s, u"commune-luxembourg"_s,
                                      u"Copie intégrale d'acte de naissance"_s,
                                      u"acte-naissance-copie.pdf"_s, d, b.past(12, 10, 45),
                                      {u"Acte n° 412/1985"_s,
                                       u"Le quatorze février mil neuf cent quatre-vingt-cinq"_s,
                                       u"est née à Luxembourg Marie Schmit, de sexe féminin."_s});
        b.decide(d, b.past(12, 10, 45), u"granted"_s, u"Copie intégrale délivrée."_s, copy);
        b.receive(
            u"birth-ready"_s, d, u"commune-luxembourg"_s, u"Ville de Luxembourg - État civil"_s,
            u"Votre copie d'acte de naissance"_s,
            u"Madame,\nla copie demandée est jointe à ce message.\n\nService de l'état civil"_s,
            b.past(12, 10, 46), false, {copy});
    }

    // 8. Energy renovation premium: the administration waits for the final invoice.
    {
        const QDateTime at = b.past(30, 21, 0);
        const QString quote =
            b.submitted(u"energy-quote"_s, u"Devis - isolation de la toiture"_s,
                        u"devis-isolation-toiture.pdf"_s, dossierId(at.date().year(), 5530), at,
                        {u"Entreprise : Toitures Minett S.à r.l., L-4350 Esch-sur-Alzette"_s,
                         u"Isolation de la toiture, 96 m², laine de bois 24 cm"_s,
                         u"Montant TTC : 18 734,40 EUR"_s});
        const QString d =
            b.addDossier(dossier(5530, u"energy-renovation-premium"_s, u"2.0.1"_s,
                                 u"Prime Klimabonus - rénovation énergétique"_s,
                                 u"AEV-KB-%1-05530"_s.arg(at.date().year()), u"aev"_s, at,
                                 {u"Logement : 112, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s,
                                  u"Travaux : isolation de la toiture"_s},
                                 {quote}));
        b.progress(d, b.past(25, 9, 30));
        const QString ask = b.receive(
            u"energy-ask"_s, d, u"aev"_s, u"Klimabonus - Service des aides"_s,
            u"Votre demande AEV-KB-%1-05530 : pièces à fournir"_s.arg(at.date().year()),
            u"Madame Schmit,\npour finaliser votre dossier, merci de nous transmettre la facture "
            "finale acquittée et deux photos des travaux réalisés.\n\nAdministration de "
            "l'environnement"_s,
            b.past(6, 10, 15), false);
        b.requestInformation(d, b.past(6, 10, 15),
                             u"Facture finale acquittée et deux photos des travaux réalisés."_s,
                             isoDate(now.addDays(14)), ask);
        b.send(
            u"energy-question"_s, d, u"aev"_s, kName, u"Re: pièces à fournir"_s,
            u"Bonjour,\nles photos peuvent-elles être prises avec un téléphone ?\nMarie Schmit"_s,
            b.past(5, 20, 0), ask);
        b.receive(u"energy-answer"_s, d, u"aev"_s, u"Klimabonus - Service des aides"_s,
                  u"Re: pièces à fournir"_s,
                  u"Madame Schmit,\noui, des photos nettes prises avec un téléphone suffisent.\n\n"
                  "Administration de l'environnement"_s,
                  b.past(4, 9, 0), false);
    }

    // 9. European health insurance card: decided tomorrow.
    {
        const QDateTime at = b.past(5, 12, 40);
        SpaceBuilder::DossierSpec spec = dossier(
            90317, u"european-health-insurance-card"_s, u"1.0.0"_s,
            u"Carte européenne d'assurance maladie"_s, u"CNS-CEAM-%1-90317"_s.arg(at.date().year()),
            u"cns"_s, at, {u"Motif : remplacement de la carte expirée"_s});
        spec.titles = {spec.title, u"Europäische Krankenversicherungskarte"_s,
                       u"European health insurance card"_s};
        const QString d = b.addDossier(spec);
        b.progress(d, b.past(3, 9, 0));
        b.send(u"ehic-question"_s, d, u"cns"_s, kName, u"Délai d'envoi"_s,
               u"Bonjour,\nje pars en vacances dans trois semaines. La carte "
               "arrivera-t-elle à temps ?\nMerci, Marie Schmit"_s,
               b.past(2, 17, 20), QString());
        b.receive(u"ehic-answer"_s, d, u"cns"_s, u"CNS - Relations clients"_s,
                  u"Re: Délai d'envoi"_s,
                  u"Madame,\nla carte est envoyée sous 10 jours ouvrables après la décision. "
                  "Vous pouvez aussi télécharger un certificat provisoire de remplacement.\n\n"
                  "Caisse nationale de santé"_s,
                  b.past(1, 9, 5), false);
        b.decide(d, b.fromNow(86400), u"granted"_s, u"La carte vous sera envoyée par courrier."_s,
                 QString());
    }

    // 10. Study grant (part-time master): answered a request, decided in three days.
    {
        const QDateTime at = b.past(60, 22, 10);
        const int year = at.date().year();
        const QString enrolment = b.submitted(
            u"study-enrolment"_s, u"Certificat d'inscription - Université du Luxembourg"_s,
            u"certificat-inscription-uni.pdf"_s, dossierId(year, 61044), at,
            {u"Master en gestion des ressources humaines (temps partiel)"_s,
             u"Année académique %1-%2"_s.arg(year).arg(year + 1)});
        const QString d = b.addDossier(dossier(61044, u"study-grant"_s, u"4.0.0"_s,
                                               u"Aide financière pour études supérieures"_s,
                                               u"CEDIES-AF-%1-61044"_s.arg(year), u"cedies"_s, at,
                                               {u"Établissement : Université du Luxembourg"_s,
                                                u"Cycle : master"_s, u"Semestre : hiver"_s},
                                               {enrolment}));
        b.progress(d, b.past(55, 8, 20));
        const QString ask = b.receive(
            u"study-ask"_s, d, u"cedies"_s, u"CEDIES - Aides financières"_s,
            u"Dossier CEDIES-AF-%1-61044 : relevé de notes"_s.arg(year),
            u"Madame Schmit,\nmerci de nous transmettre le relevé de notes de votre dernier "
            "diplôme.\n\nCEDIES"_s,
            b.past(35, 11, 0), true);
        b.requestInformation(d, b.past(35, 11, 0), u"Relevé de notes du dernier diplôme."_s,
                             isoDate(b.past(21, 0)), ask);
        const QString reply = b.messageIdFor(u"study-reply"_s);
        const QString grades = b.submitted(
            u"study-grades"_s, u"Relevé de notes - bachelor"_s, u"releve-notes-bachelor.pdf"_s, d,
            b.past(33, 20, 0),
            {u"Bachelor en sciences économiques"_s, u"Moyenne générale : 14,6 / 20"_s}, reply);
        b.send(u"study-reply"_s, d, u"cedies"_s, kName,
               u"Re: Dossier CEDIES-AF-%1-61044 : relevé de notes"_s.arg(year),
               u"Bonjour,\nvoici le relevé de notes demandé.\nCordialement,\nMarie Schmit"_s,
               b.past(33, 20, 2), ask, {grades});
        b.progress(d, b.past(32, 8, 0), u"Pièce reçue, instruction reprise."_s);
        b.decide(d, b.fromNow(3 * 86400), u"partially_granted"_s,
                 u"Bourse de base accordée ; la bourse de mobilité est refusée."_s, QString());
    }

    // 11. Residential parking card: submitted yesterday, processing starts within the hour.
    {
        const QDateTime at = b.past(1, 17, 5);
        const QString registration =
            b.submitted(u"parking-registration"_s, u"Certificat d'immatriculation (copie)"_s,
                        u"copie-certificat-GH4821.pdf"_s, dossierId(at.date().year(), 8902), at,
                        {u"Numéro d'immatriculation : GH 4821"_s, u"Détenteur : Marie Schmit"_s});
        const QString d = b.addDossier(dossier(
            8902, u"residential-parking-card"_s, u"1.3.0"_s,
            u"Vignette de stationnement résidentiel"_s, u"ESCH-VSR-%1-8902"_s.arg(at.date().year()),
            esch, at, {u"Zone : Centre (zone C)"_s, u"Véhicule : GH 4821"_s}, {registration}));
        b.receive(u"parking-ack"_s, d, esch, u"Service Stationnement"_s,
                  u"Accusé de réception - vignette de stationnement résidentiel"_s,
                  u"Madame Schmit,\nnous avons bien reçu votre demande. Elle sera traitée dans "
                  "les prochains jours."_s +
                      signature,
                  b.past(1, 17, 6), true);
        b.progress(d, b.fromNow(3600));
        b.decide(d, b.fromNow(10 * 86400), u"granted"_s,
                 u"Vignette valable un an pour la zone C."_s, QString());
    }

    // 12. Rent subsidy: the ministry will ask for the lease in three days.
    {
        const QDateTime at = b.past(9, 20, 30);
        SpaceBuilder::DossierSpec spec =
            dossier(33018, u"rent-subsidy"_s, u"1.4.0"_s, u"Subvention de loyer"_s,
                    u"ML-SL-%1-33018"_s.arg(at.date().year()), u"logement"_s, at,
                    {u"Loyer mensuel : 1 450,00 EUR"_s, u"Ménage : 2 personnes"_s});
        spec.titles = {spec.title, u"Mietzuschuss"_s, u"Rent subsidy"_s};
        const QString d = b.addDossier(spec);
        b.progress(d, b.past(7, 10, 0));
        b.send(u"rent-question"_s, d, u"logement"_s, kName, u"Question sur ma demande"_s,
               u"Bonjour,\nfaut-il joindre la quittance de loyer de chaque mois ?\nMarie Schmit"_s,
               b.past(4, 19, 45), QString());
        b.requestInformation(d, b.fromNow(3 * 86400),
                             u"Merci de fournir le contrat de bail signé par les deux parties."_s,
                             isoDate(now.addDays(24)), QString());
        b.receive(u"rent-answer"_s, d, u"logement"_s, u"Service des aides au logement"_s,
                  u"Re: Question sur ma demande"_s,
                  u"Madame Schmit,\nnon, une quittance récente suffit ; nous vous écrirons si "
                  "une pièce manque.\n\nMinistère du Logement"_s,
                  b.past(3, 10, 0), false);
    }
}

// What lives in the space outside any dossier: certificates the administrations push,
// payslips and scans she keeps, and two threads of her own.
void addOtherDocuments(SpaceBuilder& b)
{
    const QString cnsAffiliation =
        b.issued(u"cns-affiliation"_s, u"ccss"_s, u"Certificat d'affiliation"_s,
                 u"certificat-affiliation-ccss.pdf"_s, QString(), b.past(95, 8, 0),
                 {u"Assurée : Marie Schmit, matricule 1985021412399"_s,
                  u"Affiliée au titre d'une activité salariée depuis le 01/09/2009"_s,
                  u"Employeur actuel : Lux Logistique S.à r.l."_s});
    const QString taxCard = b.issued(
        u"tax-card"_s, u"acd"_s, u"Fiche de retenue d'impôt %1"_s.arg(b.now().date().year()),
        u"fiche-retenue-impot-%1.pdf"_s.arg(b.now().date().year()), QString(), b.past(20, 6, 0),
        {u"Classe d'impôt : 1"_s, u"Commune d'imposition : Esch-sur-Alzette"_s,
         u"Modération pour enfant : non"_s});
    b.receive(u"tax-card"_s, u"acd-tax-card"_s, u"acd"_s,
              u"Administration des contributions directes"_s,
              u"Votre fiche de retenue d'impôt %1"_s.arg(b.now().date().year()),
              u"Madame,\nvotre fiche de retenue d'impôt est disponible. Transmettez-la à votre "
              "employeur si elle a changé.\n\nACD"_s,
              b.past(20, 6, 1), false, {taxCard});
    b.issued(u"career-statement"_s, u"ccss"_s, u"Relevé de carrière"_s, u"releve-carriere.pdf"_s,
             QString(), b.past(250, 9, 0),
             {u"Périodes d'assurance au Luxembourg : 15 ans et 4 mois"_s,
              u"Dernière période : Lux Logistique S.à r.l., depuis le 01/03/2019"_s});

    const char* months[] = {"janvier", "février", "mars"};
    for (int i = 0; i < 3; ++i) {
        const QString month = QString::fromUtf8(months[i]);
        b.uploaded(u"payslip-%1"_s.arg(i + 1), u"Fiche de salaire - "_s + month,
                   u"fiche-salaire-%1.pdf"_s.arg(i + 1), b.past(90 - 30 * i, 18, 12),
                   {u"Employeur : Lux Logistique S.à r.l., L-5366 Munsbach"_s,
                    u"Salariée : Marie Schmit"_s, u"Mois : "_s + month,
                    u"Salaire brut : 4 310,00 EUR"_s, u"Salaire net : 3 301,18 EUR"_s});
    }
    b.uploaded(u"id-card-scan"_s, u"Carte d'identité (copie)"_s, u"carte-identite.pdf"_s,
               b.past(300, 21, 4),
               {u"Carte d'identité luxembourgeoise"_s, u"Titulaire : Marie Schmit"_s,
                u"Valable jusqu'au 11/05/2031"_s});

    const QString esch = u"commune-esch"_s;
    b.send(u"elections-question"_s, u"esch-elections"_s, esch, kName,
           u"Inscription sur les listes électorales"_s,
           u"Bonjour,\nsuis-je automatiquement inscrite sur la liste électorale "
           "depuis mon arrivée ?\nMarie Schmit"_s,
           b.past(150, 19, 30), QString());
    b.receive(u"elections-answer"_s, u"esch-elections"_s, esch, u"Service Population"_s,
              u"Re: Inscription sur les listes électorales"_s,
              u"Madame Schmit,\nen tant que citoyenne luxembourgeoise, vous êtes inscrite "
              "d'office.\n\nService Population\nAdministration communale d'Esch-sur-Alzette"_s,
              b.past(149, 10, 0), true);
    b.receive(u"cns-reminder"_s, u"cns-info"_s, u"cns"_s, u"CNS - Relations clients"_s,
              u"Nouveau : vos décomptes en ligne"_s,
              u"Madame,\nvos décomptes de remboursement sont désormais aussi disponibles dans "
              "votre espace.\n\nCaisse nationale de santé"_s,
              b.past(45, 7, 0), false);
}

void addConsentsAndCorrections(SpaceBuilder& b)
{
    const QString parking =
        b.addConsent({u"parking-vehicle"_s, u"vehicles"_s, u"vignette-residentielle-vehicule"_s,
                      u"Vérifier que le véhicule est immatriculé à votre nom pour la vignette de "
                      "stationnement résidentiel."_s,
                      u"residential-parking-card"_s, u"commune-esch"_s, kName, b.past(1, 16, 58),
                      b.past(1, 16, 58).addYears(1), QDateTime()});
    b.addAccess({u"commune-esch"_s,
                 u"vehicles"_s,
                 {u"plate"_s, u"make"_s, u"model"_s},
                 u"Pré-remplissage de la demande de vignette de stationnement résidentiel"_s,
                 u"Règlement communal sur le stationnement résidentiel, art. 3"_s,
                 b.past(1, 16, 59),
                 QString(),
                 procedureIdFor(u"residential-parking-card"_s),
                 parking});

    const QString energyDossier = dossierId(b.past(30, 21, 0).date().year(), 5530);
    const QString owner =
        b.addConsent({u"energy-owner"_s, u"cadastre"_s, u"klimabonus-proprietaire"_s,
                      u"Vérifier que vous êtes propriétaire du logement rénové."_s,
                      u"energy-renovation-premium"_s, u"aev"_s, kName, b.past(30, 20, 48),
                      b.past(30, 20, 48).addYears(2), QDateTime()});
    b.addAccess({u"aev"_s,
                 u"cadastre"_s,
                 {u"parcel"_s, u"area"_s, u"landUse"_s},
                 u"Vérification de la propriété du logement pour la prime Klimabonus"_s,
                 u"Loi modifiée du 23 décembre 2016 instituant un régime d'aides pour la "
                 "promotion de la durabilité dans le domaine du logement"_s,
                 b.past(25, 9, 12),
                 energyDossier,
                 procedureIdFor(u"energy-renovation-premium"_s),
                 owner});

    const QString childminder = b.addConsent(
        {u"childminder-record"_s, u"criminal-record"_s,
         u"agrement-assistant-parental-honorabilite"_s,
         u"Vérifier l'honorabilité du demandeur pour l'agrément d'assistant parental."_s,
         u"childminder-approval"_s, u"menje"_s, kName, b.past(200, 18, 30),
         b.past(200, 18, 30).addYears(1), b.past(150, 21, 10)});
    b.addAccess({u"menje"_s,
                 u"criminal-record"_s,
                 {u"bulletin3"_s},
                 u"Contrôle de l'honorabilité pour l'agrément d'assistant parental"_s,
                 u"Loi du 15 décembre 2017 relative à l'assistance parentale, art. 4"_s,
                 b.past(199, 9, 40),
                 QString(),
                 procedureIdFor(u"childminder-approval"_s),
                 childminder});

    const QString syndic =
        b.uploaded(u"syndic-letter"_s, u"Attestation du syndic - numérotation"_s,
                   u"attestation-syndic-112A.pdf"_s, b.past(10, 19, 0),
                   {u"Résidence Alzette, 112-112A rue de l'Alzette"_s,
                    u"Le syndic atteste que le logement de Mme Schmit porte le numéro 112A"_s,
                    u"depuis la division de l'immeuble en deux lots."_s});
    SpaceBuilder::CorrectionSpec address;
    address.slug = u"address-112a"_s;
    address.source = u"rnpp-address"_s;
    address.itemId = u"address"_s;
    address.proposedValue = u"112A, rue de l'Alzette, L-4011 Esch-sur-Alzette"_s;
    address.reason = u"Le numéro de la maison est 112A depuis la division de l'immeuble en deux "
                     "lots."_s;
    address.documentIds = {syndic};
    address.status = u"in_review"_s;
    address.createdAt = b.past(10, 19, 5);
    address.updatedAt = b.past(8, 9, 30);
    address.version = 2;
    b.addCorrection(address);

    SpaceBuilder::CorrectionSpec birthPlace;
    birthPlace.slug = u"birthplace"_s;
    birthPlace.source = u"rnpp-identity"_s;
    birthPlace.itemId = u"birthPlace"_s;
    birthPlace.proposedValue = u"Luxembourg-Ville"_s;
    birthPlace.reason = u"Je suis née à la maternité Grande-Duchesse Charlotte, en ville."_s;
    birthPlace.status = u"rejected"_s;
    birthPlace.createdAt = b.past(90, 20, 15);
    birthPlace.updatedAt = b.past(80, 10, 0);
    birthPlace.decisionNote = u"Le lieu de naissance est inscrit tel qu'il figure dans l'acte de "
                              "naissance (Luxembourg). Aucune modification n'est nécessaire."_s;
    birthPlace.version = 3;
    b.addCorrection(birthPlace);
}

// Each administration that handled a dossier read what it needed from the registers.
void addDossierAccesses(SpaceBuilder& b, const SpaceSeed& seed)
{
    struct Reading
    {
        const char* formKey;
        const char* source;
        const char* items;
        const char* purpose;
        const char* legalBasis;
    };
    static const Reading readings[] = {
        {"arrival-declaration", "rnpp-identity", "nationalNumber,givenName,surname,birthDate",
         "Inscription au registre communal de la population",
         "Loi modifiée du 19 juin 2013 relative à l'identification des personnes physiques, art. "
         "5"},
        {"vehicle-address-change", "vehicles", "plate,vin",
         "Mise à jour de l'adresse du détenteur du véhicule",
         "Loi modifiée du 14 février 1955 concernant la réglementation de la circulation"},
        {"criminal-record-extract", "rnpp-identity", "nationalNumber,birthDate,birthPlace",
         "Identification de la personne pour la délivrance de l'extrait",
         "Loi modifiée du 29 mars 2013 relative à l'organisation du casier judiciaire, art. 8"},
        {"cost-of-living-allowance", "rnpp-address", "address,householdSize",
         "Composition du ménage pour l'allocation de vie chère",
         "Règlement grand-ducal modifié du 19 décembre 2008 portant allocation de vie chère"},
        {"income-tax-return", "rnpp-identity", "nationalNumber,birthDate",
         "Établissement de l'impôt sur le revenu",
         "Loi modifiée du 4 décembre 1967 concernant l'impôt sur le revenu"},
        {"residence-certificate", "rnpp-address", "address,residentSince",
         "Établissement du certificat de résidence",
         "Loi modifiée du 19 juin 2013 relative à l'identification des personnes physiques"},
        {"birth-certificate-copy", "rnpp-identity", "givenName,surname,birthDate,birthPlace",
         "Recherche de l'acte de naissance", "Code civil, art. 45"},
        {"energy-renovation-premium", "rnpp-address", "address", "Adresse du logement rénové",
         "Loi modifiée du 23 décembre 2016 relative aux aides pour la durabilité du logement"},
        {"european-health-insurance-card", "rnpp-identity", "nationalNumber,givenName,surname",
         "Établissement de la carte européenne d'assurance maladie",
         "Règlement (CE) n° 883/2004, art. 19"},
        {"study-grant", "rnpp-address", "address,householdSize",
         "Calcul de l'aide financière pour études supérieures",
         "Loi modifiée du 24 juillet 2014 concernant l'aide financière de l'État pour études "
         "supérieures"},
        {"residential-parking-card", "rnpp-address", "address,commune",
         "Vérification du domicile dans la zone de stationnement",
         "Règlement communal sur le stationnement résidentiel, art. 3"},
        {"rent-subsidy", "rnpp-address", "address,householdSize,residentSince",
         "Vérification du logement et du ménage pour la subvention de loyer",
         "Loi modifiée du 25 février 1979 concernant l'aide au logement, art. 14quinquies"},
    };
    for (const QJsonObject& dossier : seed.dossiers) {
        const QString procedure = dossier.value(u"procedureId"_s).toString();
        for (const Reading& r : readings) {
            if (procedureIdFor(QString::fromLatin1(r.formKey)) != procedure)
                continue;
            const QDateTime submitted =
                QDateTime::fromString(dossier.value(u"submittedAt"_s).toString(), Qt::ISODate);
            // Read when processing starts; a dossier not yet picked up is read at submission.
            const QDateTime at =
                std::min(submitted.addSecs(20 * 3600 + 600), b.now().addSecs(-600));
            b.addAccess({dossier.value(u"administration"_s).toObject().value(u"id"_s).toString(),
                         QString::fromLatin1(r.source), QString::fromLatin1(r.items).split(u','),
                         QString::fromUtf8(r.purpose), QString::fromUtf8(r.legalBasis), at,
                         dossier.value(u"id"_s).toString(), procedure, QString()});
        }
    }
}

} // namespace

PersonaSeed marieSchmit(const QDateTime& now)
{
    const QJsonObject space{{u"id"_s, QString::fromLatin1(kMariePrivateSpace)},
                            {u"kind"_s, u"private"_s},
                            {u"displayName"_s, u"Espace privé - Marie Schmit"_s},
                            {u"role"_s, u"administrator"_s}};
    SpaceBuilder b(u"marie-schmit"_s, space, now, u"fr"_s);
    addData(b);
    addDossiers(b);
    addOtherDocuments(b);
    addConsentsAndCorrections(b);
    // Dossier readings need the dossiers' final shape; a first finish() gives it.
    addDossierAccesses(b, SpaceBuilder(b).finish());
    addRoutineAccesses(b, {{u"rnpp-identity"_s, u"rnpp-address"_s, u"vehicles"_s,
                            u"driving-licence"_s, u"cadastre"_s},
                           u"commune-esch"_s,
                           300 - 15,
                           b.past(730, 0),
                           b.past(1, 0),
                           0x4D415249});

    PersonaSeed persona;
    persona.key = u"marie-schmit"_s;
    persona.holderNumber = kNational;
    persona.givenName = u"Marie"_s;
    persona.surname = u"Schmit"_s;
    persona.description =
        u"Citizen with an eID card, Esch-sur-Alzette: a busy private space (French)"_s;
    persona.spaces = {b.finish()};
    return persona;
}

} // namespace guichet::sim::seed
