#include "ScriptedPcsc.h"

#include <chrono>
#include <cstring>

namespace guichet::sim {

void ScriptedPcsc::expectTransmit(const QByteArray& command, const QByteArray& response)
{
    const std::lock_guard lock(m_mutex);
    m_exchanges.append({command, response});
}

void ScriptedPcsc::expectControl(DWORD code, const QByteArray& input, const QByteArray& output)
{
    const std::lock_guard lock(m_mutex);
    m_controls.append({code, input, output});
}

void ScriptedPcsc::failNext(Call call, LONG rv)
{
    const std::lock_guard lock(m_mutex);
    m_failures.insert(call, rv);
}

void ScriptedPcsc::setServiceRunning(bool running)
{
    {
        const std::lock_guard lock(m_mutex);
        m_running = running;
    }
    changed();
}

void ScriptedPcsc::setReaders(const QStringList& readers)
{
    {
        const std::lock_guard lock(m_mutex);
        m_readers = readers;
    }
    changed();
}

void ScriptedPcsc::insertCard(const QString& reader, const QByteArray& atr)
{
    {
        const std::lock_guard lock(m_mutex);
        m_cards.insert(reader, atr);
        ++m_cardEvents[reader];
    }
    changed();
}

void ScriptedPcsc::removeCard(const QString& reader)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_cards.remove(reader))
            ++m_cardEvents[reader];
    }
    changed();
}

void ScriptedPcsc::changed()
{
    const std::lock_guard lock(m_mutex);
    ++m_generation;
    m_changed.notify_all();
}

QStringList ScriptedPcsc::mismatches() const
{
    const std::lock_guard lock(m_mutex);
    return m_mismatches;
}

bool ScriptedPcsc::scriptConsumed() const
{
    const std::lock_guard lock(m_mutex);
    return m_exchanges.isEmpty() && m_controls.isEmpty();
}

int ScriptedPcsc::count(Call call) const
{
    const std::lock_guard lock(m_mutex);
    return m_counts.value(call);
}

int ScriptedPcsc::openContexts() const
{
    const std::lock_guard lock(m_mutex);
    return m_contexts;
}

int ScriptedPcsc::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    return m_connections;
}

int ScriptedPcsc::openTransactions() const
{
    const std::lock_guard lock(m_mutex);
    return m_transactions;
}

LONG ScriptedPcsc::enter(Call call)
{
    ++m_counts[call];
    if (m_failures.contains(call))
        return m_failures.take(call);
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::establishContext(SCARDCONTEXT* context)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::Establish))
        return rv;
    if (!m_running)
        return LONG(SCARD_E_NO_SERVICE);
    *context = SCARDCONTEXT(++m_contexts + 100);
    m_cancelled = false;
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::releaseContext(SCARDCONTEXT)
{
    const std::lock_guard lock(m_mutex);
    --m_contexts;
    return enter(Call::Release);
}

LONG ScriptedPcsc::listReaders(SCARDCONTEXT, std::string& names)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::ListReaders))
        return rv;
    if (!m_running)
        return LONG(SCARD_E_NO_SERVICE);
    if (m_readers.isEmpty())
        return LONG(SCARD_E_NO_READERS_AVAILABLE);
    names.clear();
    for (const QString& reader : m_readers)
        names += reader.toStdString() + '\0';
    names += '\0';
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::getStatusChange(SCARDCONTEXT, DWORD timeoutMs, SCARD_READERSTATE* states,
                                   DWORD count)
{
    std::unique_lock lock(m_mutex);
    if (const LONG rv = enter(Call::GetStatusChange))
        return rv;
    const auto fill = [&] {
        bool anyChange = false;
        for (DWORD i = 0; i < count; ++i) {
            SCARD_READERSTATE& s = states[i];
            const QString name = QString::fromUtf8(s.szReader);
            DWORD flags = 0;
            if (name.startsWith(QLatin1String("\\\\?PnP?"))) {
                flags = DWORD(m_readers.size()) << 16;
            } else if (!m_readers.contains(name)) {
                flags = SCARD_STATE_UNKNOWN;
            } else if (m_cards.contains(name)) {
                // Like pcsc-lite, the high word counts card events: a card swapped for
                // another while nobody looked is still a change.
                flags = SCARD_STATE_PRESENT | (DWORD(m_cardEvents.value(name) & 0xFFFF) << 16);
                const QByteArray atr = m_cards.value(name);
                const qsizetype length = qMin<qsizetype>(atr.size(), sizeof s.rgbAtr);
                s.cbAtr = DWORD(atr.size()); // the true length, as a faulty driver might
                memcpy(s.rgbAtr, atr.constData(), size_t(length));
            } else {
                flags = SCARD_STATE_EMPTY | (DWORD(m_cardEvents.value(name) & 0xFFFF) << 16);
            }
            const DWORD known = s.dwCurrentState & ~DWORD(SCARD_STATE_CHANGED);
            // Like pcsc-lite: the PnP entry changes when the reader count (high word)
            // differs; a reader changes when unaware or when its state differs.
            const bool pnp = name.startsWith(QLatin1String("\\\\?PnP?"));
            const bool differs = pnp ? (known >> 16) != (flags >> 16)
                                     : (known == SCARD_STATE_UNAWARE || flags != known);
            if (differs) {
                flags |= SCARD_STATE_CHANGED;
                anyChange = true;
            }
            s.dwEventState = flags;
        }
        return anyChange;
    };
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(timeoutMs == INFINITE ? 60000 : timeoutMs);
    while (true) {
        if (!m_running)
            return LONG(SCARD_E_NO_SERVICE);
        if (m_cancelled) {
            m_cancelled = false;
            return LONG(SCARD_E_CANCELLED);
        }
        if (fill())
            return SCARD_S_SUCCESS;
        const quint64 generation = m_generation;
        if (m_changed.wait_until(
                lock, deadline, [&] { return m_generation != generation || m_cancelled; }) == false)
            return LONG(SCARD_E_TIMEOUT);
    }
}

LONG ScriptedPcsc::cancel(SCARDCONTEXT)
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_changed.notify_all();
    return enter(Call::Cancel);
}

LONG ScriptedPcsc::connect(SCARDCONTEXT, const char* reader, DWORD, DWORD, SCARDHANDLE* card,
                           DWORD* activeProtocol)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::Connect))
        return rv;
    if (!m_readers.isEmpty() && !m_readers.contains(QString::fromUtf8(reader)))
        return LONG(SCARD_E_UNKNOWN_READER);
    *card = SCARDHANDLE(++m_connections + 200);
    *activeProtocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::disconnect(SCARDHANDLE, DWORD)
{
    const std::lock_guard lock(m_mutex);
    --m_connections;
    return enter(Call::Disconnect);
}

LONG ScriptedPcsc::beginTransaction(SCARDHANDLE)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::BeginTransaction))
        return rv;
    ++m_transactions;
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::endTransaction(SCARDHANDLE, DWORD)
{
    const std::lock_guard lock(m_mutex);
    --m_transactions;
    return enter(Call::EndTransaction);
}

LONG ScriptedPcsc::transmit(SCARDHANDLE, DWORD, const BYTE* command, DWORD commandLength,
                            BYTE* response, DWORD* responseLength)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::Transmit))
        return rv;
    const QByteArray sent(reinterpret_cast<const char*>(command), qsizetype(commandLength));
    if (m_exchanges.isEmpty()) {
        m_mismatches.append(
            QStringLiteral("unexpected command %1").arg(QString::fromLatin1(sent.toHex())));
        return LONG(SCARD_E_NOT_TRANSACTED);
    }
    const Exchange exchange = m_exchanges.takeFirst();
    if (exchange.command != sent) {
        m_mismatches.append(QStringLiteral("expected %1, got %2")
                                .arg(QString::fromLatin1(exchange.command.toHex()),
                                     QString::fromLatin1(sent.toHex())));
        return LONG(SCARD_E_NOT_TRANSACTED);
    }
    if (DWORD(exchange.response.size()) > *responseLength)
        return LONG(SCARD_E_INSUFFICIENT_BUFFER);
    memcpy(response, exchange.response.constData(), size_t(exchange.response.size()));
    *responseLength = DWORD(exchange.response.size());
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::control(SCARDHANDLE, DWORD code, const BYTE* input, DWORD inputLength,
                           BYTE* output, DWORD outputSize, DWORD* returned)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::Control))
        return rv;
    const QByteArray sent(reinterpret_cast<const char*>(input), qsizetype(inputLength));
    if (m_controls.isEmpty() || m_controls.first().code != code ||
        m_controls.first().input != sent) {
        m_mismatches.append(QStringLiteral("unexpected control %1 %2")
                                .arg(code, 0, 16)
                                .arg(QString::fromLatin1(sent.toHex())));
        return LONG(SCARD_E_UNSUPPORTED_FEATURE);
    }
    const ControlExchange exchange = m_controls.takeFirst();
    if (DWORD(exchange.output.size()) > outputSize)
        return LONG(SCARD_E_INSUFFICIENT_BUFFER);
    memcpy(output, exchange.output.constData(), size_t(exchange.output.size()));
    *returned = DWORD(exchange.output.size());
    return SCARD_S_SUCCESS;
}

LONG ScriptedPcsc::status(SCARDHANDLE, BYTE* atr, DWORD* atrLength)
{
    const std::lock_guard lock(m_mutex);
    if (const LONG rv = enter(Call::Status))
        return rv;
    // Report the real length even when it does not fit, like a faulty driver would.
    const DWORD length = DWORD(m_atr.size());
    memcpy(atr, m_atr.constData(), size_t(qMin<DWORD>(length, *atrLength)));
    *atrLength = length;
    return SCARD_S_SUCCESS;
}

} // namespace guichet::sim
