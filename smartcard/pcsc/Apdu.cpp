#include "Apdu.h"

#include "ErrorCodes.h"

namespace guichet::pcsc {

QByteArray CommandApdu::toBytes() const
{
    QByteArray bytes;
    bytes.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    const bool extended = data.size() > 255 || le > 256;
    if (!extended) {
        if (!data.isEmpty())
            bytes.append(char(data.size())).append(data);
        if (le > 0)
            bytes.append(char(le == 256 ? 0 : le));
        return bytes;
    }
    // Extended length: a 00 marker, then two-byte lengths.
    bytes.append('\0');
    if (!data.isEmpty()) {
        bytes.append(char(data.size() >> 8)).append(char(data.size() & 0xFF)).append(data);
    }
    if (le > 0) {
        const int encoded = le >= 65536 ? 0 : le;
        bytes.append(char(encoded >> 8)).append(char(encoded & 0xFF));
    }
    return bytes;
}

Result<ResponseApdu> ResponseApdu::parse(const QByteArray& bytes)
{
    if (bytes.size() < 2)
        return Error(ErrorCode::UnexpectedCardResponse,
                     QStringLiteral("response of %1 bytes has no status word").arg(bytes.size()));
    if (bytes.size() > MaxResponseSize)
        return Error(ErrorCode::UnexpectedCardResponse,
                     QStringLiteral("response of %1 bytes is too long").arg(bytes.size()));
    ResponseApdu response;
    response.data = bytes.left(bytes.size() - 2);
    response.sw1 = quint8(bytes[bytes.size() - 2]);
    response.sw2 = quint8(bytes[bytes.size() - 1]);
    return response;
}

} // namespace guichet::pcsc
