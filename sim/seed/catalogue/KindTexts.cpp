#include "KindTexts.h"

namespace guichet::sim::seed::catalogue {

namespace {

const KindTexts certificate{
    {"Certificats et extraits", "Bescheinigungen und Auszüge", "Certificates and extracts"},
    {{"Seule la personne concernée, son représentant légal ou un mandataire peut faire la "
      "demande.",
      "Nur die betroffene Person, ihr gesetzlicher Vertreter oder ein Bevollmächtigter kann den "
      "Antrag stellen.",
      "Only the person concerned, their legal representative or an authorised agent may "
      "apply."},
     {"Le document doit avoir été établi ou transcrit au Luxembourg.",
      "Das Dokument muss in Luxemburg ausgestellt oder übertragen worden sein.",
      "The document must have been drawn up or transcribed in Luxembourg."}},
    {{"Le nom, la date et le lieu de naissance de la personne concernée.",
      "Name, Geburtsdatum und Geburtsort der betroffenen Person.",
      "The name, date and place of birth of the person concerned."},
     {"Une procuration signée si vous agissez pour une autre personne.",
      "Eine unterschriebene Vollmacht, wenn Sie für eine andere Person handeln.",
      "A signed power of attorney if you act for another person."},
     {"La preuve du paiement de la taxe, le cas échéant.",
      "Den Nachweis über die Zahlung der Gebühr, falls zutreffend.",
      "Proof of payment of the fee, where applicable."},
     {"L'adresse à laquelle le document doit être envoyé.",
      "Die Adresse, an die das Dokument geschickt werden soll.",
      "The address to which the document should be sent."}},
    {{"Aucun délai : le document peut être demandé à tout moment.",
      "Keine Frist: Das Dokument kann jederzeit beantragt werden.",
      "No deadline: the document can be requested at any time."},
     {"Le document est généralement valable 3 mois à compter de sa délivrance.",
      "Das Dokument ist in der Regel 3 Monate ab Ausstellung gültig.",
      "The document is usually valid for 3 months from the date of issue."}},
    {"5.00", "10.00", "12.00", "15.00", "20.00"},
    55,
    1,
    15};

const KindTexts permit{
    {"Autorisations et agréments", "Zulassungen und Genehmigungen", "Authorisations"},
    {{"Le demandeur ne doit pas faire l'objet d'une interdiction prononcée par un tribunal.",
      "Gegen den Antragsteller darf kein gerichtliches Verbot bestehen.",
      "The applicant must not be subject to a court ban."},
     {"L'autorisation n'est valable que pour la durée et l'objet indiqués.",
      "Die Genehmigung gilt nur für die angegebene Dauer und den angegebenen Zweck.",
      "The authorisation is valid only for the period and purpose stated."}},
    {{"Une photo d'identité récente au format biométrique.",
      "Ein aktuelles biometrisches Passfoto.", "A recent biometric passport photo."},
     {"Le titre actuel, s'il s'agit d'un renouvellement ou d'une modification.",
      "Den aktuellen Ausweis oder Titel bei einer Verlängerung oder Änderung.",
      "The current document, for a renewal or a change."},
     {"Les plans ou la description du projet, le cas échéant.",
      "Pläne oder eine Beschreibung des Vorhabens, falls zutreffend.",
      "Plans or a description of the project, where applicable."},
     {"Un extrait du casier judiciaire de moins de 3 mois.",
      "Einen Strafregisterauszug, der nicht älter als 3 Monate ist.",
      "A criminal record extract less than 3 months old."}},
    {{"Le renouvellement doit être demandé au plus tard 2 mois avant l'expiration.",
      "Die Verlängerung muss spätestens 2 Monate vor Ablauf beantragt werden.",
      "Renewal must be requested no later than 2 months before expiry."},
     {"Un recours est possible dans un délai de 3 mois à compter de la notification de la "
      "décision.",
      "Ein Rechtsbehelf ist innerhalb von 3 Monaten ab Zustellung der Entscheidung möglich.",
      "An appeal may be lodged within 3 months of notification of the decision."}},
    {"24.00", "50.00", "75.00", "100.00", "150.00", "250.00"},
    70,
    10,
    90};

const KindTexts benefit{
    {"Aides financières", "Finanzielle Hilfen", "Financial support"},
    {{"Ne pas bénéficier d'une prestation de même nature à l'étranger.",
      "Keine gleichartige Leistung im Ausland beziehen.",
      "Not receive a benefit of the same kind abroad."},
     {"Signaler tout changement de situation susceptible d'influencer le droit.",
      "Jede Änderung melden, die den Anspruch beeinflussen kann.",
      "Report any change that may affect entitlement."}},
    {{"Un relevé d'identité bancaire (IBAN) au nom du demandeur.",
      "Die Bankverbindung (IBAN) des Antragstellers.",
      "Bank details (IBAN) in the applicant's name."},
     {"Les justificatifs de revenus des 12 derniers mois.",
      "Einkommensnachweise der letzten 12 Monate.", "Proof of income for the last 12 months."},
     {"Un certificat de composition de ménage récent.", "Eine aktuelle Haushaltsbescheinigung.",
      "A recent certificate of household composition."},
     {"Le dernier bulletin d'impôt, s'il y en a un.",
      "Den letzten Steuerbescheid, falls "
      "vorhanden.",
      "The latest tax assessment, if any."}},
    {{"La demande doit être introduite dans un délai d'un an à compter de la naissance du "
      "droit.",
      "Der Antrag muss innerhalb eines Jahres ab Entstehen des Anspruchs gestellt werden.",
      "The application must be made within one year of the entitlement arising."},
     {"Tout changement de situation doit être signalé dans un délai de 30 jours.",
      "Jede Änderung der Situation ist innerhalb von 30 Tagen zu melden.",
      "Any change of situation must be reported within 30 days."}},
    {},
    0,
    20,
    120};

const KindTexts registration{
    {"Inscriptions et déclarations", "Anmeldungen und Meldungen", "Registrations"},
    {{"Les informations fournies doivent être exactes et complètes.",
      "Die Angaben müssen richtig und vollständig sein.",
      "The information provided must be accurate and complete."},
     {"La demande est faite par la personne concernée ou son représentant légal.",
      "Der Antrag wird von der betroffenen Person oder ihrem gesetzlichen Vertreter gestellt.",
      "The request is made by the person concerned or their legal representative."}},
    {{"Une pièce d'identité en cours de validité.", "Ein gültiges Ausweisdokument.",
      "A valid identity document."},
     {"Un justificatif de domicile.", "Einen Wohnsitznachweis.", "Proof of address."},
     {"Les actes d'état civil utiles, traduits si nécessaire.",
      "Die erforderlichen Personenstandsurkunden, bei Bedarf übersetzt.",
      "The relevant civil status records, translated if necessary."},
     {"Le numéro d'identification national des personnes concernées.",
      "Die nationale Identifikationsnummer der betroffenen Personen.",
      "The national identification number of the persons concerned."}},
    {{"La démarche doit être faite dans les 8 jours qui suivent l'événement.",
      "Die Meldung muss innerhalb von 8 Tagen nach dem Ereignis erfolgen.",
      "This must be done within 8 days of the event."},
     {"Les inscriptions pour l'année suivante sont clôturées le 31 mai.",
      "Anmeldungen für das folgende Jahr schließen am 31. Mai.",
      "Registrations for the following year close on 31 May."}},
    {"10.00", "25.00"},
    10,
    2,
    30};

const KindTexts declaration{
    {"Déclarations et obligations", "Erklärungen und Pflichten", "Returns and obligations"},
    {{"La déclaration doit être signée par une personne habilitée.",
      "Die Erklärung muss von einer bevollmächtigten Person unterzeichnet werden.",
      "The return must be signed by an authorised person."},
     {"Les montants sont déclarés pour la période de référence complète.",
      "Die Beträge werden für den gesamten Bezugszeitraum angegeben.",
      "Amounts are declared for the whole reference period."}},
    {{"Les pièces comptables de la période concernée.",
      "Die Buchungsbelege des betreffenden Zeitraums.",
      "The accounting records for the period concerned."},
     {"Le numéro d'identification fiscale ou le matricule national.",
      "Die Steuernummer oder die nationale Identifikationsnummer.",
      "The tax identification number or national identification number."},
     {"Un accès à MyGuichet avec un certificat LuxTrust ou une carte eID.",
      "Einen Zugang zu MyGuichet mit LuxTrust-Zertifikat oder eID-Karte.",
      "Access to MyGuichet with a LuxTrust certificate or an eID card."},
     {"Les déclarations des périodes précédentes, pour comparaison.",
      "Die Erklärungen der vorangegangenen Zeiträume zum Vergleich.",
      "Returns for previous periods, for comparison."}},
    {{"La déclaration doit être déposée au plus tard le 31 décembre de l'année qui suit.",
      "Die Erklärung ist spätestens am 31. Dezember des Folgejahres einzureichen.",
      "The return must be filed by 31 December of the following year."},
     {"Un dépôt tardif peut entraîner une astreinte ou une majoration.",
      "Eine verspätete Abgabe kann ein Zwangsgeld oder einen Zuschlag nach sich ziehen.",
      "Late filing may lead to a penalty or a surcharge."},
     {"Les déclarations mensuelles sont dues le 15 du mois suivant.",
      "Monatliche Erklärungen sind bis zum 15. des Folgemonats fällig.",
      "Monthly returns are due by the 15th of the following month."}},
    {},
    0,
    5,
    60};

const KindTexts service{
    {"Rendez-vous et services", "Termine und Dienstleistungen", "Appointments and services"},
    {{"Le service est réservé aux personnes résidant dans la zone desservie.",
      "Die Leistung steht nur Personen im Versorgungsgebiet zur Verfügung.",
      "The service is reserved for people living in the area served."},
     {"Respecter l'horaire convenu ; un retard peut entraîner l'annulation du rendez-vous.",
      "Den vereinbarten Termin einhalten; bei Verspätung kann er verfallen.",
      "Keep to the time agreed; lateness may lead to the appointment being cancelled."}},
    {{"Les dates auxquelles vous êtes disponible.", "Die Termine, an denen Sie verfügbar sind.",
      "The dates on which you are available."},
     {"Un numéro de téléphone auquel vous êtes joignable.",
      "Eine Telefonnummer, unter der Sie erreichbar sind.",
      "A telephone number on which you can be reached."},
     {"La référence de votre réservation, pour une modification.",
      "Die Buchungsnummer, wenn Sie etwas ändern möchten.",
      "Your booking reference, for a change."},
     {"Un moyen de paiement si le service est payant.",
      "Ein Zahlungsmittel, wenn die Leistung kostenpflichtig ist.",
      "A means of payment if the service is charged."}},
    {{"La réservation doit être faite au moins 48 heures à l'avance.",
      "Die Buchung muss mindestens 48 Stunden im Voraus erfolgen.",
      "Bookings must be made at least 48 hours in advance."},
     {"L'annulation est gratuite jusqu'à 24 heures avant le rendez-vous.",
      "Eine Absage ist bis 24 Stunden vor dem Termin kostenlos.",
      "Cancellation is free up to 24 hours before the appointment."}},
    {"12.00", "25.00", "30.00", "45.00", "60.00"},
    50,
    1,
    20};

} // namespace

const KindTexts& kindTexts(Kind kind)
{
    switch (kind) {
    case Kind::Certificate:
        return certificate;
    case Kind::Permit:
        return permit;
    case Kind::Benefit:
        return benefit;
    case Kind::Registration:
        return registration;
    case Kind::Declaration:
        return declaration;
    case Kind::Service:
        break;
    }
    return service;
}

} // namespace guichet::sim::seed::catalogue
