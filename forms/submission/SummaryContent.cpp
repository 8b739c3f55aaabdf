#include "SummaryContent.h"

#include "AnswerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace guichet::forms {
namespace {

QList<SummaryField> repetitionFields(const FormModel& model, const FormField& group,
                                     const QJsonObject& repetition, const QLocale& locale)
{
    QList<SummaryField> out;
    for (const FormField& child : group.fields) {
        const QJsonValue value = repetition.value(child.id);
        if (isEmptyValue(value))
            continue;
        Q_UNUSED(model);
        out.append(SummaryField{child.label, answerDisplayText(child, value, locale),
                                provenanceDisplayText(Provenance{})});
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
    document.language = form.language;
    document.confirmedAt = confirmedAt;
    for (const FormSection& section : form.sections) {
        if (!model.isSectionVisible(section))
            continue;
        SummarySection out{section.title, {}};
        for (const FormField& field : section.fields) {
            if (!model.isVisible(field.id))
                continue;
            const Answer answer = model.answer(field.id);
            if (isEmptyValue(answer.value))
                continue;
            SummaryRow row;
            row.label = field.label;
            if (field.type == FieldType::Group) {
                for (const QJsonValue& repetition : answer.value.toArray())
                    row.repetitions.append(
                        repetitionFields(model, field, repetition.toObject(), locale));
            } else {
                row.answer = answerDisplayText(field, answer.value, locale);
                row.provenance = provenanceDisplayText(answer.provenance);
            }
            out.rows.append(row);
        }
        if (!out.rows.isEmpty())
            document.sections.append(out);
    }
    for (const SubmissionFile& file : files) {
        const AttachmentRequirement* requirement = form.attachment(file.requirementId);
        document.attachments.append(
            SummaryAttachment{requirement ? requirement->label : file.requirementId, file.fileName,
                              file.mediaType, file.size, file.sha256, !file.documentId.isEmpty()});
    }
    document.closingStatement =
        QCoreApplication::translate("SummaryContent",
                                    "By signing, I confirm that the answers above are accurate and "
                                    "complete, and I submit this request to %1.")
            .arg(form.administrationName);
    return document;
}

} // namespace guichet::forms
