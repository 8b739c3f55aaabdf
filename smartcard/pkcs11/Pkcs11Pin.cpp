#include "Pkcs11Pin.h"

#include "ErrorCodes.h"

namespace guichet::pkcs11 {

namespace {

// Some modules report 0 or nonsense limits: only a plausible range is enforced.
bool fitsLimits(const TokenInfo& token, std::size_t length)
{
    const unsigned long min = token.minPinLength;
    const unsigned long max = token.maxPinLength;
    if (min > 0 && length < min)
        return false;
    if (max >= min && max > 0 && length > max)
        return false;
    return true;
}

QString lengthDetail(const TokenInfo& token, std::size_t length)
{
    return QStringLiteral("PIN of %1 characters, token accepts %2..%3")
        .arg(length)
        .arg(token.minPinLength)
        .arg(token.maxPinLength);
}

} // namespace

bool usesPinPad(const TokenInfo& token, const SecretBuffer& pin)
{
    return pin.isEmpty() && token.protectedAuthenticationPath;
}

Status checkPinBeforeLogin(const TokenInfo& token, const SecretBuffer& pin)
{
    if (token.pinState == PinState::Locked)
        return Error(
            ErrorCode::PinBlocked,
            QStringLiteral("token flags: CKF_USER_PIN_LOCKED (slot %1)").arg(token.slotId));
    if (usesPinPad(token, pin))
        return {};
    if (pin.isEmpty())
        return Error(ErrorCode::PinFormatInvalid,
                     QStringLiteral("no PIN given and the token has no PIN pad"));
    if (!fitsLimits(token, pin.size()))
        return Error(ErrorCode::PinFormatInvalid, lengthDetail(token, pin.size()));
    return {};
}

Status checkNewPin(const TokenInfo& token, const SecretBuffer& newPin)
{
    if (newPin.isEmpty() || !fitsLimits(token, newPin.size()))
        return Error(ErrorCode::NewPinRejected, lengthDetail(token, newPin.size()));
    return {};
}

} // namespace guichet::pkcs11
