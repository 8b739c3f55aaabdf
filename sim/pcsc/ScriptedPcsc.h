#pragma once

// A simulated PC/SC service: readers and cards whose changes wake
// SCardGetStatusChange, and a service that can stop. Demo and training mode put the
// simulated card in one of its readers (and, for the training scenarios, take the
// service, the reader or the card away); tests also play a script of APDU exchanges
// and control calls through it and fail any call with a chosen SCARD_* code.
#include "PcscApi.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <mutex>

namespace guichet::sim {

enum class Call
{
    Establish,
    Release,
    ListReaders,
    GetStatusChange,
    Cancel,
    Connect,
    Disconnect,
    BeginTransaction,
    EndTransaction,
    Transmit,
    Control,
    Status
};

class ScriptedPcsc final : public pcsc::PcscApi
{
public:
    // APDU script: each transmit must send exactly `command` and receives `response`.
    void expectTransmit(const QByteArray& command, const QByteArray& response);
    void expectControl(DWORD code, const QByteArray& input, const QByteArray& output);
    // The next call of that kind returns rv (once), whatever the script says.
    void failNext(Call call, LONG rv);
    void setAtr(const QByteArray& atr) { m_atr = atr; }

    // The simulated service: running or not, its readers and cards.
    void setServiceRunning(bool running);
    void setReaders(const QStringList& readers);
    void insertCard(const QString& reader, const QByteArray& atr);
    void removeCard(const QString& reader);

    [[nodiscard]] QStringList mismatches() const;
    [[nodiscard]] bool scriptConsumed() const;
    [[nodiscard]] int count(Call call) const;
    [[nodiscard]] int openContexts() const;
    [[nodiscard]] int openConnections() const;
    [[nodiscard]] int openTransactions() const;

    LONG establishContext(SCARDCONTEXT* context) override;
    LONG releaseContext(SCARDCONTEXT context) override;
    LONG listReaders(SCARDCONTEXT context, std::string& names) override;
    LONG getStatusChange(SCARDCONTEXT context, DWORD timeoutMs, SCARD_READERSTATE* states,
                         DWORD count) override;
    LONG cancel(SCARDCONTEXT context) override;
    LONG connect(SCARDCONTEXT context, const char* reader, DWORD shareMode, DWORD protocols,
                 SCARDHANDLE* card, DWORD* activeProtocol) override;
    LONG disconnect(SCARDHANDLE card, DWORD disposition) override;
    LONG beginTransaction(SCARDHANDLE card) override;
    LONG endTransaction(SCARDHANDLE card, DWORD disposition) override;
    LONG transmit(SCARDHANDLE card, DWORD protocol, const BYTE* command, DWORD commandLength,
                  BYTE* response, DWORD* responseLength) override;
    LONG control(SCARDHANDLE card, DWORD controlCode, const BYTE* input, DWORD inputLength,
                 BYTE* output, DWORD outputSize, DWORD* returned) override;
    LONG status(SCARDHANDLE card, BYTE* atr, DWORD* atrLength) override;

private:
    struct Exchange
    {
        QByteArray command;
        QByteArray response;
    };
    struct ControlExchange
    {
        DWORD code;
        QByteArray input;
        QByteArray output;
    };

    LONG enter(Call call); // counts the call and returns an injected failure if any
    void changed();        // wakes waiting getStatusChange calls

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_generation = 0;
    QList<Exchange> m_exchanges;
    QList<ControlExchange> m_controls;
    QMap<Call, LONG> m_failures;
    QMap<Call, int> m_counts;
    QStringList m_mismatches;
    QByteArray m_atr;
    bool m_running = true;
    QStringList m_readers;
    QMap<QString, QByteArray> m_cards;
    QMap<QString, int> m_cardEvents; // insertions and removals per reader
    bool m_cancelled = false;
    int m_contexts = 0;
    int m_connections = 0;
    int m_transactions = 0;
};

} // namespace guichet::sim
