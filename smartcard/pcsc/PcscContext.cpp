#include "PcscContext.h"

#include "PcscErrors.h"

#include <utility>

namespace guichet::pcsc {

Result<PcscContext> PcscContext::establish(PcscApi& api)
{
    SCARDCONTEXT handle = 0;
    const LONG rv = api.establishContext(&handle);
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardEstablishContext");
    PcscContext context(api, handle);
    context.m_valid = true;
    return context;
}

PcscContext::~PcscContext()
{
    release();
}

PcscContext::PcscContext(PcscContext&& other) noexcept
    : m_api(other.m_api), m_handle(other.m_handle), m_valid(std::exchange(other.m_valid, false))
{}

PcscContext& PcscContext::operator=(PcscContext&& other) noexcept
{
    if (this != &other) {
        release();
        m_api = other.m_api;
        m_handle = other.m_handle;
        m_valid = std::exchange(other.m_valid, false);
    }
    return *this;
}

void PcscContext::release() noexcept
{
    if (m_valid) {
        // The service may already be gone; the return value cannot help anyone here.
        (void)m_api->releaseContext(m_handle);
        m_valid = false;
    }
}

Result<QStringList> PcscContext::readers() const
{
    std::string names;
    const LONG rv = m_api->listReaders(m_handle, names);
    if (rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return QStringList();
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardListReaders");
    QStringList result;
    std::size_t start = 0;
    while (start < names.size()) {
        const std::size_t end = names.find('\0', start);
        const std::size_t stop = end == std::string::npos ? names.size() : end;
        if (stop > start)
            result.append(QString::fromUtf8(names.data() + start, qsizetype(stop - start)));
        start = stop + 1;
    }
    return result;
}

Result<bool> PcscContext::cardGone(const QString& reader, int graceMs) const
{
    SCARD_READERSTATE state{};
    const QByteArray name = reader.toUtf8();
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    LONG rv = m_api->getStatusChange(m_handle, 0, &state, 1);
    if (rv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT) && graceMs > 0) {
        state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        rv = m_api->getStatusChange(m_handle, DWORD(graceMs), &state, 1);
    }
    // A timeout means the card stayed for the whole grace: it is there.
    if (rv == LONG(SCARD_E_TIMEOUT))
        return false;
    if (rv != SCARD_S_SUCCESS)
        return errorFromPcsc(rv, "SCardGetStatusChange");
    return !(state.dwEventState & SCARD_STATE_PRESENT);
}

} // namespace guichet::pcsc
