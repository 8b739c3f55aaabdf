// Card login (challenge, token), session refresh and logout, and the list of spaces.
#include "AuthService.h"
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"
#include "SeedTypes.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace guichet::sim {
namespace {

ApiResponse fromAuthReply(const ApiRequest& request, const AuthService::Reply& reply)
{
    if (reply.status >= 400)
        return problem(request, reply.status, reply.body.value(QStringLiteral("code")).toString(),
                       reply.body.value(QStringLiteral("detail")).toString());
    return ApiResponse::json(reply.status, reply.body).withHeader("Cache-Control", "no-store");
}

// The persona a certificate holder is; someone the portal has never seen gets an
// empty private space, as a real portal opens one on first login.
PortalStore::Persona personaFor(PortalContext& context, const QString& holderNumber,
                                const QJsonObject& identity)
{
    if (std::optional<PortalStore::Persona> known = context.store.personaByHolder(holderNumber))
        return *known;
    const QString key = QStringLiteral("holder-") +
                        QString::fromLatin1(QCryptographicHash::hash(holderNumber.toUtf8(),
                                                                     QCryptographicHash::Sha256)
                                                .toHex()
                                                .left(12));
    if (std::optional<PortalStore::Persona> made = context.store.persona(key))
        return *made;
    const QString givenName = identity.value(QStringLiteral("givenName")).toString();
    const QString surname = identity.value(QStringLiteral("surname")).toString();
    const PortalStore::Persona persona{key, holderNumber, givenName, surname,
                                       QStringLiteral("Card holder seen for the first time")};
    context.store.addPersona(persona);
    seed::SpaceSeed space;
    space.space = {{QStringLiteral("id"), QStringLiteral("sp-priv-") + key},
                   {QStringLiteral("kind"), QStringLiteral("private")},
                   {QStringLiteral("displayName"), (givenName + u' ' + surname).trimmed()},
                   {QStringLiteral("role"), QStringLiteral("administrator")}};
    context.store.addSpace(key, space);
    return persona;
}

ApiResponse token(PortalContext& context, const ApiRequest& request)
{
    QJsonObject body;
    if (auto refused = routes::readJsonObject(request, body))
        return *refused;
    const AuthService::Reply reply = context.auth.token(body);
    if (reply.status != 200)
        return fromAuthReply(request, reply);
    const QJsonObject identity = reply.body.value(QStringLiteral("identity")).toObject();
    const PortalStore::Persona persona = personaFor(context, reply.holderNumber, identity);
    return ApiResponse::json(200, context.sessions.open(persona.key, identity))
        .withHeader("Cache-Control", "no-store");
}

ApiResponse refresh(PortalContext& context, const ApiRequest& request)
{
    QJsonObject body;
    if (auto refused = routes::readJsonObject(request, body))
        return *refused;
    if (auto refused = routes::requireMembers(request, body, {QStringLiteral("refreshToken")}))
        return *refused;
    const std::optional<QJsonObject> rotated =
        context.sessions.refresh(body.value(QStringLiteral("refreshToken")).toString());
    if (!rotated)
        return problem(request, 401, QStringLiteral("AUTH-009"));
    return ApiResponse::json(200, *rotated).withHeader("Cache-Control", "no-store");
}

ApiResponse logout(PortalContext& context, ApiRequest& request)
{
    QJsonObject body;
    if (!request.body.isEmpty())
        if (auto refused = routes::readJsonObject(request, body))
            return *refused;
    if (auto refused = routes::authenticate(context, request))
        return *refused;
    const QByteArray bearer = request.header("authorization").mid(7).trimmed();
    (void)context.sessions.close(QString::fromLatin1(bearer),
                                 body.value(QStringLiteral("refreshToken")).toString());
    return ApiResponse::empty(204);
}

ApiResponse spaces(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::authenticate(context, request))
        return *refused;
    QJsonArray items;
    for (const PortalStore::Space& space : context.store.spacesOf(request.personaKey))
        items.append(space.json);
    return ApiResponse::json(200, {{QStringLiteral("items"), items}});
}

} // namespace

void addAuthRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    SimHttpServer& http = context.http;
    http.addRoute("POST", QStringLiteral("/auth/challenge"),
                  [c](ApiRequest& request) { return fromAuthReply(request, c->auth.challenge()); });
    http.addRoute("POST", QStringLiteral("/auth/token"),
                  [c](ApiRequest& request) { return token(*c, request); });
    http.addRoute("POST", QStringLiteral("/auth/refresh"),
                  [c](ApiRequest& request) { return refresh(*c, request); });
    http.addRoute("POST", QStringLiteral("/auth/logout"),
                  [c](ApiRequest& request) { return logout(*c, request); });
    http.addRoute("GET", QStringLiteral("/spaces"),
                  [c](ApiRequest& request) { return spaces(*c, request); });
}

} // namespace guichet::sim
