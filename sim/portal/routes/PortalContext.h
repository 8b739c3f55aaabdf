#pragma once

#include "ApiMessage.h"
#include "PortalStore.h"
#include "SessionRegistry.h"
#include "SimClock.h"
#include "SimHttpServer.h"

#include <functional>
#include <optional>

namespace guichet::sim {

class AuthService;
class TimeStampAuthority;

// What every route of the simulated portal works with.
struct PortalContext
{
    PortalStore& store;
    SimClock& clock;
    SessionRegistry& sessions;
    AuthService& auth;
    TimeStampAuthority& tsa;
    SimHttpServer& http;
};

// The roles of docs/api/portal.yaml, weakest first.
enum class Role
{
    Member,
    Manager,
    Administrator
};

// Shared steps of the route handlers. Each returns the refusal to answer, or
// nothing when the request may go on.
namespace routes {

// Bearer token -> request.personaKey (AUTH-010 / AUTH-009).
[[nodiscard]] std::optional<ApiResponse> authenticate(PortalContext& context, ApiRequest& request);
// Bearer token, then the space: visible to the person (ACCESS-001), role at least
// `minimum` (ACCESS-002). Also releases tracking events whose time has come.
[[nodiscard]] std::optional<ApiResponse> enterSpace(PortalContext& context, ApiRequest& request,
                                                    Role minimum);

// A JSON object body: media type (REQ-004), size (REQ-003), syntax (REQ-001).
[[nodiscard]] std::optional<ApiResponse> readJsonObject(const ApiRequest& request,
                                                        QJsonObject& object);
// Required string members, reported together in Problem.errors (REQ-001).
[[nodiscard]] std::optional<ApiResponse>
requireMembers(const ApiRequest& request, const QJsonObject& object, const QStringList& members);

struct Paging
{
    int offset = 0;
    int limit = 50;
};
// limit (1..max, REQ-002) and cursor (REQ-005); a cursor is only valid for the list
// and filters it came from.
[[nodiscard]] std::optional<ApiResponse> readPaging(const ApiRequest& request, Paging& paging,
                                                    int defaultLimit = 50, int maxLimit = 200);
// {items, nextCursor} with a cursor for the next page, or null.
[[nodiscard]] QJsonObject page(const ApiRequest& request, const QList<QJsonObject>& items,
                               const Paging& paging, bool more);
// RFC 3339 query parameter (REQ-002 when malformed); empty when absent.
[[nodiscard]] std::optional<ApiResponse> readTime(const ApiRequest& request, const char* name,
                                                  QString& value);

// Mutations: Idempotency-Key required (IDEM-003); a repeat with the same body gets
// the first answer with Idempotent-Replayed (IDEM-001 if the body differs).
using Mutation = std::function<ApiResponse()>;
[[nodiscard]] ApiResponse idempotent(PortalContext& context, const ApiRequest& request,
                                     const QString& owner, const Mutation& mutation);

[[nodiscard]] ApiResponse notFound(const ApiRequest& request);

// An enum query parameter turned into an equality filter (REQ-002 for other values).
[[nodiscard]] std::optional<ApiResponse>
readEnumFilter(const ApiRequest& request, const char* parameter, const QStringList& allowed,
               const QString& column, PortalStore::ItemQuery& query);
// A boolean query parameter ("true"/"false"; REQ-002 otherwise); nullopt when absent.
[[nodiscard]] std::optional<ApiResponse>
readBoolean(const ApiRequest& request, const char* parameter, std::optional<bool>& value);
// One page of a space's objects as {items, nextCursor}.
[[nodiscard]] ApiResponse listPage(PortalContext& context, const ApiRequest& request,
                                   PortalStore::ItemQuery query, const Paging& paging);

// GET of one object of a space by a path parameter: 200 with it, or 404.
void addObjectRoute(PortalContext& context, const QString& routeTemplate, const QString& kind,
                    const char* idParameter);
// A mutation in a space: the role first, then the Idempotency-Key rules.
using SpaceMutation = std::function<ApiResponse(PortalContext&, const ApiRequest&)>;
void addSpaceMutation(PortalContext& context, const QByteArray& method,
                      const QString& routeTemplate, Role minimum, SpaceMutation mutation);
// Identifiers in the shapes of docs/api/portal.yaml: prefix + lower-case hex
// ("DOC-" + 12), and the dated dossier numbers ("D-2026-004211").
[[nodiscard]] QString newId(const char* prefix, int hexDigits = 12);
[[nodiscard]] QString newDatedId(const char* prefix, const QDateTime& now);

} // namespace routes
} // namespace guichet::sim
