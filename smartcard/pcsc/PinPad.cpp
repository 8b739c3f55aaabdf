#include "PinPad.h"

#include "ErrorCodes.h"

namespace guichet::pcsc {
namespace {

void appendLittleEndian(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

QByteArray buildVerifyStructure(const PinPadRequest& request)
{
    // The APDU the reader completes: header, Lc and a block of padding it overwrites.
    QByteArray apdu;
    apdu.append(char(request.verify.cla)).append(char(request.verify.ins));
    apdu.append(char(request.verify.p1)).append(char(request.verify.p2));
    apdu.append(char(request.blockSize));
    apdu.append(QByteArray(request.blockSize, char(request.padding)));

    QByteArray s;
    s.append(char(request.timeoutSeconds)); // bTimerOut
    s.append(char(request.timeoutSeconds)); // bTimerOut2
    // bmFormatString: byte units, PIN at offset 0, left justified, ASCII (0x02) or BCD (0x01).
    s.append(char(0x80 | (request.ascii ? 0x02 : 0x01)));
    s.append(char(request.blockSize & 0x0F)); // bmPINBlockString: no length field
    s.append('\0');                           // bmPINLengthFormat
    // wPINMaxExtraDigit: minimum in the high byte, maximum in the low byte.
    appendLittleEndian(s, quint32(request.minLength << 8 | request.maxLength), 2);
    s.append(char(0x02));             // bEntryValidationCondition: validation key pressed
    s.append(char(0x01));             // bNumberMessage
    appendLittleEndian(s, 0x0409, 2); // wLangId (the reader's own prompt)
    s.append('\0');                   // bMsgIndex
    s.append(QByteArray(3, '\0'));    // bTeoPrologue
    appendLittleEndian(s, quint32(apdu.size()), 4);
    s.append(apdu);
    return s;
}

Result<PinPadOutcome> interpretVerifyStatus(quint16 sw)
{
    if (sw == 0x9000)
        return PinPadOutcome{true, -1};
    if ((sw & 0xFFF0) == 0x63C0)
        return PinPadOutcome{false, sw & 0x0F};
    const QString detail = QStringLiteral("VERIFY status %1").arg(sw, 4, 16, QLatin1Char('0'));
    switch (sw) {
    case 0x6983:
        return Error(ErrorCode::PinBlocked, detail);
    case 0x6400:
        return Error(ErrorCode::CardTimeout, detail);
    case 0x6401:
        return Error(ErrorCode::CardOperationCancelled, detail);
    case 0x6403:
        return Error(ErrorCode::PinFormatInvalid, detail);
    case 0x6B80:
        return Error(ErrorCode::PinPadFailed, detail);
    default:
        return Error(ErrorCode::UnexpectedCardResponse, detail);
    }
}

Result<PinPadOutcome> verifyOnPinPad(const CardConnection& connection,
                                     const ReaderFeatures& features, const PinPadRequest& request)
{
    if (!features.has(Feature::VerifyPinDirect))
        return Error(ErrorCode::PinPadFailed, QStringLiteral("reader has no VERIFY_PIN_DIRECT"));
    const Result<QByteArray> answer = connection.control(
        features.controlCode(Feature::VerifyPinDirect), buildVerifyStructure(request));
    if (!answer)
        return answer.error().code() == QLatin1String(ErrorCode::ReaderError)
                   ? Error(ErrorCode::PinPadFailed, answer.error().detail())
                   : answer.error();
    const Result<ResponseApdu> response = ResponseApdu::parse(answer.value());
    if (!response)
        return response.error();
    return interpretVerifyStatus(response.value().statusWord());
}

} // namespace guichet::pcsc
