#include "ApiMessage.h"

#include <QJsonDocument>

namespace guichet::sim {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.contentType = status >= 400 ? QByteArrayLiteral("application/problem+json")
                                         : QByteArrayLiteral("application/json");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    return response;
}

ApiResponse ApiResponse::bytes(int status, QByteArray contentType, QByteArray body)
{
    ApiResponse response;
    response.status = status;
    response.contentType = std::move(contentType);
    response.body = std::move(body);
    return response;
}

QByteArray ApiResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace guichet::sim
