#pragma once

#include "Apdu.h"
#include "PcscContext.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace guichet::pcsc {

// A connection to the card in one reader, disconnected (card left as it is) on
// destruction. Move-only. transmit() follows the card's hints transparently:
// 61xx -> GET RESPONSE for the rest, 6Cxx -> the same command again with Le = xx.
class CardConnection
{
public:
    [[nodiscard]] static Result<CardConnection> connect(const PcscContext& context,
                                                        const QString& reader);
    ~CardConnection();
    CardConnection(CardConnection&& other) noexcept;
    CardConnection& operator=(CardConnection&& other) noexcept;
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;

    [[nodiscard]] Result<ResponseApdu> transmit(const CommandApdu& command) const;
    [[nodiscard]] Result<QByteArray> transmitRaw(const QByteArray& command) const;
    // SCardControl to the reader (features, PIN pad).
    [[nodiscard]] Result<QByteArray> control(DWORD code, const QByteArray& input = {}) const;
    [[nodiscard]] Result<QByteArray> atr() const;

    [[nodiscard]] const QString& reader() const { return m_reader; }
    [[nodiscard]] PcscApi& api() const { return *m_api; }
    [[nodiscard]] SCARDHANDLE handle() const { return m_handle; }

private:
    CardConnection(PcscApi& api, SCARDHANDLE handle, DWORD protocol, QString reader);
    void release() noexcept;

    PcscApi* m_api = nullptr;
    SCARDHANDLE m_handle = 0;
    DWORD m_protocol = 0;
    QString m_reader;
    bool m_valid = false;
};

// Exclusive access to the card for a sequence of commands; ended on destruction.
class CardTransaction
{
public:
    [[nodiscard]] static Result<CardTransaction> begin(const CardConnection& connection);
    ~CardTransaction();
    CardTransaction(CardTransaction&& other) noexcept;
    CardTransaction& operator=(CardTransaction&&) = delete;
    CardTransaction(const CardTransaction&) = delete;
    CardTransaction& operator=(const CardTransaction&) = delete;

private:
    explicit CardTransaction(const CardConnection& connection) : m_connection(&connection) {}
    const CardConnection* m_connection = nullptr;
};

} // namespace guichet::pcsc
