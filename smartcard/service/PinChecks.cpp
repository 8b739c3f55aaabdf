#include "PinChecks.h"

#include "ErrorCodes.h"

namespace guichet {

PinRequest pinRequestFor(const TokenStatus& token, PinRequest::Purpose purpose)
{
    PinRequest request;
    request.purpose = purpose;
    request.tokenLabel = token.label;
    request.minLength = token.pinMinLength;
    request.maxLength = token.pinMaxLength;
    request.digitsOnly = token.pinDigitsOnly;
    request.triesLeft = token.triesLeft;
    request.maxTries = token.maxTries;
    return request;
}

Status checkPinFormat(const SecretBuffer& pin, const PinRequest& request)
{
    const int length = int(pin.size());
    if (length < request.minLength || length > request.maxLength)
        return Error(ErrorCode::PinFormatInvalid, QStringLiteral("length %1 outside %2..%3")
                                                      .arg(length)
                                                      .arg(request.minLength)
                                                      .arg(request.maxLength));
    // A character the token cannot take is refused here, before the token counts a try:
    // digits for a digits-only PIN, else printable ASCII (what cards store).
    for (unsigned char c : pin.bytes()) {
        if (request.digitsOnly && (c < '0' || c > '9'))
            return Error(ErrorCode::PinFormatInvalid, QStringLiteral("non-digit character"));
        if (c < 0x20 || c > 0x7e)
            return Error(ErrorCode::PinFormatInvalid, QStringLiteral("character outside ASCII"));
    }
    return {};
}

} // namespace guichet
