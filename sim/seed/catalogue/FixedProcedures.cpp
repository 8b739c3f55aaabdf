#include "FixedProcedures.h"

namespace guichet::sim::seed::catalogue {

const QList<FixedProcedure>& fixedProcedures()
{
    static const QList<FixedProcedure> list{
        {"arrival-declaration",
         "citoyennete",
         Kind::Registration,
         "commune-luxembourg",
         false,
         false,
         {"Déclaration d'arrivée dans une commune", "Anmeldung bei der Ankunft in einer Gemeinde",
          "Declaration of arrival in a commune"},
         {"Déclarer votre arrivée auprès de votre nouvelle commune de résidence dans les 8 jours "
          "suivant votre installation.",
          "Melden Sie Ihre Ankunft innerhalb von 8 Tagen nach dem Einzug bei Ihrer neuen "
          "Wohngemeinde an.",
          "Declare your arrival to your new commune of residence within 8 days of moving in."}},
        {"residence-certificate",
         "citoyennete",
         Kind::Certificate,
         "commune-esch-sur-alzette",
         false,
         false,
         {"Certificat de résidence", "Wohnsitzbescheinigung", "Residence certificate"},
         {"Obtenir un document officiel attestant votre adresse de résidence au Luxembourg.",
          "Ein amtliches Dokument erhalten, das Ihre Wohnadresse in Luxemburg bescheinigt.",
          "Obtain an official document confirming your address of residence in Luxembourg."}},
        {"criminal-record-extract",
         "citoyennete",
         Kind::Certificate,
         "casier",
         false,
         false,
         {"Extrait du casier judiciaire (bulletin n° 3)", "Strafregisterauszug (Bulletin Nr. 3)",
          "Criminal record extract (bulletin no 3)"},
         {"Demander le bulletin n° 3 de votre casier judiciaire, souvent exigé par un employeur.",
          "Den Auszug Nr. 3 aus Ihrem Strafregister beantragen, den Arbeitgeber häufig "
          "verlangen.",
          "Request bulletin no 3 of your criminal record, often required by employers."}},
        {"cost-of-living-allowance",
         "aides-sociales",
         Kind::Benefit,
         "fns",
         false,
         false,
         {"Allocation de vie chère", "Teuerungszulage", "Cost-of-living allowance"},
         {"Demander l'aide annuelle destinée aux ménages à faible revenu pour faire face au coût "
          "de la vie.",
          "Die jährliche Hilfe für Haushalte mit geringem Einkommen zur Bewältigung der "
          "Lebenshaltungskosten beantragen.",
          "Apply for the annual allowance that helps low-income households cope with the cost "
          "of living."}},
        {"residential-parking-card",
         "vie-locale",
         Kind::Permit,
         "commune-luxembourg",
         false,
         false,
         {"Vignette de stationnement résidentiel", "Anwohnerparkausweis",
          "Residential parking card"},
         {"Obtenir la vignette permettant de stationner sans limite de durée dans votre quartier "
          "de résidence.",
          "Den Ausweis erhalten, mit dem Sie in Ihrem Wohnviertel ohne Zeitbegrenzung parken "
          "dürfen.",
          "Get the card that lets you park without a time limit in the area where you live."}},
        {"study-grant",
         "enseignement-formation",
         Kind::Benefit,
         "mesr",
         false,
         false,
         {"Aide financière de l'État pour études supérieures",
          "Staatliche Studienbeihilfe für das Hochschulstudium",
          "State financial aid for higher studies"},
         {"Demander la bourse et le prêt de l'État pour financer vos études supérieures au "
          "Luxembourg ou à l'étranger.",
          "Stipendium und Darlehen des Staates zur Finanzierung Ihres Hochschulstudiums in "
          "Luxemburg oder im Ausland beantragen.",
          "Apply for the state grant and loan to finance your higher studies in Luxembourg or "
          "abroad."}},
        {"vehicle-address-change",
         "transports-mobilite",
         Kind::Permit,
         "snca",
         false,
         false,
         {"Changement d'adresse sur le certificat d'immatriculation",
          "Adressänderung in der Zulassungsbescheinigung",
          "Change of address on a vehicle registration"},
         {"Faire inscrire votre nouvelle adresse sur le certificat d'immatriculation de votre "
          "véhicule après un déménagement.",
          "Nach einem Umzug Ihre neue Adresse in die Zulassungsbescheinigung Ihres Fahrzeugs "
          "eintragen lassen.",
          "Have your new address entered on your vehicle's registration certificate after "
          "moving house."}},
        {"energy-renovation-premium",
         "logement",
         Kind::Benefit,
         "klima",
         false,
         false,
         {"Prime Klimabonus pour la rénovation énergétique d'un logement",
          "Klimabonus-Prämie für die energetische Sanierung einer Wohnung",
          "Klimabonus housing renovation premium"},
         {"Obtenir une aide financière pour l'isolation et la rénovation énergétique durable de "
          "votre logement.",
          "Eine finanzielle Förderung für die Dämmung und nachhaltige energetische Sanierung "
          "Ihrer Wohnung erhalten.",
          "Get financial support for insulating your home and renovating it to use less "
          "energy."}},
        {"eu-citizen-registration",
         "immigration",
         Kind::Registration,
         "commune-differdange",
         false,
         true,
         {"Enregistrement d'un citoyen de l'Union européenne", "Anmeldung eines Unionsbürgers",
          "Registration of an EU citizen"},
         {"Se faire enregistrer comme citoyen de l'Union européenne séjournant plus de trois mois "
          "au Luxembourg, même sans carte luxembourgeoise.",
          "Sich als Unionsbürger mit einem Aufenthalt von mehr als drei Monaten in Luxemburg "
          "anmelden, auch ohne luxemburgischen Ausweis.",
          "Register as an EU citizen staying in Luxembourg for more than three months, even "
          "without a Luxembourg card yet."}},
        {"birth-certificate-copy",
         "citoyennete",
         Kind::Certificate,
         "commune-luxembourg",
         false,
         true,
         {"Copie d'un acte de naissance", "Abschrift einer Geburtsurkunde",
          "Copy of a birth certificate"},
         {"Obtenir une copie intégrale ou un extrait de votre acte de naissance établi au "
          "Luxembourg.",
          "Eine vollständige Abschrift oder einen Auszug Ihrer in Luxemburg ausgestellten "
          "Geburtsurkunde erhalten.",
          "Obtain a full copy or an extract of your birth certificate drawn up in "
          "Luxembourg."}},
        {"business-permit",
         "autorisations",
         Kind::Permit,
         "mclasses",
         true,
         false,
         {"Autorisation d'établissement", "Niederlassungsgenehmigung",
          "Business permit (autorisation d'établissement)"},
         {"Obtenir l'autorisation requise pour exercer une activité commerciale, artisanale ou "
          "libérale au Luxembourg.",
          "Die erforderliche Genehmigung für eine kaufmännische, handwerkliche oder "
          "freiberufliche Tätigkeit in Luxemburg erhalten.",
          "Obtain the permit required to carry on a commercial, craft or liberal profession "
          "in Luxembourg."}},
        {"vat-registration",
         "fiscalite",
         Kind::Registration,
         "aed",
         true,
         false,
         {"Immatriculation à la TVA", "Mehrwertsteuerregistrierung", "VAT registration"},
         {"Obtenir un numéro d'identification TVA pour facturer et déclarer la TVA au "
          "Luxembourg.",
          "Eine Mehrwertsteuer-Identifikationsnummer erhalten, um in Luxemburg Mehrwertsteuer in "
          "Rechnung zu stellen und zu erklären.",
          "Obtain a VAT identification number to invoice and declare VAT in Luxembourg."}},
    };
    return list;
}

} // namespace guichet::sim::seed::catalogue
