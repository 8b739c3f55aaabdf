#pragma once

// The PC/SC functions the application uses, behind one interface. The real
// implementation forwards to the system's winscard / pcsc-lite; tests install a
// scripted one that plays APDU exchanges and injects an error into any call.
#include "PcscPlatform.h" // the platform's winscard declarations (platform/<system>/)

#include <string>

namespace guichet::pcsc {

class PcscApi
{
public:
    virtual ~PcscApi() = default;

    virtual LONG establishContext(SCARDCONTEXT* context) = 0;
    virtual LONG releaseContext(SCARDCONTEXT context) = 0;
    // Fills names with the multi-string of reader names (each NUL-terminated).
    virtual LONG listReaders(SCARDCONTEXT context, std::string& names) = 0;
    virtual LONG getStatusChange(SCARDCONTEXT context, DWORD timeoutMs, SCARD_READERSTATE* states,
                                 DWORD count) = 0;
    virtual LONG cancel(SCARDCONTEXT context) = 0;
    virtual LONG connect(SCARDCONTEXT context, const char* reader, DWORD shareMode, DWORD protocols,
                         SCARDHANDLE* card, DWORD* activeProtocol) = 0;
    virtual LONG disconnect(SCARDHANDLE card, DWORD disposition) = 0;
    virtual LONG beginTransaction(SCARDHANDLE card) = 0;
    virtual LONG endTransaction(SCARDHANDLE card, DWORD disposition) = 0;
    virtual LONG transmit(SCARDHANDLE card, DWORD protocol, const BYTE* command,
                          DWORD commandLength, BYTE* response, DWORD* responseLength) = 0;
    virtual LONG control(SCARDHANDLE card, DWORD controlCode, const BYTE* input, DWORD inputLength,
                         BYTE* output, DWORD outputSize, DWORD* returned) = 0;
    // The ATR of the connected card.
    virtual LONG status(SCARDHANDLE card, BYTE* atr, DWORD* atrLength) = 0;
};

// The system's PC/SC implementation.
PcscApi& systemPcsc();

// A control code as the platform defines it (pcsc-lite and Windows differ).
DWORD controlCode(DWORD function);

} // namespace guichet::pcsc
