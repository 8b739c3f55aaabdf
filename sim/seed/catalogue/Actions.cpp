#include "Actions.h"

namespace guichet::sim::seed::catalogue {

namespace {

const QList<Action> certificateActions{
    {"obtain",
     {"Obtenir {un}", "{ein} beantragen", "Obtaining {a}"},
     {{"Comment demander {un} et recevoir le document par courrier ou dans votre espace "
       "MyGuichet.",
       "So beantragen Sie {ein} und erhalten das Dokument per Post oder in Ihrem "
       "MyGuichet-Bereich.",
       "How to request {a} and receive it by post or in your MyGuichet space."},
      {"Demander {le} délivré{e} par l'administration compétente, pour vous-même ou pour un "
       "mineur à votre charge.",
       "{den} bei der zuständigen Verwaltung anfordern, für sich selbst oder für ein "
       "minderjähriges Kind.",
       "Request {the} issued by the competent administration, for yourself or for a minor in "
       "your care."}}},
    {"request-for-another-person",
     {"Demander {un} pour une autre personne", "{ein} für eine andere Person beantragen",
      "Requesting {a} on behalf of another person"},
     {{"Demander {un} pour un proche ou une autre personne qui vous a donné une procuration "
       "signée.",
       "{ein} für einen Angehörigen oder eine andere Person beantragen, die Ihnen eine "
       "unterschriebene Vollmacht erteilt hat.",
       "Request {a} for a relative or another person who has given you a signed power of "
       "attorney."},
      {"Dans quels cas un tiers peut obtenir {le} d'une autre personne et quel justificatif "
       "fournir.",
       "Wann eine dritte Person {den} einer anderen Person erhalten kann und welcher Nachweis "
       "dafür nötig ist.",
       "When a third party may obtain {the} of someone else, and which proof of authority is "
       "needed."}}},
    {"correct",
     {"Faire corriger une erreur sur {un}", "Einen Fehler in {einem} berichtigen lassen",
      "Correcting an error on {a}"},
     {{"Demander la correction d'un nom mal orthographié, d'une date erronée ou d'une autre "
       "erreur sur {le}.",
       "Die Berichtigung eines falsch geschriebenen Namens, eines falschen Datums oder eines "
       "anderen Fehlers in {dem} beantragen.",
       "Ask for a misspelt name, a wrong date or any other error on {the} to be corrected."},
      {"Si {le} reçu{e} contient des informations inexactes, l'administration émettrice procède "
       "à la rectification sur demande.",
       "Enthält {der} falsche Angaben, berichtigt die ausstellende Verwaltung sie auf Antrag.",
       "If {the} you received contains incorrect information, the issuing administration will "
       "rectify it on request."}}},
    {"legalise",
     {"Faire légaliser {un} pour l'étranger", "{ein} für das Ausland beglaubigen lassen",
      "Having {a} legalised for use abroad"},
     {{"Obtenir une apostille ou une légalisation pour que {le} soit accepté{e} par les "
       "autorités d'un autre pays.",
       "Eine Apostille oder Legalisation erhalten, damit {der} von Behörden im Ausland "
       "anerkannt wird.",
       "Get an apostille or a legalisation so that {the} is accepted by authorities in another "
       "country."},
      {"Les autorités étrangères peuvent exiger {un} muni{e} d'une apostille : voici où "
       "l'obtenir.",
       "Ausländische Behörden verlangen oft {ein} mit Apostille; hier erfahren Sie, wo Sie "
       "diese erhalten.",
       "Foreign authorities may ask for {a} bearing an apostille; find out where to have it "
       "affixed."}}},
    {"replace",
     {"Remplacer {un} perdu{e}", "{ein} nach Verlust neu ausstellen lassen",
      "Replacing a lost {n}"},
     {{"Demander un nouvel exemplaire si {le} a été perdu{e}, volé{e} ou endommagé{e}.",
       "Ein neues Exemplar anfordern, wenn {der} verloren gegangen, gestohlen oder beschädigt "
       "worden ist.",
       "Request a new copy if {the} has been lost, stolen or damaged."},
      {"Que faire lorsque {le} est introuvable et combien de temps prend le remplacement.",
       "Was zu tun ist, wenn {der} nicht mehr auffindbar ist, und wie lange ein Ersatz dauert.",
       "What to do when {the} can no longer be found, and how long a replacement takes."}}},
};

const QList<Action> permitActions{
    {"apply",
     {"Demander {un}", "{ein} beantragen", "Applying for {a}"},
     {{"Conditions et démarches pour demander {un} et faire examiner votre dossier.",
       "Voraussetzungen und Schritte, um {ein} zu beantragen und Ihren Antrag prüfen zu lassen.",
       "Conditions and steps to apply for {a} and have your application examined."},
      {"Déposer votre demande {dun} avec les pièces requises et en suivre l'avancement.",
       "Ihren Antrag auf {ein} mit den erforderlichen Unterlagen einreichen und den Stand "
       "verfolgen.",
       "Submit your application for {a} with the required documents and follow its progress."}}},
    {"appeal-refusal",
     {"Contester le refus {dun}", "Gegen die Ablehnung eines Antrags auf {ein} vorgehen",
      "Appealing against the refusal of {a}"},
     {{"Si votre demande {dun} a été refusée, vous pouvez introduire un recours gracieux ou "
       "contentieux.",
       "Wurde Ihr Antrag auf {ein} abgelehnt, können Sie eine Überprüfung verlangen oder Klage "
       "erheben.",
       "If your application for {a} was refused, you can ask for a review or bring an "
       "appeal."},
      {"Délais et démarches pour contester une décision de refus {dun}.",
       "Fristen und Schritte, um eine ablehnende Entscheidung über {ein} anzufechten.",
       "Time limits and steps to challenge a decision refusing {a}."}}},
    {"renew",
     {"Renouveler {un}", "{ein} verlängern", "Renewing {a}"},
     {{"Renouveler {le} avant son expiration pour conserver vos droits sans interruption.",
       "{den} vor Ablauf verlängern, damit Ihre Rechte ohne Unterbrechung bestehen bleiben.",
       "Renew {the} before it expires so that you keep your rights without interruption."},
      {"À l'échéance {du}, vous pouvez en demander la prolongation pour une nouvelle période.",
       "Läuft {der} ab, können Sie eine Verlängerung für einen neuen Zeitraum beantragen.",
       "When {the} reaches its expiry date, you can ask for it to be extended for a new "
       "period."}}},
    {"change",
     {"Modifier {un}", "Änderungen an {einem} melden", "Changing the details of {a}"},
     {{"Signaler un changement d'adresse, de nom ou de situation pour que {le} reste à jour.",
       "Eine Änderung von Adresse, Name oder Situation melden, damit {der} auf dem neuesten "
       "Stand bleibt.",
       "Report a change of address, name or situation so that {the} stays up to date."},
      {"Tout changement concernant {le} doit être signalé ; voici comment faire modifier le "
       "document.",
       "Jede Änderung, die {den} betrifft, muss gemeldet werden; so lassen Sie das Dokument "
       "anpassen.",
       "Any change affecting {the} must be reported; here is how to have the document "
       "amended."}}},
    {"replace",
     {"Remplacer {un} perdu{e} ou volé{e}",
      "Ersatz für {ein} nach Verlust oder Diebstahl beantragen",
      "Replacing {a} that was lost or stolen"},
     {{"Déclarer la perte ou le vol {du} et en obtenir un duplicata.",
       "Verlust oder Diebstahl melden und Ersatz für {den} erhalten.",
       "Declare the loss or theft of {the} and obtain a replacement."},
      {"Si {le} a disparu, signalez la disparition rapidement et demandez un duplicata pour "
       "éviter tout abus.",
       "Ist {der} verschwunden, melden Sie dies rasch und beantragen Sie ein Duplikat, um "
       "Missbrauch zu vermeiden.",
       "If {the} has disappeared, report it quickly and request a duplicate to avoid "
       "misuse."}}},
    {"transfer",
     {"Transférer {un} à un autre titulaire", "{ein} auf einen anderen Inhaber übertragen",
      "Transferring {a} to another holder"},
     {{"Dans certains cas, {le} peut être transféré{e} à un nouveau titulaire, par exemple "
       "après une vente ou un décès.",
       "In bestimmten Fällen kann {der} auf einen neuen Inhaber übertragen werden, zum Beispiel "
       "nach einem Verkauf oder einem Todesfall.",
       "In some cases {the} can be transferred to a new holder, for example after a sale or a "
       "death."},
      {"Demander que {le} soit mis{e} au nom d'une autre personne et connaître les "
       "vérifications prévues.",
       "Beantragen, dass {der} auf eine andere Person umgeschrieben wird, und erfahren, welche "
       "Prüfungen gelten.",
       "Ask for {the} to be put in the name of another person and find out which checks "
       "apply."}}},
    {"give-up",
     {"Renoncer à {un}", "Auf {ein} verzichten", "Giving up {a}"},
     {{"Restituer {le} dont vous n'avez plus besoin et mettre fin aux frais ou obligations "
       "liés.",
       "{den} zurückgeben, wenn kein Bedarf mehr besteht, und damit verbundene Gebühren oder "
       "Pflichten beenden.",
       "Return {the} you no longer need and stop any related fees or obligations."},
      {"Comment mettre fin {au} avant son terme et ce qu'il advient des frais déjà payés.",
       "Wie Sie {den} vorzeitig beenden und was mit bereits gezahlten Gebühren geschieht.",
       "How to end {the} early and what happens to the fees already paid."}}},
};

const QList<Action> benefitActions{
    {"apply",
     {"Demander {le}", "{den} beantragen", "Applying for {the}"},
     {{"Qui a droit {au}, quel est son montant et comment en faire la demande.",
       "Wer Anspruch auf {den} hat, wie hoch der Betrag ist und wie der Antrag gestellt wird.",
       "Who is entitled to {the}, how much it is and how to apply."},
      {"Demander {le} afin de bénéficier d'un soutien financier, sous réserve des conditions "
       "prévues par la loi.",
       "{den} beantragen, um eine finanzielle Unterstützung zu erhalten, sofern die "
       "gesetzlichen Voraussetzungen erfüllt sind.",
       "Apply for {the} to receive financial support, subject to the conditions laid down by "
       "law."}}},
    {"contest-decision",
     {"Contester une décision relative {au}", "Eine Entscheidung über {den} anfechten",
      "Contesting a decision on {the}"},
     {{"Si vous n'êtes pas d'accord avec une décision relative {au}, vous pouvez en demander le "
       "réexamen.",
       "Sind Sie mit einer Entscheidung über {den} nicht einverstanden, können Sie eine "
       "Überprüfung beantragen.",
       "If you disagree with a decision on {the}, you can ask for it to be reviewed."},
      {"Démarches et délais pour contester un refus ou le montant {du}.",
       "Schritte und Fristen, um eine Ablehnung oder einen zu niedrigen Betrag bei {dem} "
       "anzufechten.",
       "Steps and time limits for challenging a refusal or the amount of {the}."}}},
    {"report-change",
     {"Signaler un changement de situation ayant un impact sur {le}",
      "Eine Änderung der Lebenssituation melden, die {den} betrifft",
      "Reporting a change of situation that affects {the}"},
     {{"Un changement de revenus, de ménage ou d'adresse peut modifier {le} : signalez-le dans "
       "les délais.",
       "Eine Änderung bei Einkommen, Haushalt oder Adresse kann sich auf {den} auswirken; "
       "melden Sie sie fristgerecht.",
       "A change in income, household or address may affect {the}; report it within the time "
       "limit."},
      {"Informez l'administration de toute nouvelle situation afin que {le} soit versé{e} au "
       "bon montant.",
       "Informieren Sie die Verwaltung über jede neue Situation, damit {der} in der richtigen "
       "Höhe gezahlt wird.",
       "Keep the administration informed of any new circumstances so that {the} is paid at "
       "the right amount."}}},
    {"renew",
     {"Renouveler {le} pour une nouvelle période",
      "{den} für einen neuen Zeitraum erneut beantragen", "Renewing {the} for a new period"},
     {{"{le} est accordé{e} pour une durée limitée : renouvelez la demande à temps pour éviter "
       "une interruption des paiements.",
       "{der} wird für einen begrenzten Zeitraum gewährt; stellen Sie rechtzeitig einen neuen "
       "Antrag, damit die Zahlungen nicht unterbrochen werden.",
       "{the} is granted for a limited period; apply again in time to avoid a break in "
       "payments."},
      {"Comment renouveler {le} et quels justificatifs actualisés fournir.",
       "Wie Sie {den} erneut beantragen und welche aktuellen Nachweise Sie vorlegen.",
       "How to renew {the} and which updated documents to provide."}}},
    {"advance",
     {"Demander une avance sur {le}", "Einen Vorschuss auf {den} beantragen",
      "Requesting an advance on {the}"},
     {{"Pendant l'examen de votre dossier, une avance sur {le} peut être accordée en cas "
       "d'urgence.",
       "Während Ihr Antrag geprüft wird, kann in dringenden Fällen ein Vorschuss auf {den} "
       "gewährt werden.",
       "While your file is being examined, you may receive an advance on {the} in urgent "
       "cases."},
      {"Conditions pour percevoir une partie {du} avant la décision définitive.",
       "Voraussetzungen, um bei {dem} vor der endgültigen Entscheidung eine Teilzahlung zu "
       "erhalten.",
       "Conditions for receiving part of {the} before the final decision."}}},
    {"repay",
     {"Rembourser un trop-perçu {du}", "Eine Überzahlung bei {dem} zurückzahlen",
      "Repaying an overpayment of {the}"},
     {{"Si une partie {du} vous a été versée à tort, vous devez la rembourser ; un échelonnement "
       "est possible.",
       "Wurde Ihnen bei {dem} zu viel gezahlt, müssen Sie den Betrag zurückerstatten; eine "
       "Ratenzahlung ist möglich.",
       "If part of {the} was paid to you in error, you must refund it; instalments can be "
       "agreed."},
      {"Comment régler un montant {du} réclamé par l'administration.",
       "Wie Sie einen von der Verwaltung zurückgeforderten Betrag bei {dem} begleichen.",
       "How to settle an amount of {the} claimed back by the administration."}}},
    {"stop",
     {"Mettre fin {au}", "Auf {den} künftig verzichten", "Stopping payment of {the}"},
     {{"Informer l'administration que vous ne souhaitez plus percevoir {le} ou que vous n'en "
       "remplissez plus les conditions.",
       "Der Verwaltung mitteilen, dass Sie {den} nicht mehr erhalten möchten oder die "
       "Voraussetzungen nicht mehr erfüllen.",
       "Tell the administration that you no longer wish to receive {the} or no longer meet the "
       "conditions."},
      {"Comment mettre fin {au} correctement et éviter de devoir rembourser des montants plus "
       "tard.",
       "Wie Sie den Bezug korrekt beenden und spätere Rückforderungen bei {dem} vermeiden.",
       "How to end {the} properly and avoid having to repay amounts later."}}},
};

const QList<Action> registrationActions{
    {"request",
     {"Demander {le}", "{den} beantragen", "Applying for {the}"},
     {{"Comment demander {le} et quelles informations fournir.",
       "Wie Sie {den} beantragen und welche Angaben nötig sind.",
       "How to apply for {the} and which details to provide."},
      {"Demander {le} auprès du service compétent ; une confirmation vous est envoyée après "
       "enregistrement.",
       "{den} bei der zuständigen Stelle beantragen; nach der Eintragung erhalten Sie eine "
       "Bestätigung.",
       "Apply for {the} with the competent office; a confirmation is sent once it is "
       "recorded."}}},
    {"proof",
     {"Obtenir une attestation {du}", "Eine Bestätigung über {den} erhalten",
      "Obtaining proof of {the}"},
     {{"Demander un document confirmant {le}, par exemple pour une autre administration ou un "
       "employeur.",
       "Ein Dokument anfordern, das {den} bestätigt, zum Beispiel für eine andere Behörde oder "
       "einen Arbeitgeber.",
       "Request a document confirming {the}, for example for another administration or an "
       "employer."},
      {"Comment obtenir une preuve écrite {du} et sa durée de validité.",
       "Wie Sie einen schriftlichen Nachweis über {den} erhalten und wie lange er gültig ist.",
       "How to get written proof of {the} and how long it remains valid."}}},
    {"update",
     {"Mettre à jour les données {du}", "Angaben {zum} aktualisieren",
      "Updating the details of {the}"},
     {{"Signaler les changements afin que les informations relatives {au} restent exactes.",
       "Änderungen melden, damit die Angaben {zum} korrekt bleiben.",
       "Report changes so that the information held for {the} remains accurate."},
      {"Comment corriger ou compléter les données enregistrées pour {le}.",
       "Wie Sie die gespeicherten Daten {zum} berichtigen oder ergänzen.",
       "How to correct or complete the data recorded for {the}."}}},
    {"request-for-family-member",
     {"Demander {le} pour un membre de la famille", "{den} für ein Familienmitglied beantragen",
      "Applying for {the} for a family member"},
     {{"Demander {le} pour le compte de votre conjoint, partenaire ou enfant.",
       "{den} im Namen Ihres Ehegatten, Partners oder Kindes beantragen.",
       "Apply for {the} on behalf of your spouse, partner or child."},
      {"Les justificatifs à fournir lorsque {le} est demandé{e} pour un proche.",
       "Welche Nachweise nötig sind, wenn {der} für einen Angehörigen beantragt wird.",
       "What a family member must provide when {the} is requested on someone else's "
       "behalf."}}},
    {"cancel",
     {"Annuler {le}", "{den} löschen lassen", "Cancelling {the}"},
     {{"Demander l'annulation {du} lorsque votre situation a changé.",
       "Beantragen, dass {der} gelöscht wird, wenn sich Ihre Situation geändert hat.",
       "Ask for {the} to be cancelled when it no longer applies to you."},
      {"Démarches pour mettre fin {au} et confirmation que vous recevrez.",
       "Schritte, um {den} zu beenden, und die Bestätigung, die Sie erhalten.",
       "Steps to end {the} and the confirmation you will receive."}}},
};

const QList<Action> serviceActions{
    {"book",
     {"Prendre rendez-vous pour {un}", "Einen Termin für {ein} vereinbaren", "Booking {a}"},
     {{"Réserver {un} à la date et à l'heure qui vous conviennent.",
       "{ein} zu einem passenden Datum und einer passenden Uhrzeit buchen.",
       "Book {a} at a date and time that suit you."},
      {"Comment organiser {un} et ce qu'il faut préparer à l'avance.",
       "Wie Sie {ein} vereinbaren und was Sie vorher vorbereiten sollten.",
       "How to arrange {a} and what to prepare beforehand."}}},
    {"reschedule",
     {"Déplacer la date {dun}", "Den Termin für {ein} verschieben", "Rescheduling {a}"},
     {{"Modifier la date {dun} déjà réservé{e}, selon les disponibilités.",
       "Den bereits vereinbarten Termin für {ein} je nach Verfügbarkeit ändern.",
       "Change the date of {a} already booked, subject to availability."},
      {"Que faire si vous ne pouvez pas être présent lors {du} prévu{e} et comment choisir un "
       "nouveau créneau.",
       "Was zu tun ist, wenn Sie den Termin für {ein} nicht wahrnehmen können, und wie Sie "
       "einen neuen wählen.",
       "What to do if you cannot attend {the} planned and how to pick a new slot."}}},
    {"cancel",
     {"Annuler {un}", "{ein} absagen", "Cancelling {a}"},
     {{"Annuler {un} dont vous n'avez plus besoin et libérer le créneau pour quelqu'un d'autre.",
       "{ein} absagen, wenn kein Bedarf mehr besteht, und den Termin für andere freigeben.",
       "Cancel {a} you no longer need and free the slot for someone else."},
      {"Délais d'annulation {dun} et remboursement éventuel des frais déjà payés.",
       "Fristen für die Absage, wenn Sie {ein} gebucht haben, und mögliche Rückerstattung "
       "bereits gezahlter Gebühren.",
       "Cancellation deadlines for {a} and whether fees already paid are refunded."}}},
    {"complain",
     {"Déposer une réclamation concernant {un}", "Eine Beschwerde über {ein} einreichen",
      "Making a complaint about {a}"},
     {{"En cas d'insatisfaction concernant {le}, déposer une réclamation et obtenir une réponse "
       "motivée.",
       "Bei Unzufriedenheit mit {dem} eine Beschwerde einreichen und eine begründete Antwort "
       "erhalten.",
       "If you are dissatisfied with {the}, submit a complaint and receive a reasoned "
       "answer."},
      {"Comment une réclamation concernant {le} est traitée et dans quel délai.",
       "Wie eine Beschwerde über {den} bearbeitet wird und innerhalb welcher Frist.",
       "How a complaint about {the} is handled and within which time frame."}}},
    {"pay",
     {"Payer {un}", "{ein} bezahlen", "Paying for {a}"},
     {{"Moyens de paiement pour {le} : virement, carte au guichet ou paiement en ligne.",
       "Zahlungsmöglichkeiten für {den}: Überweisung, Karte am Schalter oder Online-Zahlung.",
       "Ways to pay for {the}: bank transfer, card at the counter or online payment."},
      {"Comment est calculé le tarif {du} et quand il doit être réglé.",
       "Wie die Gebühr für {den} berechnet wird und wann sie zu zahlen ist.",
       "How the fee for {the} is calculated and when it must be paid."}}},
};

const QList<Action> declarationActions{
    {"file",
     {"Déposer {un}", "{ein} einreichen", "Filing {a}"},
     {{"Comment et quand déposer {un}, sur papier ou par voie électronique.",
       "Wie und wann Sie {ein} auf Papier oder elektronisch einreichen.",
       "How and when to file {a}, on paper or electronically."},
      {"Remplir et transmettre {un} à l'administration compétente dans le délai légal.",
       "{ein} ausfüllen und fristgerecht bei der zuständigen Verwaltung einreichen.",
       "Complete and submit {a} to the competent administration within the legal deadline."}}},
    {"correct",
     {"Rectifier {un} déjà déposé{e}", "{ein} nachträglich berichtigen",
      "Correcting {a} already filed"},
     {{"Si vous constatez une erreur après le dépôt {dun}, transmettez une version rectificative.",
       "Wenn Sie in {einem} nach der Abgabe einen Fehler feststellen, reichen Sie eine "
       "berichtigte Fassung ein.",
       "If you notice an error after filing {a}, submit a corrective version."},
      {"Modifier {un} : délais, intérêts éventuels et traitement par l'administration.",
       "{ein} ändern: Fristen, mögliche Zinsen und Bearbeitung durch die Verwaltung.",
       "Amending {a}: time limits, possible interest and how the administration handles it."}}},
    {"file-late",
     {"Déposer {un} hors délai", "{ein} nach Fristablauf einreichen",
      "Filing {a} after the deadline"},
     {{"Ce qui se passe lorsque {le} est déposé{e} en retard et comment limiter les pénalités.",
       "Was geschieht, wenn {der} verspätet eingereicht wird, und wie Sie Zuschläge begrenzen.",
       "What happens if {the} is filed late, and how to limit penalties."},
      {"Dépôt tardif {dun} : les démarches pour régulariser rapidement votre situation.",
       "Verspätete Abgabe: So bringen Sie die Situation bei {dem} rasch in Ordnung.",
       "Late filing of {a}: steps to regularise your situation quickly."}}},
    {"extend-deadline",
     {"Demander un délai pour déposer {un}", "Eine Fristverlängerung für {ein} beantragen",
      "Requesting more time to file {a}"},
     {{"Demander une prolongation du délai de dépôt {du} lorsque vous ne pouvez pas respecter "
       "l'échéance.",
       "Eine Verlängerung der Frist für {den} beantragen, wenn Sie den Termin nicht einhalten "
       "können.",
       "Ask for an extension of the deadline for {the} when you cannot file it on time."},
      {"Conditions pour obtenir un délai supplémentaire pour remettre {un}.",
       "Voraussetzungen, um für {ein} mehr Zeit zu erhalten.",
       "Conditions for obtaining extra time to submit {a}."}}},
    {"receipt",
     {"Obtenir un accusé de réception pour {un}", "Eine Eingangsbestätigung für {ein} erhalten",
      "Obtaining an acknowledgement of receipt for {a}"},
     {{"Obtenir une confirmation écrite que {le} a bien été reçu{e} et enregistré{e}.",
       "Eine schriftliche Bestätigung erhalten, dass {der} eingegangen und erfasst ist.",
       "Get written confirmation that {the} has been received and recorded."},
      {"Comment prouver que vous avez déposé {un} dans les délais.",
       "Wie Sie nachweisen, dass Sie {ein} rechtzeitig eingereicht haben.",
       "How to prove that you filed {a} on time."}}},
};

} // namespace

const QList<Action>& actionsFor(Kind kind)
{
    switch (kind) {
    case Kind::Certificate:
        return certificateActions;
    case Kind::Permit:
        return permitActions;
    case Kind::Benefit:
        return benefitActions;
    case Kind::Registration:
        return registrationActions;
    case Kind::Declaration:
        return declarationActions;
    case Kind::Service:
        break;
    }
    return serviceActions;
}

} // namespace guichet::sim::seed::catalogue
