#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace guichet::sim {

// One request as the simulated portal's handlers see it: already routed, with the
// path parameters, the negotiated language and (after the bearer check) who asks.
struct ApiRequest
{
    QByteArray method; // upper case
    QString path;      // decoded, without the query
    QString route;     // the route template, e.g. "/spaces/{spaceId}/documents"
    QUrlQuery query;
    QHash<QString, QString> params;        // path parameters
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString language = QStringLiteral("fr"); // fr, de or en
    QString requestId;                       // a UUID, echoed as Request-Id

    // Filled by the bearer check of personal routes.
    QString personaKey;
    QString identityId;

    [[nodiscard]] QByteArray header(const char* lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    [[nodiscard]] QString param(const char* name) const
    {
        return params.value(QLatin1String(name));
    }
    [[nodiscard]] QString queryValue(const char* name) const
    {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
    [[nodiscard]] bool hasQuery(const char* name) const
    {
        return query.hasQueryItem(QLatin1String(name));
    }
};

// What a handler answers. The server adds Request-Id, Content-Length and
// Content-Language, and computes the ETag of cacheable JSON answers.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static ApiResponse json(int status, const QJsonObject& object);
    [[nodiscard]] static ApiResponse empty(int status);
    [[nodiscard]] static ApiResponse bytes(int status, QByteArray contentType, QByteArray body);

    ApiResponse& withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

} // namespace guichet::sim
