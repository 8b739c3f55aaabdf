#include "AttachmentCollector.h"

#include "DraftStore.h"
#include "ErrorCodes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::forms {
namespace {

struct Collector
{
    const DraftStore* drafts;
    QString draftId;
    const QList<SpaceDocument>& documents;
    QList<SubmissionFile> files;
    QStringList seen; // a file attached twice is sent once

    Status add(const FormField& field, const QJsonObject& value)
    {
        const QString sha256 = value.value(QStringLiteral("sha256")).toString();
        const QString documentId = value.value(QStringLiteral("documentId")).toString();
        if (sha256.isEmpty() || seen.contains(sha256))
            return {};
        seen.append(sha256);
        SubmissionFile file;
        file.requirementId = value.value(QStringLiteral("requirementId")).toString();
        if (file.requirementId.isEmpty())
            file.requirementId = field.attachmentRequirementId;
        file.fileName = value.value(QStringLiteral("fileName")).toString();
        file.sha256 = sha256;
        if (!documentId.isEmpty()) {
            for (const SpaceDocument& d : documents) {
                if (d.id == documentId) {
                    file.documentId = d.id;
                    file.mediaType = d.mediaType;
                    file.size = d.size;
                    if (file.fileName.isEmpty())
                        file.fileName = d.fileName;
                }
            }
            if (file.documentId.isEmpty())
                return Error(ErrorCode::AttachmentUnreadable,
                             QStringLiteral("document %1 of field %2 is no longer in the space")
                                 .arg(documentId, field.id));
            files.append(file);
            return {};
        }
        if (!drafts)
            return Error(ErrorCode::AttachmentUnreadable,
                         QStringLiteral("field %1: no draft keeps the file").arg(field.id));
        const Result<DraftFile> kept = drafts->file(draftId, sha256);
        if (!kept)
            return Error(ErrorCode::AttachmentUnreadable,
                         QStringLiteral("field %1: %2").arg(field.id, kept.error().detail()));
        file.mediaType = kept.value().mediaType;
        file.content = kept.value().content;
        file.size = file.content.size();
        if (file.fileName.isEmpty())
            file.fileName = kept.value().fileName;
        files.append(file);
        return {};
    }

    Status walk(const FormModel& model, const FormField& field, const QJsonValue& value)
    {
        if (field.type == FieldType::Attachment)
            return add(field, value.toObject());
        if (field.type != FieldType::Group)
            return {};
        for (const QJsonValue& repetition : value.toArray())
            for (const FormField& child : field.fields)
                if (Status s = walk(model, child, repetition.toObject().value(child.id)); !s)
                    return s;
        return {};
    }
};

} // namespace

Result<QList<SubmissionFile>> collectAttachments(const FormModel& model, const DraftStore* drafts,
                                                 const QString& draftId,
                                                 const QList<SpaceDocument>& spaceDocuments)
{
    Collector collector{drafts, draftId, spaceDocuments, {}, {}};
    // Through the submitted answers, so hidden fields and hidden repetition children
    // bring no file.
    for (const QJsonValue& entry : model.manifestAnswers()) {
        const QJsonObject answer = entry.toObject();
        const FormField* field =
            model.definition().field(answer.value(QStringLiteral("fieldId")).toString());
        if (!field)
            continue;
        if (Status s = collector.walk(model, *field, answer.value(QStringLiteral("value"))); !s)
            return s.error();
    }
    return collector.files;
}

} // namespace guichet::forms
