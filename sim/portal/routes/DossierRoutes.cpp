// Dossiers (my procedures): list, submit a signed package, details, tracking events.
#include "PackageSignatureCheck.h"
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"
#include "SubmissionChecks.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace guichet::sim {
namespace {

const QStringList& dossierStatuses()
{
    static const QStringList statuses{"received", "in_processing", "information_requested",
                                      "decided", "closed"};
    return statuses;
}

ApiResponse listDossiers(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("dossier");
    if (auto refused = routes::readEnumFilter(request, "status", dossierStatuses(),
                                              QStringLiteral("status"), query))
        return *refused;
    if (request.hasQuery("procedureId"))
        query.equals.insert(QStringLiteral("procedure_id"), request.queryValue("procedureId"));
    if (auto refused = routes::readTime(request, "updatedSince", query.updatedSince))
        return *refused;
    return routes::listPage(context, request, query, paging);
}

ApiResponse events(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    const QString spaceId = request.param("spaceId");
    if (!context.store.item(spaceId, QStringLiteral("dossier"), request.param("dossierId")))
        return routes::notFound(request);
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("event");
    query.equals.insert(QStringLiteral("dossier_id"), request.param("dossierId"));
    return routes::listPage(context, request, query, paging);
}

QJsonObject storedDocument(const QString& spaceId, const QString& id, const QString& title,
                           const QString& fileName, const QByteArray& type, const QByteArray& bytes,
                           const QString& dossierId, const QString& now)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("fileName"), fileName},
        {QStringLiteral("mediaType"), QString::fromLatin1(type)},
        {QStringLiteral("size"), bytes.size()},
        {QStringLiteral("sha256"), QString::fromLatin1(sha)},
        {QStringLiteral("origin"), QStringLiteral("submission")},
        {QStringLiteral("dossierId"), dossierId},
        {QStringLiteral("messageId"), QJsonValue::Null},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("updatedAt"), now},
        {QStringLiteral("expiresAt"), QJsonValue::Null},
        {QStringLiteral("deletable"), false},
        {QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(QString::fromLatin1(sha.left(16)))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("contentHref"),
         QStringLiteral("/api/v1/spaces/%1/documents/%2/content").arg(spaceId, id)}};
}

ApiResponse submit(PortalContext& context, const ApiRequest& request)
{
    // The signed package's checks (SUB-001, SUB-002, SUB-007) come after the form
    // version and before the attachments, as docs/api/portal.yaml orders them.
    routes::Submission submission;
    if (auto refused = routes::readSubmission(
            context, request, submission, [&](const routes::Submission& read) {
                return routes::checkSignedPackage(context, request, read);
            }))
        return *refused;
    QByteArray package;
    for (const MultipartPart& part : submission.files)
        if (part.name == QLatin1String("package"))
            package = part.body;

    const QString spaceId = request.param("spaceId");
    const QDateTime now = context.clock.now();
    const QString time = apiTime(now);
    const QString dossierId = routes::newDatedId("D-", now);
    const QString reference = dossierId.mid(2);
    const QJsonObject form = submission.form;
    const QString title = form.value(QStringLiteral("title")).toString();
    const std::optional<PortalStore::Persona> person = context.store.persona(request.personaKey);

    context.store.begin();
    const QString packageId = routes::newId("DOC-");
    context.store.putContent(spaceId, packageId, package);
    context.store.putItem(spaceId, QStringLiteral("document"),
                          storedDocument(spaceId, packageId, title,
                                         QStringLiteral("%1.pdf").arg(reference), "application/pdf",
                                         package, dossierId, time));
    QJsonArray attachmentIds;
    for (const MultipartPart& part : routes::attachmentParts(submission)) {
        const QString id = routes::newId("DOC-");
        context.store.putContent(spaceId, id, part.body);
        context.store.putItem(spaceId, QStringLiteral("document"),
                              storedDocument(spaceId, id, part.fileName, part.fileName,
                                             part.contentType.split(';').value(0).trimmed(),
                                             part.body, dossierId, time));
        attachmentIds.append(id);
    }
    for (const QJsonValue entry :
         submission.manifest.value(QStringLiteral("attachments")).toArray())
        if (entry.toObject().value(QStringLiteral("documentId")).isString())
            attachmentIds.append(entry.toObject().value(QStringLiteral("documentId")));
    const QJsonObject dossier{
        {QStringLiteral("id"), dossierId},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("procedureId"), form.value(QStringLiteral("procedureId"))},
        {QStringLiteral("formId"), form.value(QStringLiteral("id"))},
        {QStringLiteral("formVersion"), form.value(QStringLiteral("version"))},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("administration"), form.value(QStringLiteral("administration"))},
        {QStringLiteral("submittedAt"), time},
        {QStringLiteral("updatedAt"), time},
        {QStringLiteral("submittedBy"),
         QJsonObject{{QStringLiteral("identityId"), request.identityId},
                     {QStringLiteral("name"),
                      person ? person->givenName + u' ' + person->surname : request.identityId}}},
        {QStringLiteral("packageDocumentId"), packageId},
        {QStringLiteral("attachmentDocumentIds"), attachmentIds},
        {QStringLiteral("threadId"), routes::newId("T-", 8)},
        {QStringLiteral("unreadMessages"), 0},
        {QStringLiteral("version"), 1}};
    context.store.putItem(spaceId, QStringLiteral("dossier"), dossier);
    context.store.putItem(
        spaceId, QStringLiteral("event"),
        {{QStringLiteral("id"), QStringLiteral("EV-") + dossierId.mid(2) + QStringLiteral("-1")},
         {QStringLiteral("dossierId"), dossierId},
         {QStringLiteral("type"), QStringLiteral("received")},
         {QStringLiteral("occurredAt"), time},
         {QStringLiteral("title"), title},
         {QStringLiteral("administration"), form.value(QStringLiteral("administration"))},
         {QStringLiteral("documentIds"), QJsonArray{packageId}},
         {QStringLiteral("messageId"), QJsonValue::Null},
         {QStringLiteral("version"), 1}});
    context.store.commit();
    const QString href = QStringLiteral("/api/v1/spaces/%1/dossiers/%2").arg(spaceId, dossierId);
    return ApiResponse::json(201, {{QStringLiteral("id"), dossierId},
                                   {QStringLiteral("reference"), reference},
                                   {QStringLiteral("status"), QStringLiteral("received")},
                                   {QStringLiteral("submittedAt"), time},
                                   {QStringLiteral("href"), href}})
        .withHeader("Location", href.toUtf8());
}

} // namespace

void addDossierRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    SimHttpServer& http = context.http;
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/dossiers"),
                  [c](ApiRequest& request) { return listDossiers(*c, request); });
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/dossiers"),
                             Role::Manager, submit);
    routes::addObjectRoute(context, QStringLiteral("/spaces/{spaceId}/dossiers/{dossierId}"),
                           QStringLiteral("dossier"), "dossierId");
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/dossiers/{dossierId}/events"),
                  [c](ApiRequest& request) { return events(*c, request); });
}

} // namespace guichet::sim
