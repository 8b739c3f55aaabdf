#include "Multipart.h"

namespace guichet::sim {
namespace {

// The parameters of a header value, split at the semicolons outside double quotes: a
// quoted value such as filename="Facture; mars.pdf" may hold one (RFC 7578, 4.2).
// Found by tests/fuzz/fuzz_multipart: split at every ';', such a file name was cut.
QList<QByteArray> parameters(const QByteArray& value)
{
    QList<QByteArray> result;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == '"') {
            quoted = !quoted;
        } else if (value.at(i) == ';' && !quoted) {
            result.append(value.mid(start, i - start));
            start = i + 1;
        }
    }
    result.append(value.mid(start));
    return result;
}

QByteArray boundaryOf(const QByteArray& contentType)
{
    for (const QByteArray& rawParameter : parameters(contentType)) {
        const QByteArray parameter = rawParameter.trimmed();
        if (parameter.toLower().startsWith("boundary=")) {
            QByteArray value = parameter.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QString dispositionValue(const QByteArray& disposition, const QByteArray& key)
{
    for (const QByteArray& rawParameter : parameters(disposition)) {
        const QByteArray parameter = rawParameter.trimmed();
        if (parameter.startsWith(key + '=')) {
            QByteArray value = parameter.mid(key.size() + 1);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return QString::fromUtf8(value);
        }
    }
    return {};
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType,
                                                   const QByteArray& body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QList<MultipartPart> parts;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            return std::nullopt;
        MultipartPart part;
        for (const QByteArray& line : body.mid(position, headersEnd - position).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = dispositionValue(value, "name");
                part.fileName = dispositionValue(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, contentStart);
        if (next < 0)
            return std::nullopt;
        part.body = body.mid(contentStart, next - contentStart);
        parts.append(part);
        position = next + 2;
    }
}

} // namespace guichet::sim
