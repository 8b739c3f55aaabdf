#pragma once

#include "PcscApi.h"
#include "Result.h"

#include <QStringList>

namespace guichet::pcsc {

// An established PC/SC context, released on destruction. Move-only.
class PcscContext
{
public:
    [[nodiscard]] static Result<PcscContext> establish(PcscApi& api = systemPcsc());
    ~PcscContext();
    PcscContext(PcscContext&& other) noexcept;
    PcscContext& operator=(PcscContext&& other) noexcept;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    // The readers now attached; an empty list (not an error) when there are none.
    [[nodiscard]] Result<QStringList> readers() const;

    // Whether the card has left `reader`: true when none is in it now, or when the one
    // in it goes within graceMs (PC/SC polls readers, so it may learn of a removal a
    // moment after a module failed). An error when PC/SC cannot say.
    [[nodiscard]] Result<bool> cardGone(const QString& reader, int graceMs) const;

    [[nodiscard]] SCARDCONTEXT handle() const { return m_handle; }
    [[nodiscard]] PcscApi& api() const { return *m_api; }

private:
    PcscContext(PcscApi& api, SCARDCONTEXT handle) : m_api(&api), m_handle(handle) {}
    void release() noexcept;

    PcscApi* m_api = nullptr;
    SCARDCONTEXT m_handle = 0;
    bool m_valid = false;
};

} // namespace guichet::pcsc
