// What authentic sources hold about the person, correction requests, and the log of
// who accessed the data.
#include "PortalContext.h"
#include "Problems.h"
#include "ResponseLanguage.h"
#include "Routes.h"

#include <QJsonArray>

namespace guichet::sim {
namespace {

ApiResponse allData(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("data");
    query.limit = 100;
    QJsonArray items;
    for (const QJsonObject& record : context.store.items(request.param("spaceId"), query).items)
        items.append(inRequestLanguage(context.store, query.kind, record, request.language));
    return ApiResponse::json(200, {{QStringLiteral("items"), items}});
}

ApiResponse oneSource(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    const std::optional<QJsonObject> record = context.store.item(
        request.param("spaceId"), QStringLiteral("data"), request.param("source"));
    if (!record)
        return routes::notFound(request);
    if (record->value(QStringLiteral("status")).toString() == QLatin1String("unavailable"))
        return problem(request, 503, QStringLiteral("SRC-001"));
    return ApiResponse::json(
        200, inRequestLanguage(context.store, QStringLiteral("data"), *record, request.language));
}

ApiResponse listCorrections(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("correction");
    if (auto refused = routes::readEnumFilter(request, "status",
                                              {"submitted", "in_review", "accepted", "rejected"},
                                              QStringLiteral("status"), query))
        return *refused;
    return routes::listPage(context, request, query, paging);
}

ApiResponse requestCorrection(PortalContext& context, const ApiRequest& request)
{
    QJsonObject body;
    if (auto refused = routes::readJsonObject(request, body))
        return *refused;
    if (auto refused =
            routes::requireMembers(request, body,
                                   {QStringLiteral("source"), QStringLiteral("itemId"),
                                    QStringLiteral("proposedValue"), QStringLiteral("reason")}))
        return *refused;
    const QString spaceId = request.param("spaceId");
    std::optional<QJsonObject> record = context.store.item(
        spaceId, QStringLiteral("data"), body.value(QStringLiteral("source")).toString());
    if (!record)
        return routes::notFound(request);
    QJsonArray items = record->value(QStringLiteral("items")).toArray();
    const QString itemId = body.value(QStringLiteral("itemId")).toString();
    qsizetype index = -1;
    for (qsizetype i = 0; i < items.size() && index < 0; ++i)
        if (items.at(i).toObject().value(QStringLiteral("id")).toString() == itemId)
            index = i;
    if (index < 0)
        return routes::notFound(request);
    QJsonObject item = items.at(index).toObject();
    if (!item.value(QStringLiteral("correctable")).toBool())
        return problem(request, 422, QStringLiteral("CORR-002"));
    if (item.value(QStringLiteral("pendingCorrectionId")).isString())
        return problem(request, 409, QStringLiteral("CORR-001"));

    const QString now = apiTime(context.clock.now());
    const QString id = routes::newId("CR-");
    QJsonArray documents = body.value(QStringLiteral("documentIds")).toArray();
    const QJsonObject correction{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), body.value(QStringLiteral("source"))},
        {QStringLiteral("itemId"), itemId},
        {QStringLiteral("itemLabel"), item.value(QStringLiteral("label"))},
        {QStringLiteral("currentValue"), item.value(QStringLiteral("value"))},
        {QStringLiteral("proposedValue"), body.value(QStringLiteral("proposedValue"))},
        {QStringLiteral("reason"), body.value(QStringLiteral("reason")).toString().left(4000)},
        {QStringLiteral("documentIds"), documents},
        {QStringLiteral("status"), QStringLiteral("submitted")},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("updatedAt"), now},
        {QStringLiteral("decisionNote"), QJsonValue::Null},
        {QStringLiteral("version"), 1}};
    item.insert(QStringLiteral("pendingCorrectionId"), id);
    items.replace(index, item);
    record->insert(QStringLiteral("items"), items);
    record->insert(QStringLiteral("version"),
                   record->value(QStringLiteral("version")).toInteger(1) + 1);
    context.store.begin();
    context.store.putItem(spaceId, QStringLiteral("correction"), correction);
    context.store.putItem(spaceId, QStringLiteral("data"), *record);
    context.store.commit();
    return ApiResponse::json(201, correction)
        .withHeader(
            "Location",
            QStringLiteral("/api/v1/spaces/%1/data/corrections/%2").arg(spaceId, id).toUtf8());
}

ApiResponse accessLog(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("access");
    if (auto refused = routes::readTime(request, "since", query.since))
        return *refused;
    if (auto refused = routes::readTime(request, "until", query.until))
        return *refused;
    if (request.hasQuery("source"))
        query.equals.insert(QStringLiteral("source"), request.queryValue("source"));
    if (request.hasQuery("administration"))
        query.equals.insert(QStringLiteral("admin_id"), request.queryValue("administration"));
    if (request.hasQuery("dossierId"))
        query.equals.insert(QStringLiteral("dossier_id"), request.queryValue("dossierId"));
    return routes::listPage(context, request, query, paging);
}

} // namespace

void addDataRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    SimHttpServer& http = context.http;
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/data"),
                  [c](ApiRequest& request) { return allData(*c, request); });
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/data/sources/{source}"),
                  [c](ApiRequest& request) { return oneSource(*c, request); });
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/data/corrections"),
                  [c](ApiRequest& request) { return listCorrections(*c, request); });
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/data/corrections"),
                             Role::Manager, requestCorrection);
    routes::addObjectRoute(context,
                           QStringLiteral("/spaces/{spaceId}/data/corrections/{correctionId}"),
                           QStringLiteral("correction"), "correctionId");
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/access-log"),
                  [c](ApiRequest& request) { return accessLog(*c, request); });
    routes::addObjectRoute(context, QStringLiteral("/spaces/{spaceId}/access-log/{entryId}"),
                           QStringLiteral("access"), "entryId");
}

} // namespace guichet::sim
