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

} // namespace guichet::pcsc
