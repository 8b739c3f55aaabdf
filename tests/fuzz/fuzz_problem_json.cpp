// Feeds: "STATUS\nCONTENT-TYPE\nBODY" as an HTTP error answer to errorFromStatus and
// problemCode (input without two line breaks: all of it is the body of a 400 answer
// typed application/problem+json). Why: every 4xx/5xx answer of the portal, and of
// anything between it and the client (proxies, captive portals), goes through this
// mapping; whatever the body says, the result must be one of our catalogue's codes
// (the portal's own code only when it is one of our AUTH-* codes).
#include "ErrorCatalogue.h"
#include "ErrorCodes.h"
#include "FuzzSupport.h"
#include "ProblemMapping.h"

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray input = fuzz::bytes(data, size);
    int status = 400;
    QByteArray contentType = "application/problem+json";
    QByteArray body = input;
    if (input.count('\n') >= 2) {
        fuzz::InputReader reader(input);
        const QByteArray statusText = reader.line();
        contentType = reader.line();
        body = reader.rest();
        bool ok = false;
        const int parsed = statusText.trimmed().toInt(&ok);
        if (ok && parsed >= 400 && parsed <= 599)
            status = parsed;
    }

    const QString code = net::problemCode(contentType, body);
    const Error error = net::errorFromStatus(status, contentType, body, QStringLiteral("GET /x"));
    fuzz::check(ErrorCatalogue::contains(error.code()), "the error code is in our catalogue");
    if (error.code().startsWith(QLatin1String("AUTH-")))
        fuzz::check(error.code() == code, "an AUTH-* code is the portal's own");
    else
        fuzz::check(error.code() == QLatin1String(status >= 500 ? ErrorCode::PortalServerError
                                                                : ErrorCode::PortalRequestRefused),
                    "other problems are NET-007 (5xx) or NET-008 (4xx)");
    return 0;
}
