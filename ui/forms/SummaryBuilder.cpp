#include "SummaryBuilder.h"

#include "AnswerText.h"
#include "AttachmentFiles.h"
#include "SummaryContent.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace guichet {
namespace {

// One line for an answer shown inside a sentence (an address has several).
QString oneLine(const forms::FormField& field, const QJsonValue& value)
{
    return AnswerText::of(field, value, nullptr).replace(u'\n', QStringLiteral(", "));
}

// The attachment answers' files as the summary names them (metadata only: the
// bytes are read when the package is made).
void collectFiles(const forms::FormField& field, const QJsonValue& value,
                  const AttachmentFiles* files, QList<forms::SubmissionFile>& out)
{
    if (field.type == forms::FieldType::Group) {
        for (const QJsonValue& repetition : value.toArray())
            for (const forms::FormField& child : field.fields)
                collectFiles(child, repetition.toObject().value(child.id), files, out);
        return;
    }
    if (field.type != forms::FieldType::Attachment || !files)
        return;
    const AttachedFile file = files->describe(value.toObject());
    out.append(forms::SubmissionFile{{},
                                     file.fileName,
                                     file.mediaType,
                                     qMax<qint64>(0, file.size),
                                     file.sha256,
                                     file.documentId,
                                     {}});
}

} // namespace

forms::SummaryDocument buildSummaryDocument(const forms::FormModel& model,
                                            const AttachmentFiles* files, const QString& personName,
                                            const QString& companyName,
                                            const QDateTime& confirmedAt)
{
    // One content for the screen and the PDF (forms::summaryContent): the person signs
    // exactly what they read.
    QList<forms::SubmissionFile> described;
    for (const QJsonValue& entry : model.manifestAnswers()) {
        const QJsonObject answer = entry.toObject();
        if (const forms::FormField* field =
                model.definition().field(answer.value(u"fieldId").toString()))
            collectFiles(*field, answer.value(u"value"), files, described);
    }
    return forms::summaryContent(model, described, forms::SummaryPeople{personName, companyName},
                                 confirmedAt);
}

QStringList correctionLines(const forms::FormModel& model)
{
    QStringList lines;
    const forms::FormDefinition& definition = model.definition();
    for (const forms::CorrectionProposal& c : model.corrections()) {
        const forms::FormField* field = definition.field(c.fieldId);
        if (!field)
            continue;
        QString line =
            QCoreApplication::translate("FormSummary",
                                        "%1: you propose “%2” instead of “%3” to %4.")
                .arg(field->label, oneLine(*field, c.proposedValue),
                     oneLine(*field, c.currentValue), forms::sourceDisplayName(c.source));
        if (!c.reason.isEmpty())
            line += u' ' + QCoreApplication::translate("FormSummary", "Reason: %1").arg(c.reason);
        lines.append(line);
    }
    return lines;
}

} // namespace guichet
