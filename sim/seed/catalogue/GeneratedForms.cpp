#include "GeneratedForms.h"

#include "Phrasing.h"

#include <QJsonArray>

#include <iterator>

namespace guichet::sim::seed::catalogue {

namespace {

const QString Automatic = QStringLiteral("automatic");
const QString Personal = QStringLiteral("personal");

QJsonObject prefill(const char* source, const char* item, const QString& mode)
{
    return {{QStringLiteral("source"), QLatin1String(source)},
            {QStringLiteral("item"), QLatin1String(item)},
            {QStringLiteral("mode"), mode}};
}

struct FieldText
{
    const char* id;
    const char* type;
    Tri label;
};

QJsonObject field(const FieldText& f, const QString& language, bool required)
{
    return {{QStringLiteral("id"), QLatin1String(f.id)},
            {QStringLiteral("type"), QLatin1String(f.type)},
            {QStringLiteral("label"), plain(f.label, language)},
            {QStringLiteral("required"), required}};
}

// A field filled from an authentic source: read-only, since a wrong value is corrected
// at its source (correction request), not in the form. Without a card nothing is known
// about the person, so the field is an ordinary one.
QJsonObject sourcedField(const FieldText& f, const QString& language, bool publicAccess,
                         const char* source, const char* item)
{
    QJsonObject result = field(f, language, true);
    if (!publicAccess) {
        result.insert(QStringLiteral("readOnly"), true);
        result.insert(QStringLiteral("prefill"), prefill(source, item, Automatic));
    }
    return result;
}

const FieldText givenName{"givenName", "text", {"Prénom", "Vorname", "Given name"}};
const FieldText surname{"surname", "text", {"Nom", "Nachname", "Surname"}};
const FieldText nationalNumber{
    "nationalNumber",
    "nationalNumber",
    {"Matricule national", "Nationale Identifikationsnummer", "National identification number"}};
const FieldText birthDate{
    "birthDate", "date", {"Date de naissance", "Geburtsdatum", "Date of birth"}};
const FieldText address{
    "address", "address", {"Adresse de résidence", "Wohnadresse", "Home address"}};
const FieldText rcsNumber{"rcsNumber", "text", {"Numéro RCS", "RCS-Nummer", "RCS number"}};
const FieldText companyName{
    "companyName",
    "text",
    {"Dénomination de l'entreprise", "Name des Unternehmens", "Company name"}};
const FieldText email{"email", "email", {"Adresse e-mail", "E-Mail-Adresse", "E-mail address"}};
const FieldText phone{"phone", "phone", {"Téléphone", "Telefon", "Telephone"}};
const FieldText request{
    "request",
    "text",
    {"Décrivez votre demande", "Beschreiben Sie Ihr Anliegen", "Describe your request"}};

// Yes/no questions a form may ask; one per form.
const FieldText yesNoQuestions[] = {
    {"firstRequest",
     "yesno",
     {"Est-ce votre première demande de ce type ?", "Ist dies Ihr erster Antrag dieser Art?",
      "Is this your first request of this kind?"}},
    {"urgent",
     "yesno",
     {"Votre demande est-elle urgente ?", "Ist Ihr Antrag dringend?", "Is your request urgent?"}},
    {"onBehalfOfSomeoneElse",
     "yesno",
     {"Agissez-vous pour le compte d'une autre personne ?",
      "Handeln Sie im Namen einer anderen Person?", "Are you acting on behalf of another person?"}},
    {"alreadyInContact",
     "yesno",
     {"Avez-vous déjà contacté l'administration à ce sujet ?",
      "Haben Sie die Verwaltung bereits dazu kontaktiert?",
      "Have you already contacted the administration about this?"}},
};

const FieldText desiredDate{
    "desiredDate", "date", {"Date souhaitée", "Gewünschtes Datum", "Preferred date"}};
const FieldText answerChannel{"answerChannel",
                              "choice",
                              {"Comment souhaitez-vous recevoir la réponse ?",
                               "Wie möchten Sie die Antwort erhalten?",
                               "How would you like to receive the answer?"}};

struct Option
{
    const char* value;
    Tri label;
};

const Option spaceOption{
    "space", {"Dans mon espace MyGuichet", "In meinem MyGuichet-Bereich", "In my MyGuichet space"}};
const Option emailOption{"email", {"Par e-mail", "Per E-Mail", "By e-mail"}};
const Option postOption{"post", {"Par courrier", "Per Post", "By post"}};
const Option counterOption{"counter", {"Au guichet", "Am Schalter", "At the counter"}};

struct AttachmentText
{
    const char* id;
    Tri label;
};

// Supporting documents a generated form may ask for; one per form.
const AttachmentText supportingDocuments[] = {
    {"supporting-document", {"Pièce justificative", "Nachweis", "Supporting document"}},
    {"proof-of-income", {"Justificatifs de revenus", "Einkommensnachweise", "Proof of income"}},
    {"proof-of-address", {"Justificatif de domicile", "Wohnsitznachweis", "Proof of address"}},
    {"quote-or-invoice",
     {"Devis ou facture", "Kostenvoranschlag oder Rechnung", "Quote or invoice"}},
    {"plans-or-photos", {"Plans ou photos", "Pläne oder Fotos", "Plans or photos"}},
    {"power-of-attorney",
     {"Procuration signée", "Unterschriebene Vollmacht", "Signed power of attorney"}},
};
const AttachmentText identityDocument{"identity-document",
                                      {"Copie d'une pièce d'identité",
                                       "Kopie eines Ausweisdokuments",
                                       "Copy of an identity document"}};

const Tri sectionIdentity{"Votre identité", "Ihre Angaben", "Your identity"};
const Tri sectionCompany{"Demandeur et entreprise", "Antragsteller und Unternehmen",
                         "Applicant and company"};
const Tri sectionContact{"Vos coordonnées", "Kontaktdaten", "Contact details"};
const Tri sectionRequest{"Votre demande", "Ihr Antrag", "Your request"};
const Tri requestHelp{"Précisez l'objet de votre demande et toute information utile au "
                      "traitement du dossier.",
                      "Geben Sie den Gegenstand Ihres Antrags und alle für die Bearbeitung "
                      "nützlichen Informationen an.",
                      "State what you are asking for and anything that helps to process the "
                      "file."};
const Tri description{"Remplissez ce formulaire pour introduire votre demande auprès de : %1.",
                      "Füllen Sie dieses Formular aus, um Ihren Antrag einzureichen bei: %1.",
                      "Complete this form to submit your request to: %1."};

QJsonObject attachmentRequirement(const AttachmentText& a, const QString& language, bool required,
                                  int maxCount, bool personalReuse)
{
    return {{QStringLiteral("id"), QLatin1String(a.id)},
            {QStringLiteral("label"), plain(a.label, language)},
            {QStringLiteral("required"), required},
            {QStringLiteral("mediaTypes"),
             QJsonArray{QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"),
                        QStringLiteral("image/png")}},
            {QStringLiteral("maxSize"), 5 * 1024 * 1024},
            {QStringLiteral("maxCount"), maxCount},
            {QStringLiteral("personalReuse"), personalReuse}};
}

// What the dice decided for one form; the same in every language.
struct FormChoices
{
    int yesNo;
    int extra; // 0 nothing, 1 desired date, 2 answer channel
    int document;
    int documentCount;
};

QJsonArray identityFields(const GeneratedFormInput& in, const QString& language)
{
    QJsonArray fields{
        sourcedField(givenName, language, in.publicAccess, "rnpp-identity", "givenName"),
        sourcedField(surname, language, in.publicAccess, "rnpp-identity", "surname")};
    // Without a card the person may have no Luxembourg national number yet.
    if (!in.publicAccess)
        fields.append(
            sourcedField(nationalNumber, language, false, "rnpp-identity", "nationalNumber"));
    fields.append(sourcedField(birthDate, language, in.publicAccess, "rnpp-identity", "birthDate"));
    fields.append(sourcedField(address, language, in.publicAccess, "rnpp-address", "address"));
    if (in.business) {
        fields.append(sourcedField(rcsNumber, language, false, "rcs", "rcsNumber"));
        fields.append(sourcedField(companyName, language, false, "rcs", "companyName"));
    }
    return fields;
}

QJsonArray contactFields(const GeneratedFormInput& in, const QString& language)
{
    QJsonObject mail = field(email, language, true);
    QJsonObject telephone = field(phone, language, false);
    if (!in.publicAccess) {
        // Re-used from the person's earlier answers, freely editable.
        mail.insert(QStringLiteral("prefill"), prefill("personal", "email", Personal));
        telephone.insert(QStringLiteral("prefill"), prefill("personal", "phone", Personal));
    }
    return {mail, telephone};
}

QJsonArray requestFields(const GeneratedFormInput& in, const FormChoices& c,
                         const QString& language)
{
    QJsonObject text = field(request, language, true);
    text.insert(QStringLiteral("help"), plain(requestHelp, language));
    text.insert(QStringLiteral("validation"),
                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("maxLength")},
                                       {QStringLiteral("value"), 2000}}});
    QJsonArray fields{text, field(yesNoQuestions[c.yesNo], language, true)};
    if (c.extra == 1) {
        QJsonObject date = field(desiredDate, language, false);
        date.insert(QStringLiteral("validation"),
                    QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("minDate")},
                                           {QStringLiteral("value"), QStringLiteral("today")}}});
        fields.append(date);
    } else if (c.extra == 2) {
        QJsonArray options;
        const Option* choices[] = {in.publicAccess ? &emailOption : &spaceOption, &postOption,
                                   &counterOption};
        for (const Option* o : choices)
            options.append(QJsonObject{{QStringLiteral("value"), QLatin1String(o->value)},
                                       {QStringLiteral("label"), plain(o->label, language)}});
        QJsonObject choice = field(answerChannel, language, true);
        choice.insert(QStringLiteral("options"), options);
        fields.append(choice);
    }
    const AttachmentText& document = supportingDocuments[c.document];
    QJsonObject upload{{QStringLiteral("id"), QStringLiteral("supportingDocument")},
                       {QStringLiteral("type"), QStringLiteral("attachment")},
                       {QStringLiteral("label"), plain(document.label, language)},
                       {QStringLiteral("required"), true},
                       {QStringLiteral("attachmentRequirementId"), QLatin1String(document.id)}};
    fields.append(upload);
    return fields;
}

QJsonObject section(const char* id, const Tri& title, const QJsonArray& fields,
                    const QString& language)
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("title"), plain(title, language)},
            {QStringLiteral("fields"), fields}};
}

} // namespace

Localised generatedForm(const GeneratedFormInput& in, Dice& dice)
{
    FormChoices c{};
    c.yesNo = dice.below(static_cast<int>(std::size(yesNoQuestions)));
    c.extra = dice.below(3);
    c.document = dice.below(static_cast<int>(std::size(supportingDocuments)));
    c.documentCount = 1 + dice.below(3);

    Localised result;
    for (const QString& language : languages()) {
        const QJsonObject procedure = in.procedure.value(language);
        const QJsonObject administration =
            procedure.value(QStringLiteral("administration")).toObject();
        const QString adminName = administration.value(QStringLiteral("name")).toString();

        QJsonArray sections{
            section("identity", in.business ? sectionCompany : sectionIdentity,
                    identityFields(in, language), language),
            section("contact", sectionContact, contactFields(in, language), language),
            section("request", sectionRequest, requestFields(in, c, language), language)};

        QJsonArray attachments{attachmentRequirement(supportingDocuments[c.document], language,
                                                     true, c.documentCount, !in.publicAccess)};
        // Without a card the administration needs to see who is asking.
        if (in.publicAccess)
            attachments.append(attachmentRequirement(identityDocument, language, true, 1, false));

        const QString authentication =
            in.publicAccess ? QStringLiteral("none") : QStringLiteral("card");
        result.insert(
            language,
            QJsonObject{
                {QStringLiteral("id"), in.formId},
                {QStringLiteral("version"), QStringLiteral("1.0.0")},
                {QStringLiteral("procedureId"), in.procedureId},
                {QStringLiteral("title"), procedure.value(QStringLiteral("title"))},
                {QStringLiteral("description"), plain(description, language).arg(adminName)},
                {QStringLiteral("authentication"), authentication},
                {QStringLiteral("signature"), authentication},
                {QStringLiteral("administration"), administration},
                {QStringLiteral("publishedAt"), procedure.value(QStringLiteral("updatedAt"))},
                {QStringLiteral("acceptedUntil"), QJsonValue::Null},
                {QStringLiteral("sections"), sections},
                {QStringLiteral("attachments"), attachments}});
    }
    return result;
}

} // namespace guichet::sim::seed::catalogue
