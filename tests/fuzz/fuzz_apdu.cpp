// Feeds: a card and a reader, played from the input. Each answer the code asks PC/SC
// for (the reader list, the ATR, each SCardControl and each SCardTransmit answer) is
// the next record of the input (two-byte length, then bytes); a record also makes the
// command sent. The calls are those of the card service: PcscContext::readers,
// CardConnection::atr, ReaderFeatures::query (the feature TLV list),
// CardConnection::transmit (61xx GET RESPONSE chains and 6Cxx retries),
// verifyOnPinPad, ResponseApdu::parse and interpretVerifyStatus. Why: every byte here
// comes from a device the person plugged in (or from its driver); the wrappers must
// bound loops and lengths and refuse what does not fit.
#include "Apdu.h"
#include "CardConnection.h"
#include "FuzzSupport.h"
#include "PcscContext.h"
#include "PinPad.h"
#include "ReaderFeatures.h"

#include <algorithm>
#include <cstring>

using namespace guichet;
using namespace guichet::pcsc;

namespace {

// A PC/SC service whose only reader holds a card that answers with the input.
class FuzzPcsc final : public PcscApi
{
public:
    explicit FuzzPcsc(fuzz::InputReader& input) : m_input(input) {}

    LONG establishContext(SCARDCONTEXT* context) override
    {
        *context = 1;
        return SCARD_S_SUCCESS;
    }
    LONG releaseContext(SCARDCONTEXT) override { return SCARD_S_SUCCESS; }
    LONG listReaders(SCARDCONTEXT, std::string& names) override
    {
        names = m_input.record().toStdString();
        return SCARD_S_SUCCESS;
    }
    LONG getStatusChange(SCARDCONTEXT, DWORD, SCARD_READERSTATE*, DWORD) override
    {
        return LONG(SCARD_E_TIMEOUT);
    }
    LONG cancel(SCARDCONTEXT) override { return SCARD_S_SUCCESS; }
    LONG connect(SCARDCONTEXT, const char*, DWORD, DWORD, SCARDHANDLE* card,
                 DWORD* activeProtocol) override
    {
        *card = 1;
        *activeProtocol = SCARD_PROTOCOL_T1;
        return SCARD_S_SUCCESS;
    }
    LONG disconnect(SCARDHANDLE, DWORD) override { return SCARD_S_SUCCESS; }
    LONG beginTransaction(SCARDHANDLE) override { return SCARD_S_SUCCESS; }
    LONG endTransaction(SCARDHANDLE, DWORD) override { return SCARD_S_SUCCESS; }
    LONG transmit(SCARDHANDLE, DWORD, const BYTE*, DWORD, BYTE* response,
                  DWORD* responseLength) override
    {
        return answer(response, responseLength);
    }
    LONG control(SCARDHANDLE, DWORD, const BYTE*, DWORD, BYTE* output, DWORD outputSize,
                 DWORD* returned) override
    {
        *returned = outputSize;
        return answer(output, returned);
    }
    LONG status(SCARDHANDLE, BYTE* atr, DWORD* atrLength) override
    {
        return answer(atr, atrLength);
    }

private:
    // Copies what fits and reports the whole length, as a careless driver might.
    LONG answer(BYTE* buffer, DWORD* length)
    {
        if (m_input.atEnd())
            return LONG(SCARD_W_REMOVED_CARD);
        const QByteArray bytes = m_input.record();
        std::memcpy(buffer, bytes.constData(), std::min<std::size_t>(*length, bytes.size()));
        *length = DWORD(bytes.size());
        return SCARD_S_SUCCESS;
    }

    fuzz::InputReader& m_input;
};

CommandApdu commandFrom(const QByteArray& record)
{
    fuzz::InputReader reader(record);
    CommandApdu command;
    command.cla = reader.byte();
    command.ins = reader.byte();
    command.p1 = reader.byte();
    command.p2 = reader.byte();
    command.le = (int(reader.byte()) << 8 | reader.byte()) % 65537;
    command.data = reader.rest();
    return command;
}

void checkCommandBytes(const CommandApdu& command)
{
    const qsizetype n = command.data.size();
    const bool extended = n > 255 || command.le > 256;
    const qsizetype expected = extended ? 5 + (n > 0 ? 2 + n : 0) + (command.le > 0 ? 2 : 0)
                                        : 4 + (n > 0 ? 1 + n : 0) + (command.le > 0 ? 1 : 0);
    fuzz::check(command.toBytes().size() == expected, "a command has its ISO 7816-4 length");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    fuzz::InputReader input(fuzz::bytes(data, size));

    const QByteArray answer = input.record();
    const Result<ResponseApdu> parsed = ResponseApdu::parse(answer);
    if (parsed)
        fuzz::check(parsed.value().data.size() == answer.size() - 2, "data is all but SW1 SW2");
    (void)interpretVerifyStatus(quint16(input.byte() << 8 | input.byte()));

    FuzzPcsc api(input);
    Result<PcscContext> context = PcscContext::establish(api);
    fuzz::check(bool(context), "the context is established");
    const Result<QStringList> readers = context.value().readers();
    const QString reader = readers && !readers.value().isEmpty() ? readers.value().first()
                                                                 : QStringLiteral("Reader 0");
    Result<CardConnection> connection = CardConnection::connect(context.value(), reader);
    fuzz::check(bool(connection), "the card is connected");
    const Result<QByteArray> atr = connection.value().atr();
    fuzz::check(!atr || atr.value().size() <= MAX_ATR_SIZE, "an ATR fits its buffer");

    const Result<ReaderFeatures> features = ReaderFeatures::query(connection.value());
    if (features) {
        (void)features.value().names();
        (void)usePinPad(features.value(), reader, true);
    }

    const CommandApdu command = commandFrom(input.record());
    checkCommandBytes(command);
    const Result<ResponseApdu> response = connection.value().transmit(command);
    fuzz::check(!response || response.value().data.size() <= MaxResponseSize,
                "an answer is never longer than the largest a card may send");

    if (features && features.value().has(Feature::VerifyPinDirect)) {
        PinPadRequest request;
        request.verify = CommandApdu{0x00, 0x20, 0x00, 0x81, {}, 0};
        (void)verifyOnPinPad(connection.value(), features.value(), request);
    }
    return 0;
}
