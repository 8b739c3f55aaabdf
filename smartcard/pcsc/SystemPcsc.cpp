#include "PcscApi.h"

#include <vector>

namespace guichet::pcsc {
namespace {

class SystemPcsc final : public PcscApi
{
public:
    LONG establishContext(SCARDCONTEXT* context) override
    {
        return SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, context);
    }

    LONG releaseContext(SCARDCONTEXT context) override { return SCardReleaseContext(context); }

    LONG listReaders(SCARDCONTEXT context, std::string& names) override
    {
        DWORD length = 0;
        LONG rv = SCardListReaders(context, nullptr, nullptr, &length);
        if (rv != SCARD_S_SUCCESS)
            return rv;
        std::vector<char> buffer(length);
        rv = SCardListReaders(context, nullptr, buffer.data(), &length);
        if (rv == SCARD_S_SUCCESS)
            names.assign(buffer.data(), length);
        return rv;
    }

    LONG getStatusChange(SCARDCONTEXT context, DWORD timeoutMs, SCARD_READERSTATE* states,
                         DWORD count) override
    {
        return SCardGetStatusChange(context, timeoutMs, states, count);
    }

    LONG cancel(SCARDCONTEXT context) override { return SCardCancel(context); }

    LONG connect(SCARDCONTEXT context, const char* reader, DWORD shareMode, DWORD protocols,
                 SCARDHANDLE* card, DWORD* activeProtocol) override
    {
        return SCardConnect(context, reader, shareMode, protocols, card, activeProtocol);
    }

    LONG disconnect(SCARDHANDLE card, DWORD disposition) override
    {
        return SCardDisconnect(card, disposition);
    }

    LONG beginTransaction(SCARDHANDLE card) override { return SCardBeginTransaction(card); }

    LONG endTransaction(SCARDHANDLE card, DWORD disposition) override
    {
        return SCardEndTransaction(card, disposition);
    }

    LONG transmit(SCARDHANDLE card, DWORD protocol, const BYTE* command, DWORD commandLength,
                  BYTE* response, DWORD* responseLength) override
    {
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
        return SCardTransmit(card, pci, command, commandLength, nullptr, response, responseLength);
    }

    LONG control(SCARDHANDLE card, DWORD code, const BYTE* input, DWORD inputLength, BYTE* output,
                 DWORD outputSize, DWORD* returned) override
    {
        return SCardControl(card, code, input, inputLength, output, outputSize, returned);
    }

    LONG status(SCARDHANDLE card, BYTE* atr, DWORD* atrLength) override
    {
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD nameLength = 0;
        return SCardStatus(card, nullptr, &nameLength, &state, &protocol, atr, atrLength);
    }
};

} // namespace

PcscApi& systemPcsc()
{
    static SystemPcsc instance;
    return instance;
}

DWORD controlCode(DWORD function)
{
    // Each platform's PcscPlatform.h defines the macro its own way.
    return SCARD_CTL_CODE(function);
}

} // namespace guichet::pcsc
