#include "Pkcs11Tokens.h"

#include "ErrorCodes.h"
#include "Pkcs11Errors.h"
#include "Pkcs11Logging.h"

#include <vector>

namespace guichet::pkcs11 {

QString paddedText(const unsigned char* field, std::size_t size)
{
    // Some modules terminate with NUL instead of padding to the end.
    std::size_t length = 0;
    while (length < size && field[length] != 0)
        ++length;
    while (length > 0 && field[length - 1] == ' ')
        --length;
    return QString::fromUtf8(reinterpret_cast<const char*>(field), qsizetype(length));
}

QString versionText(const CK_VERSION& version)
{
    return QStringLiteral("%1.%2").arg(version.major).arg(version.minor);
}

PinState pinStateFromFlags(unsigned long tokenFlags)
{
    if (tokenFlags & CKF_USER_PIN_LOCKED)
        return PinState::Locked;
    if (tokenFlags & CKF_USER_PIN_FINAL_TRY)
        return PinState::FinalTry;
    if (tokenFlags & CKF_USER_PIN_COUNT_LOW)
        return PinState::CountLow;
    return PinState::Ok;
}

Result<TokenInfo> readTokenInfo(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId)
{
    CK_SLOT_INFO slot{};
    CK_RV rv = functions->C_GetSlotInfo(slotId, &slot);
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_GetSlotInfo(%1)").arg(slotId));
    if (!(slot.flags & CKF_TOKEN_PRESENT))
        return Error(ErrorCode::TokenNotFound, QStringLiteral("slot %1: no token").arg(slotId));

    CK_TOKEN_INFO token{};
    rv = functions->C_GetTokenInfo(slotId, &token);
    if (rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_DEVICE_REMOVED)
        return Error(ErrorCode::TokenNotFound,
                     ckrDetail(rv, QStringLiteral("C_GetTokenInfo(%1)").arg(slotId)));
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_GetTokenInfo(%1)").arg(slotId));

    TokenInfo info;
    info.slotId = slotId;
    info.slotDescription = paddedText(slot.slotDescription);
    info.label = paddedText(token.label);
    info.manufacturer = paddedText(token.manufacturerID);
    info.model = paddedText(token.model);
    info.serialNumber = paddedText(token.serialNumber);
    info.protectedAuthenticationPath = token.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    info.loginRequired = token.flags & CKF_LOGIN_REQUIRED;
    info.pinState = pinStateFromFlags(token.flags);
    info.minPinLength = token.ulMinPinLen;
    info.maxPinLength = token.ulMaxPinLen;
    return info;
}

Result<QList<TokenInfo>> listTokens(CK_FUNCTION_LIST* functions)
{
    std::vector<CK_SLOT_ID> slotIds;
    CK_RV rv = CKR_BUFFER_TOO_SMALL;
    // A token may appear between the two calls: ask again when the buffer is short.
    for (int attempt = 0; attempt < 3 && rv == CKR_BUFFER_TOO_SMALL; ++attempt) {
        CK_ULONG count = 0;
        rv = functions->C_GetSlotList(CK_TRUE, nullptr, &count);
        if (rv != CKR_OK)
            break;
        slotIds.resize(count);
        if (count == 0)
            break;
        rv = functions->C_GetSlotList(CK_TRUE, slotIds.data(), &count);
        if (rv == CKR_OK)
            slotIds.resize(count);
    }
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_GetSlotList"));

    QList<TokenInfo> tokens;
    for (CK_SLOT_ID slot : slotIds) {
        Result<TokenInfo> info = readTokenInfo(functions, slot);
        if (info) {
            tokens.append(std::move(info).value());
        } else if (info.error().code() == QLatin1String(ErrorCode::TokenNotFound)) {
            qCDebug(lcPkcs11) << "skipping slot" << slot << info.error();
        } else {
            return info.error();
        }
    }
    return tokens;
}

} // namespace guichet::pkcs11
