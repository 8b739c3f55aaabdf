#include "SummaryContent.h"

#include "AnswerDisplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace guichet::forms {
namespace {

SummaryAttachment attachmentOf(const FormDefinition& form, const FormField& field,
                               const QJsonObject& value, const QList<SubmissionFile>& files)
{
    const QString sha256 = value.value(QStringLiteral("sha256")).toString();
    const AttachmentRequirement* requirement =
        form.attachment(value.value(QStringLiteral("requirementId")).toString());
    if (!requirement)
        requirement = form.attachment(field.attachmentRequirementId);
    SummaryAttachment out;
    out.requirement = requirement ? requirement->label : field.label;
    out.fileName = value.value(QStringLiteral("fileName")).toString();
    out.sha256Hex = sha256;
    out.alreadyInSpace = !value.value(QStringLiteral("documentId")).toString().isEmpty();
    for (const SubmissionFile& file : files) {
        if (file.sha256 == sha256) {
            out.mediaType = file.mediaType;
            out.sizeBytes = file.size;
        }
    }
    return out;
}

} // namespace

SummaryDocument summaryContent(const FormModel& model, const QList<SubmissionFile>& files,
                               const SummaryPeople& people, const QDateTime& confirmedAt)
{
    const FormDefinition& form = model.definition();
    const QLocale locale(form.language);
    SummaryDocument document;
    document.formTitle = form.title;
    document.formId = form.id;
    document.formVersion = form.version;
    document.procedureId = form.procedureId;
    document.administration = form.administrationName;
    document.personName = people.personName;
    document.onBehalfOf = people.onBehalfOf;
    document.signedWith = people.signedWith;
    document.language = form.language;
    document.confirmedAt = confirmedAt;
    document.closingStatement =
        QCoreApplication::translate("SummaryContent",
                                    "By signing, I confirm that the answers above are accurate and "
                                    "complete, and I submit this request to %1.")
            .arg(form.administrationName);

    // Read from the manifest's answers: what the person signs is exactly what is sent
    // (visible fields only, group children shown in their repetition, values as sent).
    QHash<QString, QJsonObject> sent;
    for (const QJsonValue& entry : model.manifestAnswers())
        sent.insert(entry.toObject().value(QStringLiteral("fieldId")).toString(), entry.toObject());
    const QString typed = provenanceDisplayText(Provenance{});
    for (const FormSection& section : form.sections) {
        SummarySection out{section.title, {}};
        for (const FormField& field : section.fields) {
            const auto answer = sent.constFind(field.id);
            if (answer == sent.cend())
                continue;
            const QJsonValue value = answer->value(QStringLiteral("value"));
            SummaryRow row;
            row.label = field.label;
            if (field.type == FieldType::Group) {
                for (const QJsonValue& repetition : value.toArray()) {
                    QList<SummaryField> fields;
                    const QJsonObject answers = repetition.toObject();
                    for (const FormField& child : field.fields) {
                        const QJsonValue childValue = answers.value(child.id);
                        if (isEmptyValue(childValue))
                            continue;
                        fields.append(SummaryField{
                            child.label, answerDisplayText(child, childValue, locale), typed});
                        if (child.type == FieldType::Attachment)
                            document.attachments.append(
                                attachmentOf(form, child, childValue.toObject(), files));
                    }
                    row.repetitions.append(fields);
                }
            } else {
                row.answer = answerDisplayText(field, value, locale);
                row.provenance = provenanceDisplayText(
                    Provenance::fromJson(answer->value(QStringLiteral("provenance")).toObject()));
                if (field.type == FieldType::Attachment)
                    document.attachments.append(attachmentOf(form, field, value.toObject(), files));
            }
            out.rows.append(row);
        }
        if (!out.rows.isEmpty())
            document.sections.append(out);
    }
    return document;
}

} // namespace guichet::forms
