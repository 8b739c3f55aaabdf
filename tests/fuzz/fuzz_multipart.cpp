// Multipart bodies. The client only writes them (net::MultipartBody, for uploads and
// submissions; SubmissionParts only lays out their parts); the parser of outside input
// is the simulated portal's parseMultipart, which reads whatever a client sends to
// guichet-portal-sim or to the demo mode's portal. Two checks on each input:
//  1. parse: the first line is the Content-Type header, the rest the body, given to
//     parseMultipart as they are;
//  2. round trip: records of the input (two-byte length, then bytes) become a text
//     field and a file part written by MultipartBody; the simulated portal must read
//     back exactly the names, file name and contents the client meant to send (file
//     names come from the person's disk and may hold any character).
#include "FuzzSupport.h"
#include "Multipart.h"
#include "MultipartBody.h"

using namespace guichet;

namespace {

// What the client puts between the quotes of a name="..." parameter.
QString quotedValue(QByteArray value)
{
    value.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return QString::fromUtf8(value);
}

void roundTrip(const QByteArray& input)
{
    fuzz::InputReader reader(input);
    const QByteArray fieldName = reader.record();
    const QByteArray fieldValue = reader.record();
    const QByteArray fileName = reader.record();
    const QByteArray fileType = reader.record();
    const QByteArray fileBytes = reader.rest();

    net::MultipartBody body;
    body.addField(fieldName, fieldValue);
    body.addFile("file", fileName, fileType, fileBytes);
    const std::optional<QList<sim::MultipartPart>> parts =
        sim::parseMultipart(body.contentType(), body.serialise());
    fuzz::check(parts.has_value(), "a body the client wrote can be read");
    fuzz::check(parts->size() == 2, "it has the two parts written");
    const sim::MultipartPart& field = parts->at(0);
    const sim::MultipartPart& file = parts->at(1);
    fuzz::check(field.name == quotedValue(fieldName), "the field's name reads back");
    fuzz::check(field.fileName.isEmpty(), "the field has no file name");
    fuzz::check(field.body == fieldValue, "the field's value reads back");
    fuzz::check(file.name == QLatin1String("file"), "the file part's name reads back");
    fuzz::check(file.fileName == quotedValue(fileName), "the file name reads back");
    fuzz::check(file.body == fileBytes, "the file's bytes read back");
    QByteArray type = fileType; // a header value: the client drops line breaks
    type.removeIf([](char c) { return c == '\r' || c == '\n'; });
    fuzz::check(file.contentType == type.trimmed(), "the file's type reads back");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray input = fuzz::bytes(data, size);

    fuzz::InputReader reader(input);
    const QByteArray contentType = reader.line();
    const QByteArray body = reader.rest();
    if (const auto parts = sim::parseMultipart(contentType, body)) {
        for (const sim::MultipartPart& part : *parts)
            fuzz::check(body.contains(part.body), "a part's content is a piece of the body");
    }

    roundTrip(input);
    return 0;
}
