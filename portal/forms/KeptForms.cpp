#include "KeptForms.h"

#include "ErrorCodes.h"

#include <QJsonDocument>
#include <QPointer>

namespace guichet::forms {
namespace {

// Kept forms live in the store outside any space: the same form serves every space.
const QString FormKind = QStringLiteral("form");
const QString SharedSpace = QStringLiteral("shared"); // not a SpaceId: never synced

QString formKey(const QString& formId, const QString& language)
{
    return formId + QLatin1Char('@') + language;
}

// Failures after which the copy kept from last time is better than nothing.
bool isUnreachable(const Error& error)
{
    const QString code = error.code();
    return code == QLatin1String(ErrorCode::PortalUnreachable) ||
           code == QLatin1String(ErrorCode::PortalTimeout) ||
           code == QLatin1String(ErrorCode::PortalOffline) ||
           code == QLatin1String(ErrorCode::PortalServerError);
}

} // namespace

void fetchKeptForm(net::PortalClient& client, store::LocalStore& store, const QString& formId,
                   const QString& language, QObject* owner, QObject* context,
                   FormGateway::JsonDone done)
{
    net::PortalRequest request;
    request.path = QStringLiteral("/forms/%1").arg(formId);
    request.headers.append({"Accept-Language", language.toLatin1()});
    // The ETag cache is keyed by URL, and one URL serves three languages.
    request.useEtagCache = false;
    QPointer<QObject> guard(context);
    store::LocalStore* kept = &store;
    client.send(
        request, owner,
        [kept, guard, formId, language,
         done = std::move(done)](const Result<net::PortalResponse>& response) {
            if (!guard)
                return;
            if (response) {
                const Result<QJsonDocument> json =
                    net::PortalClient::jsonOf(response.value(), QStringLiteral("getForm"));
                if (!json || !json.value().isObject()) {
                    done(json ? Result<QJsonObject>(
                                    Error(ErrorCode::PortalBadResponse,
                                          QStringLiteral("form %1 is not an object").arg(formId)))
                              : Result<QJsonObject>(json.error()));
                    return;
                }
                // Kept for filling in offline; a failure to keep it is not the
                // person's problem now.
                (void)kept->objects().upsert({store::StoredObject{
                    SharedSpace, FormKind, formKey(formId, language), 1,
                    QJsonDocument(json.value().object()).toJson(QJsonDocument::Compact), false}});
                done(json.value().object());
                return;
            }
            if (isUnreachable(response.error())) {
                const auto copy =
                    kept->objects().object(SharedSpace, FormKind, formKey(formId, language));
                if (copy && copy.value()) {
                    done(QJsonDocument::fromJson(copy.value()->json).object());
                    return;
                }
            }
            done(response.error());
        });
}

} // namespace guichet::forms
