#include "SubmissionManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::forms {

QByteArray buildManifest(const FormModel& model, const QList<SubmissionFile>& files,
                         const ManifestContext& context)
{
    const FormDefinition& form = model.definition();
    QJsonArray attachments;
    for (const SubmissionFile& file : files) {
        attachments.append(QJsonObject{
            {QStringLiteral("requirementId"), file.requirementId},
            {QStringLiteral("fileName"), file.fileName},
            {QStringLiteral("mediaType"), file.mediaType},
            {QStringLiteral("size"), file.size},
            {QStringLiteral("sha256"), file.sha256},
            {QStringLiteral("documentId"), file.documentId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(file.documentId)},
        });
    }
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("guichet-submission/1")},
        {QStringLiteral("procedureId"), form.procedureId},
        {QStringLiteral("formId"), form.id},
        {QStringLiteral("formVersion"), form.version},
        {QStringLiteral("language"), context.language},
        {QStringLiteral("spaceId"),
         context.spaceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(context.spaceId)},
        {QStringLiteral("answers"), model.manifestAnswers()},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("createdAt"), context.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("name"), context.clientName},
                                               {QStringLiteral("version"), context.clientVersion}}},
    };
    if (!context.contact.isEmpty())
        manifest.insert(QStringLiteral("contact"), context.contact);
    if (!context.onBehalfOf.isEmpty()) {
        QJsonObject company{{QStringLiteral("name"), context.onBehalfOf.name}};
        if (!context.onBehalfOf.rcsNumber.isEmpty())
            company.insert(QStringLiteral("rcsNumber"), context.onBehalfOf.rcsNumber);
        if (!context.onBehalfOf.vatNumber.isEmpty())
            company.insert(QStringLiteral("vatNumber"), context.onBehalfOf.vatNumber);
        manifest.insert(QStringLiteral("onBehalfOf"), company);
        manifest.insert(QStringLiteral("submittedBy"),
                        QJsonObject{{QStringLiteral("name"), context.submittedBy}});
    }
    if (!context.signedWith.isEmpty()) {
        QJsonObject certificate{{QStringLiteral("sha256"), context.signedWith.sha256},
                                {QStringLiteral("holder"), context.signedWith.holder},
                                {QStringLiteral("issuer"), context.signedWith.issuer}};
        if (!context.signedWith.organisation.isEmpty())
            certificate.insert(QStringLiteral("organisation"), context.signedWith.organisation);
        manifest.insert(QStringLiteral("signedWith"), certificate);
    }
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

} // namespace guichet::forms
