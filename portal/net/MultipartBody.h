#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet::net {

// A multipart/form-data body for uploads and submissions, serialised once into bytes
// with a boundary fixed for the life of the object: a retry resends exactly the same
// request, which the portal recognises by its Idempotency-Key.
class MultipartBody
{
public:
    MultipartBody();

    void addField(const QByteArray& name, const QByteArray& value);
    void addJson(const QByteArray& name, const QJsonObject& object);
    void addFile(const QByteArray& name, const QByteArray& fileName, const QByteArray& contentType,
                 const QByteArray& bytes);

    [[nodiscard]] QByteArray contentType() const;
    [[nodiscard]] QByteArray serialise() const;

private:
    struct Part
    {
        QByteArray disposition;
        QByteArray contentType;
        QByteArray body;
    };
    QByteArray m_boundary;
    QList<Part> m_parts;
};

} // namespace guichet::net
