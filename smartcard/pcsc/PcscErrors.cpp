#include "PcscErrors.h"

#include "ErrorCodes.h"

#include <array>
#include <utility>

namespace guichet::pcsc {
namespace {

struct Known
{
    LONG code;
    const char* name;
    const char* catalogueCode;
};

#define GUICHET_PCSC(code, catalogue)                                                              \
    Known                                                                                          \
    {                                                                                              \
        LONG(code), #code, catalogue                                                               \
    }

// Every SCARD_* code pcsc-lite defines, with the catalogue entry a person sees.
constexpr std::array KnownCodes{
    GUICHET_PCSC(SCARD_F_INTERNAL_ERROR, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_CANCELLED, ErrorCode::CardOperationCancelled),
    GUICHET_PCSC(SCARD_E_INVALID_HANDLE, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_INVALID_PARAMETER, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_INVALID_TARGET, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_NO_MEMORY, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_F_WAITED_TOO_LONG, ErrorCode::CardTimeout),
    GUICHET_PCSC(SCARD_E_INSUFFICIENT_BUFFER, ErrorCode::UnexpectedCardResponse),
    GUICHET_PCSC(SCARD_E_UNKNOWN_READER, ErrorCode::ReaderUnavailable),
    GUICHET_PCSC(SCARD_E_TIMEOUT, ErrorCode::CardTimeout),
    GUICHET_PCSC(SCARD_E_SHARING_VIOLATION, ErrorCode::ReaderInUse),
    GUICHET_PCSC(SCARD_E_NO_SMARTCARD, ErrorCode::NoCard),
    GUICHET_PCSC(SCARD_E_UNKNOWN_CARD, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_CANT_DISPOSE, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_PROTO_MISMATCH, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_E_NOT_READY, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_INVALID_VALUE, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_SYSTEM_CANCELLED, ErrorCode::CardOperationCancelled),
    GUICHET_PCSC(SCARD_F_COMM_ERROR, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_F_UNKNOWN_ERROR, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_INVALID_ATR, ErrorCode::UnexpectedCardResponse),
    GUICHET_PCSC(SCARD_E_NOT_TRANSACTED, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_READER_UNAVAILABLE, ErrorCode::ReaderUnavailable),
    GUICHET_PCSC(SCARD_P_SHUTDOWN, ErrorCode::CardOperationCancelled),
    GUICHET_PCSC(SCARD_E_PCI_TOO_SMALL, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_READER_UNSUPPORTED, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_DUPLICATE_READER, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_CARD_UNSUPPORTED, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_NO_SERVICE, ErrorCode::PcscServiceNotRunning),
    GUICHET_PCSC(SCARD_E_SERVICE_STOPPED, ErrorCode::PcscServiceNotRunning),
    GUICHET_PCSC(SCARD_E_UNEXPECTED, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_ICC_INSTALLATION, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_ICC_CREATEORDER, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_UNSUPPORTED_FEATURE, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_E_DIR_NOT_FOUND, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_FILE_NOT_FOUND, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_NO_DIR, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_NO_FILE, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_E_NO_ACCESS, ErrorCode::ReaderInUse),
    GUICHET_PCSC(SCARD_E_WRITE_TOO_MANY, ErrorCode::UnexpectedCardResponse),
    GUICHET_PCSC(SCARD_E_BAD_SEEK, ErrorCode::UnexpectedCardResponse),
    GUICHET_PCSC(SCARD_E_INVALID_CHV, ErrorCode::PinIncorrect),
    GUICHET_PCSC(SCARD_E_UNKNOWN_RES_MNG, ErrorCode::PcscServiceNotRunning),
    GUICHET_PCSC(SCARD_E_NO_SUCH_CERTIFICATE, ErrorCode::KeyNotFound),
    GUICHET_PCSC(SCARD_E_CERTIFICATE_UNAVAILABLE, ErrorCode::KeyNotFound),
    GUICHET_PCSC(SCARD_E_NO_READERS_AVAILABLE, ErrorCode::NoReader),
    GUICHET_PCSC(SCARD_E_COMM_DATA_LOST, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_E_NO_KEY_CONTAINER, ErrorCode::KeyNotFound),
    GUICHET_PCSC(SCARD_E_SERVER_TOO_BUSY, ErrorCode::ReaderError),
    GUICHET_PCSC(SCARD_W_UNSUPPORTED_CARD, ErrorCode::CardNotSupported),
    GUICHET_PCSC(SCARD_W_UNRESPONSIVE_CARD, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_W_UNPOWERED_CARD, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_W_RESET_CARD, ErrorCode::CardNotResponding),
    GUICHET_PCSC(SCARD_W_REMOVED_CARD, ErrorCode::CardRemoved),
    GUICHET_PCSC(SCARD_W_SECURITY_VIOLATION, ErrorCode::ReaderInUse),
    GUICHET_PCSC(SCARD_W_WRONG_CHV, ErrorCode::PinIncorrect),
    GUICHET_PCSC(SCARD_W_CHV_BLOCKED, ErrorCode::PinBlocked),
    GUICHET_PCSC(SCARD_W_EOF, ErrorCode::UnexpectedCardResponse),
    GUICHET_PCSC(SCARD_W_CANCELLED_BY_USER, ErrorCode::CardOperationCancelled),
    GUICHET_PCSC(SCARD_W_CARD_NOT_AUTHENTICATED, ErrorCode::PinIncorrect),
};

#undef GUICHET_PCSC

const Known* find(LONG code)
{
    for (const Known& known : KnownCodes) {
        if (known.code == code)
            return &known;
    }
    return nullptr;
}

} // namespace

QString codeName(LONG code)
{
    const Known* known = find(code);
    const QString hex = QStringLiteral("0x%1")
                            .arg(quint32(code), 8, 16, QLatin1Char('0'))
                            .toUpper()
                            .replace(QLatin1String("0X"), QLatin1String("0x"));
    return known ? QStringLiteral("%1 (%2)").arg(QLatin1String(known->name), hex) : hex;
}

Error errorFromPcsc(LONG code, const char* call)
{
    const Known* known = find(code);
    const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(call), codeName(code));
    return Error(QLatin1String(known ? known->catalogueCode : ErrorCode::ReaderError), detail);
}

bool isServiceGone(LONG code)
{
    return code == LONG(SCARD_E_NO_SERVICE) || code == LONG(SCARD_E_SERVICE_STOPPED) ||
           code == LONG(SCARD_E_INVALID_HANDLE) || code == LONG(SCARD_F_COMM_ERROR) ||
           code == LONG(SCARD_E_UNKNOWN_RES_MNG);
}

} // namespace guichet::pcsc
