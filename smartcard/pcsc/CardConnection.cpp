#include "CardConnection.h"

#include "ErrorCodes.h"
#include "PcscErrors.h"

#include <utility>

namespace guichet::pcsc {
namespace {

// Enough for the longest extended answer.
constexpr DWORD ReceiveBufferSize = MaxResponseSize;
// A card that keeps asking for GET RESPONSE forever is broken; stop after this many.
constexpr int MaxResponseChunks = 64;

} // namespace

CardConnection::CardConnection(PcscApi& api, SCARDHANDLE handle, DWORD protocol, QString reader)
    : m_api(&api), m_handle(handle), m_protocol(protocol), m_reader(std::move(reader)),
      m_valid(true)
{}

Result<CardConnection> CardConnection::connect(const PcscContext& context, const QString& reader)
{
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    const LONG rv =
        context.api().connect(context.handle(), name.constData(), SCARD_SHARE_SHARED,
                              SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardConnect");
    return CardConnection(context.api(), handle, protocol, reader);
}

CardConnection::~CardConnection()
{
    release();
}

CardConnection::CardConnection(CardConnection&& other) noexcept
    : m_api(other.m_api), m_handle(other.m_handle), m_protocol(other.m_protocol),
      m_reader(std::move(other.m_reader)), m_valid(std::exchange(other.m_valid, false))
{}

CardConnection& CardConnection::operator=(CardConnection&& other) noexcept
{
    if (this != &other) {
        release();
        m_api = other.m_api;
        m_handle = other.m_handle;
        m_protocol = other.m_protocol;
        m_reader = std::move(other.m_reader);
        m_valid = std::exchange(other.m_valid, false);
    }
    return *this;
}

void CardConnection::release() noexcept
{
    if (m_valid) {
        (void)m_api->disconnect(m_handle, SCARD_LEAVE_CARD);
        m_valid = false;
    }
}

Result<QByteArray> CardConnection::transmitRaw(const QByteArray& command) const
{
    QByteArray response(ReceiveBufferSize, Qt::Uninitialized);
    DWORD length = ReceiveBufferSize;
    const LONG rv =
        m_api->transmit(m_handle, m_protocol, reinterpret_cast<const BYTE*>(command.constData()),
                        DWORD(command.size()), reinterpret_cast<BYTE*>(response.data()), &length);
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardTransmit");
    if (length > ReceiveBufferSize)
        return Error(ErrorCode::UnexpectedCardResponse,
                     QStringLiteral("reader reported %1 bytes").arg(length));
    response.truncate(qsizetype(length));
    return response;
}

Result<ResponseApdu> CardConnection::transmit(const CommandApdu& command) const
{
    Result<QByteArray> raw = transmitRaw(command.toBytes());
    if (!raw)
        return raw.error();
    Result<ResponseApdu> response = ResponseApdu::parse(raw.value());
    if (!response)
        return response;

    // 6Cxx: wrong Le; the card tells the right one. Send the command once more.
    if (response.value().sw1 == 0x6C) {
        CommandApdu again = command;
        again.le = response.value().sw2 == 0 ? 256 : response.value().sw2;
        raw = transmitRaw(again.toBytes());
        if (!raw)
            return raw.error();
        response = ResponseApdu::parse(raw.value());
        if (!response)
            return response;
    }

    // 61xx: more data waits; collect it with GET RESPONSE.
    QByteArray data = response.value().data;
    int chunks = 0;
    while (response.value().sw1 == 0x61) {
        if (++chunks > MaxResponseChunks)
            return Error(ErrorCode::UnexpectedCardResponse,
                         QStringLiteral("card keeps answering 61xx"));
        const CommandApdu getResponse{
            command.cla, 0xC0, 0x00,
            0x00,        {},   response.value().sw2 == 0 ? 256 : response.value().sw2};
        raw = transmitRaw(getResponse.toBytes());
        if (!raw)
            return raw.error();
        response = ResponseApdu::parse(raw.value());
        if (!response)
            return response;
        data += response.value().data;
        if (data.size() > MaxResponseSize)
            return Error(ErrorCode::UnexpectedCardResponse, QStringLiteral("answer too long"));
    }
    ResponseApdu complete = response.value();
    complete.data = data;
    return complete;
}

Result<QByteArray> CardConnection::control(DWORD code, const QByteArray& input) const
{
    QByteArray output(1024, Qt::Uninitialized);
    DWORD returned = 0;
    const LONG rv = m_api->control(m_handle, code, reinterpret_cast<const BYTE*>(input.constData()),
                                   DWORD(input.size()), reinterpret_cast<BYTE*>(output.data()),
                                   DWORD(output.size()), &returned);
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardControl");
    if (returned > DWORD(output.size()))
        return Error(ErrorCode::UnexpectedCardResponse,
                     QStringLiteral("reader returned %1 control bytes").arg(returned));
    output.truncate(qsizetype(returned));
    return output;
}

Result<QByteArray> CardConnection::atr() const
{
    QByteArray atr(MAX_ATR_SIZE, Qt::Uninitialized);
    DWORD length = MAX_ATR_SIZE;
    const LONG rv = m_api->status(m_handle, reinterpret_cast<BYTE*>(atr.data()), &length);
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardStatus");
    if (length > MAX_ATR_SIZE)
        return Error(ErrorCode::UnexpectedCardResponse, QStringLiteral("ATR too long"));
    atr.truncate(qsizetype(length));
    return atr;
}

Result<CardTransaction> CardTransaction::begin(const CardConnection& connection)
{
    const LONG rv = connection.api().beginTransaction(connection.handle());
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardBeginTransaction");
    return CardTransaction(connection);
}

CardTransaction::CardTransaction(CardTransaction&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{}

CardTransaction::~CardTransaction()
{
    if (m_connection)
        (void)m_connection->api().endTransaction(m_connection->handle(), SCARD_LEAVE_CARD);
}

} // namespace guichet::pcsc
