#include "MultipartBody.h"

#include <QJsonDocument>
#include <QUuid>

namespace guichet::net {
namespace {

// Quotes and line breaks would end the header value early; names here come from code,
// file names may come from the user.
QByteArray quoted(QByteArray value)
{
    value.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + value + '"';
}

// A part's Content-Type is written as a header line too: a line break in it would end
// the line and let the rest pass for headers of the part (a second Content-Disposition
// renaming it, found by tests/fuzz/fuzz_multipart). No media type holds one.
QByteArray headerValue(QByteArray value)
{
    value.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return value;
}

} // namespace

MultipartBody::MultipartBody()
    : m_boundary("guichet-" + QUuid::createUuid().toByteArray(QUuid::Id128))
{}

void MultipartBody::addField(const QByteArray& name, const QByteArray& value)
{
    m_parts.append({"form-data; name=" + quoted(name), {}, value});
}

void MultipartBody::addJson(const QByteArray& name, const QJsonObject& object)
{
    m_parts.append({"form-data; name=" + quoted(name), "application/json",
                    QJsonDocument(object).toJson(QJsonDocument::Compact)});
}

void MultipartBody::addFile(const QByteArray& name, const QByteArray& fileName,
                            const QByteArray& contentType, const QByteArray& bytes)
{
    m_parts.append({"form-data; name=" + quoted(name) + "; filename=" + quoted(fileName),
                    headerValue(contentType), bytes});
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray MultipartBody::serialise() const
{
    QByteArray out;
    for (const Part& part : m_parts) {
        out += "--" + m_boundary + "\r\nContent-Disposition: " + part.disposition + "\r\n";
        if (!part.contentType.isEmpty())
            out += "Content-Type: " + part.contentType + "\r\n";
        out += "\r\n" + part.body + "\r\n";
    }
    out += "--" + m_boundary + "--\r\n";
    return out;
}

} // namespace guichet::net
