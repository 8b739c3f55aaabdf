// Routes that need no sign-in: meta, the procedure catalogue, form schemas and the
// time-stamping service.
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"
#include "TimeStampAuthority.h"

#include <QJsonArray>
#include <QLocale>

namespace guichet::sim {
namespace {

ApiResponse meta(PortalContext& context, const ApiRequest& request)
{
    Q_UNUSED(request);
    const QJsonObject limits{
        {QStringLiteral("maxUploadBytes"), SimHttpServer::MaxBodyBytes},
        {QStringLiteral("maxJsonBytes"), 1024 * 1024},
        {QStringLiteral("maxPageSize"), 200},
        {QStringLiteral("nonceLifetimeSeconds"), 120},
        {QStringLiteral("accessTokenLifetimeSeconds"), SessionRegistry::AccessLifetimeSeconds},
        {QStringLiteral("refreshTokenLifetimeSeconds"), SessionRegistry::RefreshLifetimeSeconds}};
    ApiResponse response = ApiResponse::json(
        200,
        {{QStringLiteral("apiVersion"), QStringLiteral("1.0.0")},
         {QStringLiteral("languages"), QJsonArray{"fr", "de", "en"}},
         {QStringLiteral("defaultLanguage"), QStringLiteral("fr")},
         {QStringLiteral("serverTime"), apiTime(context.clock.now())},
         {QStringLiteral("minimumClientVersion"), QStringLiteral("0.1.0")},
         {QStringLiteral("unauthenticatedProcedures"), true},
         {QStringLiteral("authAlgorithms"), QJsonArray{"ES256", "ES384", "ES512", "RS256", "RS384",
                                                       "RS512", "PS256", "PS384", "PS512"}},
         {QStringLiteral("tsaAvailable"), true},
         {QStringLiteral("limits"), limits}});
    // serverTime changes every second; clients use meta for clock-skew checks.
    // The Date header (RFC 9110) is what any client can compare its clock with.
    const QString date = QLocale::c().toString(context.clock.now().toUTC(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    return response.withHeader("Cache-Control", "no-cache").withHeader("Date", date.toLatin1());
}

ApiResponse listProcedures(PortalContext& context, const ApiRequest& request)
{
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ProcedureQuery query;
    query.audience = request.queryValue("audience");
    if (!query.audience.isEmpty() && query.audience != QLatin1String("citizen") &&
        query.audience != QLatin1String("business"))
        return problem(request, 400, QStringLiteral("REQ-002"),
                       QStringLiteral("audience must be citizen or business"),
                       {fieldError(QStringLiteral("enum"), QStringLiteral("citizen | business"),
                                   QStringLiteral("audience"))});
    if (auto refused = routes::readBoolean(request, "online", query.online))
        return *refused;
    if (auto refused = routes::readTime(request, "updatedSince", query.updatedSince))
        return *refused;
    query.text = request.queryValue("q");
    query.offset = paging.offset;
    query.limit = paging.limit;
    const PortalStore::Page found = context.store.procedures(query, request.language);
    QList<QJsonObject> summaries;
    summaries.reserve(found.items.size());
    // A page lists summaries; the detail members are for GET .../{procedureId}.
    static const QStringList detailMembers{"who",       "conditions", "prerequisites",
                                           "costs",     "contact",    "processingTime",
                                           "deadlines", "legalBasis"};
    for (QJsonObject procedure : found.items) {
        for (const QString& member : detailMembers)
            procedure.remove(member);
        summaries.append(procedure);
    }
    QJsonObject body = routes::page(request, summaries, paging, found.more);
    body.insert(QStringLiteral("total"), found.total);
    return ApiResponse::json(200, body);
}

ApiResponse oneProcedure(PortalContext& context, const ApiRequest& request)
{
    const std::optional<QJsonObject> procedure =
        context.store.procedure(request.param("procedureId"), request.language);
    return procedure ? ApiResponse::json(200, *procedure) : routes::notFound(request);
}

ApiResponse oneForm(PortalContext& context, const ApiRequest& request)
{
    const QString version = request.queryValue("version");
    if (request.hasQuery("version") && version.isEmpty())
        return problem(request, 400, QStringLiteral("REQ-002"), QStringLiteral("empty version"),
                       {fieldError(QStringLiteral("format"), QStringLiteral("a version"),
                                   QStringLiteral("version"))});
    const std::optional<QJsonObject> form =
        context.store.form(request.param("formId"), version, request.language);
    return form ? ApiResponse::json(200, *form) : routes::notFound(request);
}

ApiResponse timeStamp(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::authenticate(context, request))
        return *refused;
    if (!request.header("content-type").toLower().startsWith("application/timestamp-query"))
        return problem(request, 415, QStringLiteral("REQ-004"),
                       QStringLiteral("Expected application/timestamp-query"));
    if (request.body.size() > TimeStampAuthority::MaxRequestBytes)
        return problem(request, 413, QStringLiteral("REQ-003"));
    const TimeStampAuthority::Reply reply = context.tsa.respond(request.body);
    if (reply.httpStatus >= 500)
        return problem(request, reply.httpStatus, QStringLiteral("SRV-001"));
    if (reply.httpStatus >= 400)
        return problem(request, 400, QStringLiteral("TSA-001"),
                       QStringLiteral("Not a time-stamp query"));
    return ApiResponse::bytes(reply.httpStatus, reply.contentType, reply.body)
        .withHeader("Cache-Control", "no-store");
}

} // namespace

void addMetaAndCatalogueRoutes(PortalContext& context)
{
    SimHttpServer& http = context.http;
    PortalContext* c = &context;
    http.addRoute("GET", QStringLiteral("/meta"),
                  [c](ApiRequest& request) { return meta(*c, request); });
    http.addRoute("GET", QStringLiteral("/catalogue/procedures"),
                  [c](ApiRequest& request) { return listProcedures(*c, request); });
    http.addRoute("GET", QStringLiteral("/catalogue/procedures/{procedureId}"),
                  [c](ApiRequest& request) { return oneProcedure(*c, request); });
    http.addRoute("GET", QStringLiteral("/forms/{formId}"),
                  [c](ApiRequest& request) { return oneForm(*c, request); });
    http.addRoute("POST", QStringLiteral("/tsa"),
                  [c](ApiRequest& request) { return timeStamp(*c, request); });
}

} // namespace guichet::sim
