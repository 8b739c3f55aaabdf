// Messages with administrations: inbox per space, threads, writing and replying
// (with attachments), marking as read.
#include "Multipart.h"
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::sim {
namespace {

ApiResponse listMessages(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("message");
    if (request.hasQuery("dossierId"))
        query.equals.insert(QStringLiteral("dossier_id"), request.queryValue("dossierId"));
    if (request.hasQuery("administrationId"))
        query.equals.insert(QStringLiteral("admin_id"), request.queryValue("administrationId"));
    if (request.hasQuery("threadId"))
        query.equals.insert(QStringLiteral("thread_id"), request.queryValue("threadId"));
    if (auto refused = routes::readBoolean(request, "unread", query.unread))
        return *refused;
    if (auto refused = routes::readTime(request, "updatedSince", query.updatedSince))
        return *refused;
    query.offset = paging.offset;
    query.limit = paging.limit;
    const QString spaceId = request.param("spaceId");
    const PortalStore::Page found = context.store.items(spaceId, query);
    QJsonObject body = routes::page(request, found.items, paging, found.more);
    PortalStore::ItemQuery unread;
    unread.kind = QStringLiteral("message");
    unread.unread = true;
    unread.limit = 100000;
    body.insert(QStringLiteral("unreadTotal"), context.store.items(spaceId, unread).items.size());
    return ApiResponse::json(200, body);
}

ApiResponse send(PortalContext& context, const ApiRequest& request)
{
    const QString spaceId = request.param("spaceId");
    QJsonObject draft;
    QList<MultipartPart> files;
    if (request.header("content-type").toLower().startsWith("multipart/form-data")) {
        const auto parts = parseMultipart(request.header("content-type"), request.body);
        if (!parts)
            return problem(request, 400, QStringLiteral("REQ-001"),
                           QStringLiteral("Malformed multipart body"));
        for (const MultipartPart& part : *parts) {
            if (part.name == QLatin1String("message"))
                draft = QJsonDocument::fromJson(part.body).object();
            else if (part.name == QLatin1String("attachments"))
                files.append(part);
        }
    } else if (auto refused = routes::readJsonObject(request, draft)) {
        return *refused;
    }
    if (auto refused = routes::requireMembers(request, draft,
                                              {QStringLiteral("subject"), QStringLiteral("body")}))
        return *refused;

    // Where it goes: the thread replied to, the dossier, or an administration.
    QJsonObject administration;
    QString dossierId = draft.value(QStringLiteral("dossierId")).toString();
    QString threadId;
    QJsonValue inReplyTo = QJsonValue::Null;
    if (const QString replyTo = draft.value(QStringLiteral("inReplyTo")).toString();
        !replyTo.isEmpty()) {
        const auto original = context.store.item(spaceId, QStringLiteral("message"), replyTo);
        if (!original)
            return routes::notFound(request);
        administration = original->value(QStringLiteral("administration")).toObject();
        threadId = original->value(QStringLiteral("threadId")).toString();
        if (original->value(QStringLiteral("dossierId")).isString())
            dossierId = original->value(QStringLiteral("dossierId")).toString();
        inReplyTo = replyTo;
    }
    if (!dossierId.isEmpty()) {
        const auto dossier = context.store.item(spaceId, QStringLiteral("dossier"), dossierId);
        if (!dossier)
            return routes::notFound(request);
        if (dossier->value(QStringLiteral("status")).toString() == QLatin1String("closed"))
            return problem(request, 409, QStringLiteral("MSG-001"));
        administration = dossier->value(QStringLiteral("administration")).toObject();
        if (threadId.isEmpty())
            threadId = dossier->value(QStringLiteral("threadId")).toString();
    }
    if (administration.isEmpty()) {
        const QString administrationId = draft.value(QStringLiteral("administrationId")).toString();
        if (administrationId.isEmpty())
            return problem(request, 400, QStringLiteral("REQ-001"),
                           QStringLiteral("Say whom to write to"),
                           {fieldError(QStringLiteral("required"),
                                       QStringLiteral("inReplyTo, dossierId or administrationId"),
                                       {}, QStringLiteral("/administrationId"))});
        administration = {{QStringLiteral("id"), administrationId},
                          {QStringLiteral("name"), administrationId}};
    }

    const QString now = apiTime(context.clock.now());
    const QString id = routes::newId("M-");
    if (threadId.isEmpty())
        threadId = routes::newId("T-", 8);
    QJsonArray attachments;
    context.store.begin();
    for (const QJsonValue documentId : draft.value(QStringLiteral("documentIds")).toArray()) {
        const auto document =
            context.store.item(spaceId, QStringLiteral("document"), documentId.toString());
        if (!document) {
            context.store.commit();
            return routes::notFound(request);
        }
        attachments.append(
            QJsonObject{{QStringLiteral("documentId"), documentId},
                        {QStringLiteral("fileName"), document->value(QStringLiteral("fileName"))},
                        {QStringLiteral("mediaType"), document->value(QStringLiteral("mediaType"))},
                        {QStringLiteral("size"), document->value(QStringLiteral("size"))},
                        {QStringLiteral("sha256"), document->value(QStringLiteral("sha256"))}});
    }
    for (const MultipartPart& file : files) {
        const QString documentId = routes::newId("DOC-");
        const QByteArray sha =
            QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex();
        const QString type = QString::fromLatin1(file.contentType.split(';').value(0).trimmed());
        context.store.putContent(spaceId, documentId, file.body);
        context.store.putItem(
            spaceId, QStringLiteral("document"),
            {{QStringLiteral("id"), documentId},
             {QStringLiteral("title"), file.fileName},
             {QStringLiteral("fileName"), file.fileName},
             {QStringLiteral("mediaType"), type},
             {QStringLiteral("size"), file.body.size()},
             {QStringLiteral("sha256"), QString::fromLatin1(sha)},
             {QStringLiteral("origin"), QStringLiteral("personal")},
             {QStringLiteral("dossierId"),
              dossierId.isEmpty() ? QJsonValue() : QJsonValue(dossierId)},
             {QStringLiteral("messageId"), id},
             {QStringLiteral("createdAt"), now},
             {QStringLiteral("updatedAt"), now},
             {QStringLiteral("expiresAt"), QJsonValue::Null},
             {QStringLiteral("deletable"), false},
             {QStringLiteral("etag"),
              QStringLiteral("\"%1\"").arg(QString::fromLatin1(sha.left(16)))},
             {QStringLiteral("version"), 1},
             {QStringLiteral("contentHref"),
              QStringLiteral("/api/v1/spaces/%1/documents/%2/content").arg(spaceId, documentId)}});
        attachments.append(QJsonObject{{QStringLiteral("documentId"), documentId},
                                       {QStringLiteral("fileName"), file.fileName},
                                       {QStringLiteral("mediaType"), type},
                                       {QStringLiteral("size"), file.body.size()},
                                       {QStringLiteral("sha256"), QString::fromLatin1(sha)}});
    }
    const std::optional<PortalStore::Persona> person = context.store.persona(request.personaKey);
    const QJsonObject message{
        {QStringLiteral("id"), id},
        {QStringLiteral("threadId"), threadId},
        {QStringLiteral("dossierId"), dossierId.isEmpty() ? QJsonValue() : QJsonValue(dossierId)},
        {QStringLiteral("administration"), administration},
        {QStringLiteral("direction"), QStringLiteral("outbound")},
        {QStringLiteral("sender"), person ? person->givenName + u' ' + person->surname : QString()},
        {QStringLiteral("subject"), draft.value(QStringLiteral("subject")).toString().left(200)},
        {QStringLiteral("body"), draft.value(QStringLiteral("body")).toString().left(20000)},
        {QStringLiteral("sentAt"), now},
        {QStringLiteral("readAt"), now},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("inReplyTo"), inReplyTo},
        {QStringLiteral("version"), 1}};
    context.store.putItem(spaceId, QStringLiteral("message"), message);
    context.store.commit();
    return ApiResponse::json(201, message)
        .withHeader("Location",
                    QStringLiteral("/api/v1/spaces/%1/messages/%2").arg(spaceId, id).toUtf8());
}

ApiResponse markRead(PortalContext& context, const ApiRequest& request)
{
    const QString spaceId = request.param("spaceId");
    std::optional<QJsonObject> message =
        context.store.item(spaceId, QStringLiteral("message"), request.param("messageId"));
    if (!message)
        return routes::notFound(request);
    if (message->value(QStringLiteral("readAt")).isNull()) {
        message->insert(QStringLiteral("readAt"), apiTime(context.clock.now()));
        message->insert(QStringLiteral("version"),
                        message->value(QStringLiteral("version")).toInteger(1) + 1);
        context.store.putItem(spaceId, QStringLiteral("message"), *message);
    }
    return ApiResponse::json(200, *message);
}

} // namespace

void addMessageRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    context.http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/messages"),
                          [c](ApiRequest& request) { return listMessages(*c, request); });
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/messages"),
                             Role::Manager, send);
    routes::addObjectRoute(context, QStringLiteral("/spaces/{spaceId}/messages/{messageId}"),
                           QStringLiteral("message"), "messageId");
    routes::addSpaceMutation(context, "POST",
                             QStringLiteral("/spaces/{spaceId}/messages/{messageId}/read"),
                             Role::Member, markRead);
}

} // namespace guichet::sim
