// Consents (give, list, revoke) and the once-only pre-filling of forms, which
// fetches from authentic sources, honours consents and logs every access.
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"

#include <QJsonArray>

namespace guichet::sim {
namespace {

// Every field of a form, groups included, with its prefill binding.
void collectBoundFields(const QJsonArray& fields, QList<QJsonObject>& bound)
{
    for (const QJsonValue value : fields) {
        const QJsonObject field = value.toObject();
        if (field.contains(QStringLiteral("prefill")))
            bound.append(field);
        collectBoundFields(field.value(QStringLiteral("fields")).toArray(), bound);
    }
}

QList<QJsonObject> boundFields(const QJsonObject& form)
{
    QList<QJsonObject> bound;
    for (const QJsonValue section : form.value(QStringLiteral("sections")).toArray())
        collectBoundFields(section.toObject().value(QStringLiteral("fields")).toArray(), bound);
    return bound;
}

QString bindingAdministration(const QJsonObject& binding, const QJsonObject& form)
{
    const QJsonObject own = binding.value(QStringLiteral("administration")).toObject();
    return (own.isEmpty() ? form.value(QStringLiteral("administration")).toObject() : own)
        .value(QStringLiteral("id"))
        .toString();
}

std::optional<QJsonObject> activeConsent(PortalContext& context, const QString& spaceId,
                                         const QString& source, const QString& purpose,
                                         const QString& formId, const QString& administrationId)
{
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("consent");
    query.equals.insert(QStringLiteral("status"), QStringLiteral("active"));
    query.equals.insert(QStringLiteral("source"), source);
    query.limit = 1000;
    for (const QJsonObject& consent : context.store.items(spaceId, query).items)
        if (consent.value(QStringLiteral("purpose")).toString() == purpose &&
            consent.value(QStringLiteral("formId")).toString() == formId &&
            consent.value(QStringLiteral("administration"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString() == administrationId)
            return consent;
    return std::nullopt;
}

ApiResponse listConsents(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("consent");
    if (auto refused = routes::readEnumFilter(request, "status", {"active", "revoked", "expired"},
                                              QStringLiteral("status"), query))
        return *refused;
    return routes::listPage(context, request, query, paging);
}

ApiResponse giveConsent(PortalContext& context, const ApiRequest& request)
{
    QJsonObject body;
    if (auto refused = routes::readJsonObject(request, body))
        return *refused;
    if (auto refused =
            routes::requireMembers(request, body,
                                   {QStringLiteral("source"), QStringLiteral("purpose"),
                                    QStringLiteral("formId"), QStringLiteral("administration")}))
        return *refused;
    const QString source = body.value(QStringLiteral("source")).toString();
    const QString purpose = body.value(QStringLiteral("purpose")).toString();
    const QString formId = body.value(QStringLiteral("formId")).toString();
    const QString administrationId = body.value(QStringLiteral("administration")).toString();
    const std::optional<QJsonObject> form = context.store.form(formId, {}, request.language);
    if (!form)
        return routes::notFound(request);
    std::optional<QJsonObject> binding;
    for (const QJsonObject& field : boundFields(*form)) {
        const QJsonObject candidate = field.value(QStringLiteral("prefill")).toObject();
        if (candidate.value(QStringLiteral("mode")).toString() == QLatin1String("consent") &&
            candidate.value(QStringLiteral("source")).toString() == source &&
            candidate.value(QStringLiteral("purpose")).toString() == purpose &&
            bindingAdministration(candidate, *form) == administrationId)
            binding = candidate;
    }
    if (!binding)
        return problem(request, 409, QStringLiteral("CONSENT-001"));
    const QString spaceId = request.param("spaceId");
    if (auto existing = activeConsent(context, spaceId, source, purpose, formId, administrationId))
        return ApiResponse::json(200, *existing);

    const std::optional<PortalStore::Persona> person = context.store.persona(request.personaKey);
    const QJsonObject ownAdministration =
        binding->value(QStringLiteral("administration")).toObject();
    const QString id = routes::newId("C-");
    const QJsonObject consent{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), source},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("purposeText"), binding->value(QStringLiteral("purposeText")).toString()},
        {QStringLiteral("formId"), formId},
        {QStringLiteral("procedureId"), form->value(QStringLiteral("procedureId"))},
        {QStringLiteral("administration"), ownAdministration.isEmpty()
                                               ? form->value(QStringLiteral("administration"))
                                               : QJsonValue(ownAdministration)},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("givenAt"), apiTime(context.clock.now())},
        {QStringLiteral("givenBy"),
         person ? person->givenName + u' ' + person->surname : QString()},
        {QStringLiteral("expiresAt"), QJsonValue::Null},
        {QStringLiteral("revokedAt"), QJsonValue::Null},
        {QStringLiteral("version"), 1}};
    context.store.putItem(spaceId, QStringLiteral("consent"), consent);
    return ApiResponse::json(201, consent)
        .withHeader("Location",
                    QStringLiteral("/api/v1/spaces/%1/consents/%2").arg(spaceId, id).toUtf8());
}

ApiResponse revokeConsent(PortalContext& context, const ApiRequest& request)
{
    const QString spaceId = request.param("spaceId");
    std::optional<QJsonObject> consent =
        context.store.item(spaceId, QStringLiteral("consent"), request.param("consentId"));
    if (!consent)
        return routes::notFound(request);
    if (consent->value(QStringLiteral("status")).toString() == QLatin1String("active")) {
        consent->insert(QStringLiteral("status"), QStringLiteral("revoked"));
        consent->insert(QStringLiteral("revokedAt"), apiTime(context.clock.now()));
        consent->insert(QStringLiteral("version"),
                        consent->value(QStringLiteral("version")).toInteger(1) + 1);
        context.store.putItem(spaceId, QStringLiteral("consent"), *consent);
    }
    return ApiResponse::json(200, *consent);
}

struct MissingConsent
{
    QJsonObject description;
    QJsonArray fieldIds;
};

ApiResponse prefill(PortalContext& context, const ApiRequest& request)
{
    QJsonObject body;
    if (auto refused = routes::readJsonObject(request, body))
        return *refused;
    if (auto refused = routes::requireMembers(request, body, {QStringLiteral("formId")}))
        return *refused;
    const QString formId = body.value(QStringLiteral("formId")).toString();
    const std::optional<QJsonObject> form = context.store.form(
        formId, body.value(QStringLiteral("formVersion")).toString(), request.language);
    if (!form)
        return routes::notFound(request);

    const QString spaceId = request.param("spaceId");
    const QString now = apiTime(context.clock.now());
    QJsonArray values;
    QHash<QString, MissingConsent> missing; // source|purpose|administration
    QStringList unavailable;
    // One access-log entry per source fetched: source -> (entry, items).
    QHash<QString, QJsonObject> accesses;
    QHash<QString, QJsonArray> accessedItems;
    QHash<QString, QString> accessConsent;
    context.store.begin();
    for (const QJsonObject& field : boundFields(*form)) {
        const QJsonObject binding = field.value(QStringLiteral("prefill")).toObject();
        const QString source = binding.value(QStringLiteral("source")).toString();
        const QString mode = binding.value(QStringLiteral("mode")).toString();
        const QString item = binding.value(QStringLiteral("item")).toString();
        QString consentId;
        if (mode == QLatin1String("consent")) {
            const QString purpose = binding.value(QStringLiteral("purpose")).toString();
            const QString administrationId = bindingAdministration(binding, *form);
            const auto consent =
                activeConsent(context, spaceId, source, purpose, formId, administrationId);
            if (!consent) {
                const QString key = source + u'|' + purpose + u'|' + administrationId;
                MissingConsent& entry = missing[key];
                const QJsonObject own = binding.value(QStringLiteral("administration")).toObject();
                entry.description = {
                    {QStringLiteral("source"), source},
                    {QStringLiteral("purpose"), purpose},
                    {QStringLiteral("purposeText"), binding.value(QStringLiteral("purposeText"))},
                    {QStringLiteral("administration"),
                     own.isEmpty() ? form->value(QStringLiteral("administration"))
                                   : QJsonValue(own)},
                    {QStringLiteral("formId"), formId}};
                entry.fieldIds.append(field.value(QStringLiteral("id")));
                continue;
            }
            consentId = consent->value(QStringLiteral("id")).toString();
        }
        std::optional<QJsonObject> record;
        if (source != QLatin1String("personal")) {
            record = context.store.item(spaceId, QStringLiteral("data"), source);
            if (!record || record->value(QStringLiteral("status")).toString() ==
                               QLatin1String("unavailable")) {
                if (!unavailable.contains(source))
                    unavailable.append(source);
                continue;
            }
        }
        const QJsonValue value = context.store.dataValues(spaceId, source).value(item);
        if (value.isUndefined() || value.isNull())
            continue;
        QJsonObject provenance{{QStringLiteral("source"), source},
                               {QStringLiteral("mode"), mode},
                               {QStringLiteral("retrievedAt"), now}};
        if (record)
            provenance.insert(QStringLiteral("recordVersion"),
                              record->value(QStringLiteral("version")).toInteger(1));
        if (!consentId.isEmpty())
            provenance.insert(QStringLiteral("consentId"), consentId);
        if (source != QLatin1String("personal")) {
            if (!accesses.contains(source))
                accesses.insert(source, {{QStringLiteral("id"), routes::newId("AL-")}});
            provenance.insert(QStringLiteral("accessLogEntryId"),
                              accesses.value(source).value(QStringLiteral("id")));
            QString label = item;
            for (const QJsonValue recordItem : record->value(QStringLiteral("items")).toArray())
                if (recordItem.toObject().value(QStringLiteral("id")).toString() == item)
                    label = recordItem.toObject().value(QStringLiteral("label")).toString();
            accessedItems[source].append(
                QJsonObject{{QStringLiteral("id"), item}, {QStringLiteral("label"), label}});
            if (!consentId.isEmpty())
                accessConsent.insert(source, consentId);
        }
        values.append(QJsonObject{{QStringLiteral("fieldId"), field.value(QStringLiteral("id"))},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("provenance"), provenance}});
    }
    for (auto it = accesses.cbegin(); it != accesses.cend(); ++it) {
        QJsonObject entry{
            {QStringLiteral("id"), it.value().value(QStringLiteral("id"))},
            {QStringLiteral("administration"), form->value(QStringLiteral("administration"))},
            {QStringLiteral("source"), it.key()},
            {QStringLiteral("items"), accessedItems.value(it.key())},
            {QStringLiteral("purpose"), form->value(QStringLiteral("title"))},
            {QStringLiteral("legalBasis"), QJsonValue::Null},
            {QStringLiteral("accessedAt"), now},
            {QStringLiteral("dossierId"), QJsonValue::Null},
            {QStringLiteral("procedureId"), form->value(QStringLiteral("procedureId"))},
            {QStringLiteral("consentId"), accessConsent.contains(it.key())
                                              ? QJsonValue(accessConsent.value(it.key()))
                                              : QJsonValue(QJsonValue::Null)}};
        context.store.putItem(spaceId, QStringLiteral("access"), entry);
    }
    context.store.commit();
    if (values.isEmpty() && missing.isEmpty() && !unavailable.isEmpty())
        return problem(request, 503, QStringLiteral("SRC-001"));
    QJsonArray missingArray;
    for (const MissingConsent& entry : std::as_const(missing)) {
        QJsonObject description = entry.description;
        description.insert(QStringLiteral("fieldIds"), entry.fieldIds);
        missingArray.append(description);
    }
    QJsonArray unavailableArray;
    for (const QString& source : std::as_const(unavailable))
        unavailableArray.append(source);
    return ApiResponse::json(
        200, {{QStringLiteral("formId"), formId},
              {QStringLiteral("formVersion"), form->value(QStringLiteral("version"))},
              {QStringLiteral("values"), values},
              {QStringLiteral("missingConsents"), missingArray},
              {QStringLiteral("unavailableSources"), unavailableArray}});
}

} // namespace

void addConsentAndPrefillRoutes(PortalContext& context)
{
    context.http.addRoute(
        "GET", QStringLiteral("/spaces/{spaceId}/consents"),
        [c = &context](ApiRequest& request) { return listConsents(*c, request); });
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/consents"),
                             Role::Manager, giveConsent);
    routes::addObjectRoute(context, QStringLiteral("/spaces/{spaceId}/consents/{consentId}"),
                           QStringLiteral("consent"), "consentId");
    routes::addSpaceMutation(context, "DELETE",
                             QStringLiteral("/spaces/{spaceId}/consents/{consentId}"),
                             Role::Manager, revokeConsent);
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/prefill"),
                             Role::Member, prefill);
}

} // namespace guichet::sim
