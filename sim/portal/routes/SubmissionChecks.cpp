#include "SubmissionChecks.h"

#include "Problems.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::sim::routes {

QList<MultipartPart> attachmentParts(const Submission& submission)
{
    QList<MultipartPart> parts;
    for (const MultipartPart& part : submission.files)
        if (part.name == QLatin1String("attachments"))
            parts.append(part);
    return parts;
}

std::optional<ApiResponse> readSubmission(PortalContext& context, const ApiRequest& request,
                                          Submission& submission,
                                          const SubmissionCheck& beforeAttachments)
{
    const std::optional<QList<MultipartPart>> parts =
        parseMultipart(request.header("content-type"), request.body);
    if (!parts)
        return problem(request, 415, QStringLiteral("REQ-004"),
                       QStringLiteral("Expected multipart/form-data"));
    bool haveManifest = false;
    for (const MultipartPart& part : *parts) {
        if (part.name == QLatin1String("submission")) {
            const QJsonDocument document = QJsonDocument::fromJson(part.body);
            if (!document.isObject())
                return problem(request, 400, QStringLiteral("REQ-001"),
                               QStringLiteral("The submission part is not a JSON object"));
            submission.manifest = document.object();
            submission.manifestBytes = part.body;
            haveManifest = true;
        } else {
            submission.files.append(part);
        }
    }
    if (!haveManifest)
        return problem(request, 400, QStringLiteral("REQ-001"),
                       QStringLiteral("The submission part is missing"));
    QJsonArray missing;
    for (const char* member : {"format", "procedureId", "formId", "formVersion", "language"})
        if (submission.manifest.value(QLatin1String(member)).toString().isEmpty())
            missing.append(fieldError(QStringLiteral("required"),
                                      QLatin1String(member) + QStringLiteral(" is required"), {},
                                      QStringLiteral("/submission/") + QLatin1String(member)));
    if (!missing.isEmpty())
        return problem(request, 400, QStringLiteral("REQ-001"),
                       QStringLiteral("Incomplete manifest"), missing);

    const QString formId = submission.manifest.value(QStringLiteral("formId")).toString();
    const std::optional<QJsonObject> latest = context.store.form(formId, {}, request.language);
    if (!latest)
        return notFound(request);
    const QString version = submission.manifest.value(QStringLiteral("formVersion")).toString();
    if (latest->value(QStringLiteral("version")).toString() != version) {
        ApiResponse refused = problem(request, 422, QStringLiteral("SUB-004"));
        QJsonObject body = QJsonDocument::fromJson(refused.body).object();
        body.insert(QStringLiteral("currentVersion"), latest->value(QStringLiteral("version")));
        return ApiResponse::json(422, body);
    }
    submission.form = *latest;
    if (beforeAttachments)
        if (std::optional<ApiResponse> refused = beforeAttachments(submission))
            return refused;

    // Every manifest entry without a documentId has a part with the same digest and size.
    QList<MultipartPart> unmatched = attachmentParts(submission);
    QJsonArray errors;
    const QJsonArray listed = submission.manifest.value(QStringLiteral("attachments")).toArray();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QJsonObject entry = listed.at(i).toObject();
        if (entry.value(QStringLiteral("documentId")).isString())
            continue;
        const QString sha = entry.value(QStringLiteral("sha256")).toString().toLower();
        bool found = false;
        for (qsizetype p = 0; p < unmatched.size() && !found; ++p) {
            const MultipartPart& part = unmatched.at(p);
            if (QCryptographicHash::hash(part.body, QCryptographicHash::Sha256).toHex() ==
                    sha.toLatin1() &&
                part.body.size() == entry.value(QStringLiteral("size")).toInteger(-1)) {
                unmatched.removeAt(p);
                found = true;
            }
        }
        if (!found)
            errors.append(fieldError(QStringLiteral("SUB-003"),
                                     QStringLiteral("no file part matches this entry"), {},
                                     QStringLiteral("/submission/attachments/%1").arg(i)));
    }
    if (!unmatched.isEmpty())
        errors.append(fieldError(
            QStringLiteral("SUB-003"),
            QStringLiteral("%1 file part(s) not in the manifest").arg(unmatched.size())));
    if (!errors.isEmpty())
        return problem(request, 422, QStringLiteral("SUB-003"), {}, errors);
    return std::nullopt;
}

} // namespace guichet::sim::routes
