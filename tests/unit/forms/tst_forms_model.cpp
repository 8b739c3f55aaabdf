// The form model over a real form of the simulated portal (the study grant): prefill
// merge with provenance, corrections instead of edits of authentic values, consents
// needed, visibility, validation, drafts, language switch, and the manifest and
// summary made from it.
#include "AnswerDisplay.h"
#include "FormLibrary.h"
#include "FormModel.h"
#include "FormSchemaParser.h"
#include "SubmissionManifest.h"
#include "SummaryContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

const QString Retrieved = QStringLiteral("2026-11-26T09:00:00Z");

FormDefinition studyGrant(const QString& language)
{
    static const QList<sim::seed::Localised> forms =
        sim::seed::handWrittenForms(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    for (const sim::seed::Localised& form : forms) {
        const QJsonObject json = form.value(language);
        if (json.value(QStringLiteral("id")).toString() == QLatin1String("F-STUDY-GRANT"))
            return parseFormDefinition(json, language).value();
    }
    qFatal("no study grant form");
    return {};
}

QJsonObject prefillValue(const QString& fieldId, const QJsonValue& value, const QString& source,
                         const QString& mode)
{
    return {{QStringLiteral("fieldId"), fieldId},
            {QStringLiteral("value"), value},
            {QStringLiteral("provenance"), QJsonObject{{QStringLiteral("source"), source},
                                                       {QStringLiteral("mode"), mode},
                                                       {QStringLiteral("retrievedAt"), Retrieved},
                                                       {QStringLiteral("recordVersion"), 3}}}};
}

QJsonObject marieAddress()
{
    return {{QStringLiteral("street"), QStringLiteral("rue de la Gare")},
            {QStringLiteral("houseNumber"), QStringLiteral("25")},
            {QStringLiteral("postalCode"), QStringLiteral("3236")},
            {QStringLiteral("locality"), QStringLiteral("Bettembourg")},
            {QStringLiteral("country"), QStringLiteral("LU")}};
}

// What the portal answers for Marie (PrefillResult): identity and address
// automatically, contact data from her space, the cadastre only with consent.
QJsonObject mariePrefill()
{
    return {
        {QStringLiteral("formId"), QStringLiteral("F-STUDY-GRANT")},
        {QStringLiteral("formVersion"), QStringLiteral("1.0.0")},
        {QStringLiteral("values"),
         QJsonArray{
             prefillValue(QStringLiteral("surname"), QStringLiteral("Schmit"),
                          QStringLiteral("rnpp-identity"), QStringLiteral("automatic")),
             prefillValue(QStringLiteral("givenName"), QStringLiteral("Marie"),
                          QStringLiteral("rnpp-identity"), QStringLiteral("automatic")),
             prefillValue(QStringLiteral("nationalNumber"), QStringLiteral("1985021412399"),
                          QStringLiteral("rnpp-identity"), QStringLiteral("automatic")),
             prefillValue(QStringLiteral("address"), marieAddress(), QStringLiteral("rnpp-address"),
                          QStringLiteral("automatic")),
             prefillValue(QStringLiteral("email"), QStringLiteral("marie.schmit@example.lu"),
                          QStringLiteral("personal"), QStringLiteral("personal")),
             prefillValue(QStringLiteral("iban"), QStringLiteral("LU280019400644750000"),
                          QStringLiteral("personal"), QStringLiteral("personal")),
         }},
        {QStringLiteral("missingConsents"),
         QJsonArray{QJsonObject{
             {QStringLiteral("source"), QStringLiteral("cadastre")},
             {QStringLiteral("purpose"), QStringLiteral("study-grant-housing")},
             {QStringLiteral("purposeText"), QStringLiteral("Vérifier la propriété du logement.")},
             {QStringLiteral("administration"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("cedies")},
                          {QStringLiteral("name"), QStringLiteral("CEDIES")}}},
             {QStringLiteral("formId"), QStringLiteral("F-STUDY-GRANT")},
             {QStringLiteral("fieldIds"), QJsonArray{QStringLiteral("propertyParcel")}}}}},
        {QStringLiteral("unavailableSources"), QJsonArray{}}};
}

QJsonObject answerOf(const QJsonArray& answers, const QString& fieldId)
{
    for (const QJsonValue& a : answers)
        if (a.toObject().value(QStringLiteral("fieldId")).toString() == fieldId)
            return a.toObject();
    return {};
}

} // namespace

class FormModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefillKeepsProvenanceAndListsConsents()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        const QStringList filled = model.mergePrefill(mariePrefill());
        QCOMPARE(filled.size(), 6);
        const Answer surname = model.answer(QStringLiteral("surname"));
        QCOMPARE(surname.value.toString(), QStringLiteral("Schmit"));
        QCOMPARE(surname.provenance.origin, ValueOrigin::Automatic);
        QCOMPARE(surname.provenance.source, QStringLiteral("rnpp-identity"));
        QCOMPARE(surname.provenance.recordVersion, std::optional<int>(3));
        QCOMPARE(model.answer(QStringLiteral("iban")).provenance.origin, ValueOrigin::Personal);
        QCOMPARE(model.consentsNeeded().size(), 1);
        QCOMPARE(model.consentsNeeded().first().administrationName, QStringLiteral("CEDIES"));
        QCOMPARE(model.consentsNeeded().first().fieldIds, QStringList{"propertyParcel"});
    }

    void personalValuesNeverOverwriteWhatThePersonTyped()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        QCOMPARE(model.setValue(QStringLiteral("email"), QStringLiteral("marie@private.lu")),
                 EditOutcome::Changed);
        model.mergePrefill(mariePrefill());
        QCOMPARE(model.value(QStringLiteral("email")).toString(),
                 QStringLiteral("marie@private.lu"));
        QVERIFY(model.answer(QStringLiteral("email")).provenance.isTyped());
        // Personal values stay editable and become the person's own.
        QCOMPARE(model.setValue(QStringLiteral("iban"), QStringLiteral("LU12 0019 4006 4475 0001")),
                 EditOutcome::Changed);
        QVERIFY(model.answer(QStringLiteral("iban")).provenance.isTyped());
    }

    void editingAnAuthenticValueProposesACorrection()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        model.mergePrefill(mariePrefill());
        QJsonObject moved = marieAddress();
        moved.insert(QStringLiteral("houseNumber"), QStringLiteral("27"));
        QCOMPARE(model.setValue(QStringLiteral("address"), moved), EditOutcome::CorrectionProposed);
        // The form keeps the registered value until the source decides.
        QCOMPARE(model.value(QStringLiteral("address")).toObject(), marieAddress());
        QVERIFY(model.hasCorrection(QStringLiteral("address")));
        const CorrectionProposal proposal = model.corrections().first();
        QCOMPARE(proposal.source, QStringLiteral("rnpp-address"));
        QCOMPARE(proposal.itemId, QStringLiteral("address"));
        QCOMPARE(proposal.proposedValue.toObject(), moved);
        // Typing the registered value again withdraws it.
        QCOMPARE(model.setValue(QStringLiteral("address"), marieAddress()), EditOutcome::Unchanged);
        QVERIFY(!model.hasCorrection(QStringLiteral("address")));
        QCOMPARE(model.setValue(QStringLiteral("noSuchField"), 1), EditOutcome::Refused);
    }

    void visibilityFollowsAnswers()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        QVERIFY(!model.isVisible(QStringLiteral("monthlyRent")));
        model.setValue(QStringLiteral("housingSituation"), QStringLiteral("rent"));
        QVERIFY(model.isVisible(QStringLiteral("monthlyRent")));
        QVERIFY(!model.isVisible(QStringLiteral("propertyParcel")));
        model.setValue(QStringLiteral("housingSituation"), QStringLiteral("own"));
        QVERIFY(!model.isVisible(QStringLiteral("monthlyRent")));
        QVERIFY(model.isVisible(QStringLiteral("propertyParcel")));
    }

    void validationNamesTheFieldsAndSkipsHiddenOnes()
    {
        FormModel model(studyGrant(QStringLiteral("en")));
        model.mergePrefill(mariePrefill());
        const QDate today(2026, 11, 26);
        QList<FieldIssue> issues = model.validate(today);
        QStringList ids;
        for (const FieldIssue& issue : issues)
            ids.append(issue.fieldId);
        QVERIFY(ids.contains(QStringLiteral("residenceStatus")));
        QVERIFY(!ids.contains(QStringLiteral("monthlyRent"))); // hidden
        QVERIFY(!ids.contains(QStringLiteral("surname")));     // prefilled
        model.setValue(QStringLiteral("iban"), QStringLiteral("LU28 0019 4006 4475 0001"));
        const QList<FieldIssue> iban = model.validateField(QStringLiteral("iban"), today);
        QCOMPARE(iban.size(), 1);
        QVERIFY(!iban.first().message.isEmpty());
    }

    void draftRoundTripAndLanguageSwitchKeepAnswers()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        model.mergePrefill(mariePrefill());
        model.setValue(QStringLiteral("housingSituation"), QStringLiteral("rent"));
        model.setValue(QStringLiteral("monthlyRent"), 850);
        QJsonObject moved = marieAddress();
        moved.insert(QStringLiteral("houseNumber"), QStringLiteral("27"));
        model.setValue(QStringLiteral("address"), moved);
        model.setCorrectionReason(QStringLiteral("address"), QStringLiteral("Renumérotation"));
        // Through the bytes a draft is stored as.
        const QJsonObject draft =
            QJsonDocument::fromJson(QJsonDocument(model.toDraftJson()).toJson()).object();

        FormModel restored(studyGrant(QStringLiteral("de")));
        QVERIFY(restored.restoreDraft(draft));
        QCOMPARE(restored.value(QStringLiteral("monthlyRent")).toDouble(), 850.0);
        QCOMPARE(restored.answer(QStringLiteral("surname")).provenance.origin,
                 ValueOrigin::Automatic);
        QCOMPARE(restored.corrections().first().reason, QStringLiteral("Renumérotation"));
        QCOMPARE(restored.manifestAnswers(), model.manifestAnswers());

        QVERIFY(restored.replaceDefinition(studyGrant(QStringLiteral("en"))));
        QCOMPARE(restored.definition().language, QStringLiteral("en"));
        QCOMPARE(restored.value(QStringLiteral("monthlyRent")).toDouble(), 850.0);
        FormDefinition other = studyGrant(QStringLiteral("en"));
        other.version = QStringLiteral("2.0.0");
        QVERIFY(!restored.replaceDefinition(other));
        QVERIFY(!FormModel(studyGrant(QStringLiteral("en"))).restoreDraft(QJsonObject{}));
    }

    void manifestLeavesHiddenAnswersOutAndKeepsProvenance()
    {
        FormModel model(studyGrant(QStringLiteral("fr")));
        model.mergePrefill(mariePrefill());
        model.setValue(QStringLiteral("housingSituation"), QStringLiteral("rent"));
        model.setValue(QStringLiteral("monthlyRent"), 850);
        model.setValue(QStringLiteral("housingSituation"), QStringLiteral("parents"));
        model.setValue(QStringLiteral("iban"), QStringLiteral("lu28 0019 4006 4475 0000"));
        model.setValue(QStringLiteral("hasSiblings"), true);
        model.setValue(QStringLiteral("parents"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("parentName"), QStringLiteral("Jean")},
                           {QStringLiteral("parentWorksInLuxembourg"), false},
                           {QStringLiteral("parentEmployedSince"), QStringLiteral("2001-01-01")}}});
        ManifestContext context;
        context.language = QStringLiteral("fr");
        context.spaceId = QStringLiteral("sp-priv-marie-schmit");
        context.createdAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        context.clientVersion = QStringLiteral("0.1.0");
        SubmissionFile file{QStringLiteral("enrolment-certificate"),
                            QStringLiteral("inscription.pdf"),
                            QStringLiteral("application/pdf"),
                            1234,
                            QString(64, QLatin1Char('a')),
                            QString(),
                            QByteArray("x")};
        const QByteArray bytes = buildManifest(model, {file}, context);
        const QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
                 QStringLiteral("guichet-submission/1"));
        QCOMPARE(manifest.value(QStringLiteral("formId")).toString(),
                 QStringLiteral("F-STUDY-GRANT"));
        QCOMPARE(manifest.value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2026-11-26T10:00:00Z"));
        const QJsonArray answers = manifest.value(QStringLiteral("answers")).toArray();
        QVERIFY(answerOf(answers, QStringLiteral("monthlyRent")).isEmpty()); // hidden again
        QCOMPARE(answerOf(answers, QStringLiteral("surname"))
                     .value(QStringLiteral("provenance"))
                     .toObject()
                     .value(QStringLiteral("mode"))
                     .toString(),
                 QStringLiteral("automatic"));
        QVERIFY(!answerOf(answers, QStringLiteral("housingSituation"))
                     .contains(QStringLiteral("provenance")));
        QCOMPARE(
            answerOf(answers, QStringLiteral("iban")).value(QStringLiteral("value")).toString(),
            QStringLiteral("LU280019400644750000")); // submitted normalised
        // A hidden child of a repetition is left out of it.
        const QJsonObject parent = answerOf(answers, QStringLiteral("parents"))
                                       .value(QStringLiteral("value"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QVERIFY(parent.contains(QStringLiteral("parentName")));
        QVERIFY(!parent.contains(QStringLiteral("parentEmployedSince")));
        const QJsonObject attachment =
            manifest.value(QStringLiteral("attachments")).toArray().first().toObject();
        QVERIFY(attachment.value(QStringLiteral("documentId")).isNull());
        QCOMPARE(attachment.value(QStringLiteral("size")).toInt(), 1234);
        // The same model gives the same bytes (they are signed, then compared).
        QCOMPARE(buildManifest(model, {file}, context), bytes);
    }

    void summaryShowsAnswersWithTheirSourceInTheFormsLanguage()
    {
        FormModel model(studyGrant(QStringLiteral("en")));
        model.mergePrefill(mariePrefill());
        model.setValue(QStringLiteral("hasSiblings"), false);
        model.setValue(QStringLiteral("residenceStatus"), QStringLiteral("resident"));
        const SummaryDocument summary =
            summaryContent(model, {}, SummaryPeople{QStringLiteral("Marie Schmit"), {}},
                           QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QCOMPARE(summary.formId, QStringLiteral("F-STUDY-GRANT"));
        QCOMPARE(summary.language, QStringLiteral("en"));
        bool sawAddress = false;
        bool sawSiblings = false;
        for (const SummarySection& section : summary.sections) {
            for (const SummaryRow& row : section.rows) {
                if (row.answer.contains(QStringLiteral("L-3236 Bettembourg"))) {
                    sawAddress = true;
                    QVERIFY(row.provenance.contains(QStringLiteral("no proof needed")));
                }
                if (row.answer == QStringLiteral("No"))
                    sawSiblings = true;
            }
        }
        QVERIFY(sawAddress);
        QVERIFY(sawSiblings);
        QVERIFY(!summary.closingStatement.isEmpty());
        const FormField* iban = model.definition().field(QStringLiteral("iban"));
        QCOMPARE(answerDisplayText(*iban, QStringLiteral("LU280019400644750000"), QLocale::c()),
                 QStringLiteral("LU28 0019 4006 4475 0000"));
    }
};

QTEST_GUILESS_MAIN(FormModelTest)
#include "tst_forms_model.moc"
