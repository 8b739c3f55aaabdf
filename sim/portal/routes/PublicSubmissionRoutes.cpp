// Submissions of the procedures open without a card (people without a Luxembourg
// card): no token, the person identifies through `contact`, a tracking code follows.
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"
#include "SubmissionChecks.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace guichet::sim {
namespace {

// XXXX-XXXX-XXXX from 36 symbols: about 62 bits, enough to follow one submission.
QString newTrackingCode()
{
    static constexpr char Symbols[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(Symbols[QRandomGenerator::system()->bounded(36)]);
    }
    return code;
}

ApiResponse submit(PortalContext& context, const ApiRequest& request)
{
    routes::Submission submission;
    if (auto refused = routes::readSubmission(context, request, submission))
        return *refused;
    if (submission.form.value(QStringLiteral("authentication")).toString() != QLatin1String("none"))
        return problem(request, 403, QStringLiteral("SUB-006"));
    const QJsonObject contact = submission.manifest.value(QStringLiteral("contact")).toObject();
    QJsonArray errors;
    for (const char* member : {"givenName", "surname", "email"})
        if (contact.value(QLatin1String(member)).toString().isEmpty())
            errors.append(fieldError(
                QStringLiteral("required"), QLatin1String(member) + QStringLiteral(" is required"),
                {}, QStringLiteral("/submission/contact/") + QLatin1String(member)));
    if (!errors.isEmpty())
        return problem(request, 400, QStringLiteral("REQ-001"),
                       QStringLiteral("The contact is incomplete"), errors);

    const QDateTime now = context.clock.now();
    const QString reference = routes::newDatedId("PS-", now);
    const QString trackingCode = newTrackingCode();
    const QJsonObject event{
        {QStringLiteral("id"), QStringLiteral("EV-") + reference.mid(3) + QStringLiteral("-1")},
        {QStringLiteral("dossierId"), reference},
        {QStringLiteral("type"), QStringLiteral("received")},
        {QStringLiteral("occurredAt"), apiTime(now)},
        {QStringLiteral("title"), submission.form.value(QStringLiteral("title"))},
        {QStringLiteral("administration"), submission.form.value(QStringLiteral("administration"))},
        {QStringLiteral("version"), 1}};
    const QJsonObject status{
        {QStringLiteral("reference"), reference},
        {QStringLiteral("procedureId"), submission.manifest.value(QStringLiteral("procedureId"))},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("updatedAt"), apiTime(now)},
        {QStringLiteral("events"), QJsonArray{event}}};
    context.store.putPublicSubmission(reference, trackingCode, status);
    return ApiResponse::json(201, {{QStringLiteral("reference"), reference},
                                   {QStringLiteral("status"), QStringLiteral("received")},
                                   {QStringLiteral("submittedAt"), apiTime(now)},
                                   {QStringLiteral("trackingCode"), trackingCode}})
        .withHeader("Location", "/api/v1/public/submissions/" + reference.toLatin1());
}

ApiResponse follow(PortalContext& context, const ApiRequest& request)
{
    const QByteArray code = request.header("tracking-code");
    if (code.isEmpty())
        return problem(request, 400, QStringLiteral("REQ-002"),
                       QStringLiteral("The Tracking-Code header is required"),
                       {fieldError(QStringLiteral("required"), QStringLiteral("Tracking-Code"),
                                   QStringLiteral("Tracking-Code"))});
    const std::optional<QJsonObject> status =
        context.store.publicSubmission(request.param("reference"), QString::fromLatin1(code));
    return status ? ApiResponse::json(200, *status).withHeader("Cache-Control", "no-store")
                  : routes::notFound(request);
}

} // namespace

void addPublicSubmissionRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    context.http.addRoute("POST", QStringLiteral("/public/submissions"), [c](ApiRequest& request) {
        return routes::idempotent(*c, request, QStringLiteral("public"),
                                  [c, &request] { return submit(*c, request); });
    });
    context.http.addRoute("GET", QStringLiteral("/public/submissions/{reference}"),
                          [c](ApiRequest& request) { return follow(*c, request); });
}

} // namespace guichet::sim
