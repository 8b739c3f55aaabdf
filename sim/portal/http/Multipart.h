#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace guichet::sim {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray body;
};

// Splits a multipart/form-data body by the boundary of its Content-Type header;
// nullopt when the header has no boundary or the body is not well formed.
[[nodiscard]] std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType,
                                                                 const QByteArray& body);

} // namespace guichet::sim
