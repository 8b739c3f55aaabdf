#include "PortalContext.h"

#include "Multipart.h"
#include "Problems.h"
#include "ResponseLanguage.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace guichet::sim::routes {

std::optional<ApiResponse> authenticate(PortalContext& context, ApiRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return problem(request, 401, QStringLiteral("AUTH-010"));
    const std::optional<SessionRegistry::Session> session =
        context.sessions.byAccessToken(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!session)
        return problem(request, 401, QStringLiteral("AUTH-009"));
    request.personaKey = session->personaKey;
    request.identityId = session->identity.value(QStringLiteral("id")).toString();
    return std::nullopt;
}

std::optional<ApiResponse> enterSpace(PortalContext& context, ApiRequest& request, Role minimum)
{
    if (auto refused = authenticate(context, request))
        return refused;
    const std::optional<PortalStore::Space> space = context.store.space(request.param("spaceId"));
    if (!space || space->personaKey != request.personaKey)
        return problem(request, 403, QStringLiteral("ACCESS-001"));
    const Role role = space->role == QLatin1String("administrator") ? Role::Administrator
                      : space->role == QLatin1String("manager")     ? Role::Manager
                                                                    : Role::Member;
    if (role < minimum)
        return problem(request, 403, QStringLiteral("ACCESS-002"));
    (void)context.store.releaseDueEvents(context.clock.now());
    return std::nullopt;
}

std::optional<ApiResponse> readJsonObject(const ApiRequest& request, QJsonObject& object)
{
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return problem(request, 415, QStringLiteral("REQ-004"),
                       QStringLiteral("Expected application/json"));
    if (request.body.size() > 1024 * 1024)
        return problem(request, 413, QStringLiteral("REQ-003"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return problem(request, 400, QStringLiteral("REQ-001"),
                       error.error != QJsonParseError::NoError
                           ? error.errorString() + QStringLiteral(" at offset ") +
                                 QString::number(error.offset)
                           : QStringLiteral("Expected a JSON object"));
    object = document.object();
    return std::nullopt;
}

std::optional<ApiResponse> requireMembers(const ApiRequest& request, const QJsonObject& object,
                                          const QStringList& members)
{
    QJsonArray errors;
    for (const QString& member : members)
        if (object.value(member).toString().isEmpty())
            errors.append(fieldError(QStringLiteral("required"),
                                     member + QStringLiteral(" is required"), {},
                                     QStringLiteral("/") + member));
    if (errors.isEmpty())
        return std::nullopt;
    return problem(request, 400, QStringLiteral("REQ-001"), QStringLiteral("Missing members"),
                   errors);
}

namespace {

// What a cursor is bound to: the route, its path parameters and every query
// parameter except the cursor itself.
QByteArray listFingerprint(const ApiRequest& request)
{
    QByteArray material = request.route.toUtf8();
    QStringList keys = request.params.keys();
    keys.sort();
    for (const QString& key : keys)
        material += '|' + key.toUtf8() + '=' + request.params.value(key).toUtf8();
    QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    for (const auto& [key, value] : items)
        if (key != QLatin1String("cursor"))
            material += '&' + key.toUtf8() + '=' + value.toUtf8();
    return QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(12);
}

} // namespace

std::optional<ApiResponse> readPaging(const ApiRequest& request, Paging& paging, int defaultLimit,
                                      int maxLimit)
{
    paging.limit = defaultLimit;
    if (request.hasQuery("limit")) {
        bool ok = false;
        const int limit = request.queryValue("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return problem(request, 400, QStringLiteral("REQ-002"),
                           QStringLiteral("limit must be 1..%1").arg(maxLimit),
                           {fieldError(QStringLiteral("range"),
                                       QStringLiteral("limit must be 1..%1").arg(maxLimit),
                                       QStringLiteral("limit"))});
        paging.limit = limit;
    }
    if (request.hasQuery("cursor")) {
        const QByteArray decoded = QByteArray::fromBase64(
            request.queryValue("cursor").toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> parts = decoded.split(':');
        bool ok = false;
        const int offset = parts.value(1).toInt(&ok);
        if (parts.size() != 2 || parts.at(0) != listFingerprint(request) || !ok || offset < 0)
            return problem(request, 400, QStringLiteral("REQ-005"));
        paging.offset = offset;
    }
    return std::nullopt;
}

QJsonObject page(const ApiRequest& request, const QList<QJsonObject>& items, const Paging& paging,
                 bool more)
{
    QJsonArray array;
    for (const QJsonObject& item : items)
        array.append(item);
    QJsonValue next = QJsonValue::Null;
    if (more)
        next = QString::fromLatin1(
            (listFingerprint(request) + ':' + QByteArray::number(paging.offset + paging.limit))
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return {{QStringLiteral("items"), array}, {QStringLiteral("nextCursor"), next}};
}

std::optional<ApiResponse> readTime(const ApiRequest& request, const char* name, QString& value)
{
    value.clear();
    if (!request.hasQuery(name))
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(request.queryValue(name), Qt::ISODateWithMs);
    if (!time.isValid())
        return problem(request, 400, QStringLiteral("REQ-002"),
                       QStringLiteral("%1 must be an RFC 3339 time").arg(QLatin1String(name)),
                       {fieldError(QStringLiteral("format"), QStringLiteral("RFC 3339 expected"),
                                   QLatin1String(name))});
    value = apiTime(time);
    return std::nullopt;
}

namespace {

// "Same body" as the contract defines it: the same bytes of a JSON body, or for a
// multipart body the same parts (a client's retry may use another boundary).
QByteArray requestFingerprint(const ApiRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method + ' ' + request.path.toUtf8() + '\n');
    const std::optional<QList<MultipartPart>> parts =
        parseMultipart(request.header("content-type"), request.body);
    if (!parts) {
        hash.addData(request.body);
        return hash.result();
    }
    for (const MultipartPart& part : *parts) {
        hash.addData(part.name.toUtf8() + '\0' + part.fileName.toUtf8() + '\0' + part.contentType +
                     '\0');
        hash.addData(QCryptographicHash::hash(part.body, QCryptographicHash::Sha256));
    }
    return hash.result();
}

} // namespace

ApiResponse idempotent(PortalContext& context, const ApiRequest& request, const QString& owner,
                       const Mutation& mutation)
{
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (!keyShape.match(key).hasMatch())
        return problem(request, 400, QStringLiteral("IDEM-003"));
    const QByteArray fingerprint = requestFingerprint(request);
    if (const auto stored = context.store.storedAnswer(owner, key)) {
        if (stored->fingerprint != fingerprint)
            return problem(request, 409, QStringLiteral("IDEM-001"));
        ApiResponse replay = ApiResponse::bytes(stored->status, stored->contentType, stored->body);
        replay.withHeader("Idempotent-Replayed", "true");
        if (!stored->location.isEmpty())
            replay.withHeader("Location", stored->location);
        return replay;
    }
    ApiResponse response = mutation();
    // Only outcomes are remembered; a refusal may be retried after fixing the cause.
    if (response.status < 400)
        context.store.storeAnswer(owner, key,
                                  {fingerprint, response.status, response.contentType,
                                   response.body, response.header("Location")});
    return response;
}

ApiResponse notFound(const ApiRequest& request)
{
    return problem(request, 404, QStringLiteral("RES-001"));
}

std::optional<ApiResponse> readEnumFilter(const ApiRequest& request, const char* parameter,
                                          const QStringList& allowed, const QString& column,
                                          PortalStore::ItemQuery& query)
{
    if (!request.hasQuery(parameter))
        return std::nullopt;
    const QString value = request.queryValue(parameter);
    if (!allowed.contains(value))
        return problem(
            request, 400, QStringLiteral("REQ-002"),
            QStringLiteral("%1 must be one of %2")
                .arg(QLatin1String(parameter), allowed.join(u'|')),
            {fieldError(QStringLiteral("enum"), allowed.join(u'|'), QLatin1String(parameter))});
    query.equals.insert(column, value);
    return std::nullopt;
}

std::optional<ApiResponse> readBoolean(const ApiRequest& request, const char* parameter,
                                       std::optional<bool>& value)
{
    if (!request.hasQuery(parameter))
        return std::nullopt;
    const QString text = request.queryValue(parameter);
    if (text != QLatin1String("true") && text != QLatin1String("false"))
        return problem(request, 400, QStringLiteral("REQ-002"),
                       QStringLiteral("%1 must be true or false").arg(QLatin1String(parameter)),
                       {fieldError(QStringLiteral("type"), QStringLiteral("boolean"),
                                   QLatin1String(parameter))});
    value = text == QLatin1String("true");
    return std::nullopt;
}

ApiResponse listPage(PortalContext& context, const ApiRequest& request,
                     PortalStore::ItemQuery query, const Paging& paging)
{
    query.offset = paging.offset;
    query.limit = paging.limit;
    PortalStore::Page found = context.store.items(request.param("spaceId"), query);
    for (QJsonObject& item : found.items)
        item = inRequestLanguage(context.store, query.kind, item, request.language);
    return ApiResponse::json(200, page(request, found.items, paging, found.more));
}

void addObjectRoute(PortalContext& context, const QString& routeTemplate, const QString& kind,
                    const char* idParameter)
{
    PortalContext* c = &context;
    context.http.addRoute("GET", routeTemplate, [c, kind, idParameter](ApiRequest& request) {
        if (auto refused = enterSpace(*c, request, Role::Member))
            return *refused;
        const std::optional<QJsonObject> object =
            c->store.item(request.param("spaceId"), kind, request.param(idParameter));
        return object ? ApiResponse::json(
                            200, inRequestLanguage(c->store, kind, *object, request.language))
                      : notFound(request);
    });
}

void addSpaceMutation(PortalContext& context, const QByteArray& method,
                      const QString& routeTemplate, Role minimum, SpaceMutation mutation)
{
    PortalContext* c = &context;
    context.http.addRoute(method, routeTemplate,
                          [c, minimum, mutation = std::move(mutation)](ApiRequest& request) {
                              if (auto refused = enterSpace(*c, request, minimum))
                                  return *refused;
                              return idempotent(*c, request, request.personaKey,
                                                [&] { return mutation(*c, request); });
                          });
}

QString newId(const char* prefix, int hexDigits)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(hexDigits);
}

QString newDatedId(const char* prefix, const QDateTime& now)
{
    return QStringLiteral("%1%2-%3")
        .arg(QLatin1String(prefix))
        .arg(now.date().year())
        .arg(QRandomGenerator::global()->bounded(100000, 999999));
}

} // namespace guichet::sim::routes
