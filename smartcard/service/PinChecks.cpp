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
    if (request.digitsOnly) {
        for (unsigned char c : pin.bytes()) {
            if (c < '0' || c > '9')
                return Error(ErrorCode::PinFormatInvalid, QStringLiteral("non-digit character"));
        }
    }
    return {};
}

} // namespace guichet
