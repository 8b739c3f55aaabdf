#include "ReaderMonitor.h"

#include "PcscContext.h"
#include "PcscErrors.h"

#include <QLoggingCategory>
#include <QThread>

#include <vector>

Q_LOGGING_CATEGORY(lcReaders, "guichet.smartcard.readers", QtInfoMsg)

namespace guichet::pcsc {
namespace {

constexpr char PnpReader[] = "\\\\?PnP?\\Notification";

ReaderState stateFrom(const SCARD_READERSTATE& s)
{
    ReaderState state;
    state.name = QString::fromUtf8(s.szReader);
    const DWORD flags = s.dwEventState;
    state.cardPresent = (flags & SCARD_STATE_PRESENT) && !(flags & SCARD_STATE_EMPTY);
    state.inUse = flags & SCARD_STATE_INUSE;
    state.exclusive = flags & SCARD_STATE_EXCLUSIVE;
    state.mute = flags & SCARD_STATE_MUTE;
    if (state.cardPresent) {
        const DWORD length = qMin<DWORD>(s.cbAtr, MAX_ATR_SIZE);
        state.atr = QByteArray(reinterpret_cast<const char*>(s.rgbAtr), qsizetype(length));
    }
    return state;
}

} // namespace

ReaderMonitor::ReaderMonitor(PcscApi& api, QObject* parent) : QObject(parent), m_api(api)
{
    qRegisterMetaType<ReaderSnapshot>();
    qRegisterMetaType<ReaderEvent>();
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_thread->start();
}

void ReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    {
        const std::lock_guard lock(m_waitMutex);
        m_wake.notify_all();
    }
    if (m_hasContext)
        (void)m_api.cancel(m_context.load());
    m_thread->wait();
    m_thread.reset();
}

ReaderSnapshot ReaderMonitor::snapshot() const
{
    const std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

void ReaderMonitor::publish(const ReaderSnapshot& next)
{
    ReaderSnapshot previous;
    {
        const std::lock_guard lock(m_snapshotMutex);
        if (m_snapshot == next)
            return;
        previous = m_snapshot;
        m_snapshot = next;
    }
    for (const ReaderEvent& event : diffSnapshots(previous, next))
        Q_EMIT readerEvent(event);
    Q_EMIT snapshotChanged(next);
}

void ReaderMonitor::waitForRetry()
{
    std::unique_lock lock(m_waitMutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_retryMs),
                    [this] { return m_stopping.load(); });
}

void ReaderMonitor::run()
{
    while (!m_stopping) {
        Result<PcscContext> context = PcscContext::establish(m_api);
        if (!context) {
            publish({ServiceState::NotRunning, {}});
            waitForRetry();
            continue;
        }
        m_context = context.value().handle();
        m_hasContext = true;
        if (!m_stopping)
            watch(context.value().handle());
        m_hasContext = false;
        // The context is released here; a new one is made if the service came back.
        if (!m_stopping && snapshot().service == ServiceState::NotRunning)
            waitForRetry();
    }
}

void ReaderMonitor::watch(SCARDCONTEXT context)
{
    while (!m_stopping) {
        // List the readers, then wait for any change among them or in the reader list.
        std::string names;
        LONG rv = m_api.listReaders(context, names);
        if (rv != SCARD_S_SUCCESS && rv != LONG(SCARD_E_NO_READERS_AVAILABLE)) {
            qCInfo(lcReaders) << "listing readers failed:" << codeName(rv);
            if (isServiceGone(rv))
                publish({ServiceState::NotRunning, {}});
            return;
        }
        std::vector<std::string> readerNames;
        for (std::size_t start = 0; start < names.size();) {
            const std::size_t end = names.find('\0', start);
            const std::size_t stop = end == std::string::npos ? names.size() : end;
            if (stop > start)
                readerNames.emplace_back(names.substr(start, stop - start));
            start = stop + 1;
        }
        std::vector<SCARD_READERSTATE> states(readerNames.size() + 1);
        for (std::size_t i = 0; i < readerNames.size(); ++i) {
            states[i].szReader = readerNames[i].c_str();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        SCARD_READERSTATE& pnp = states.back();
        pnp.szReader = PnpReader;
        pnp.dwCurrentState = DWORD(readerNames.size()) << 16;

        // With no reader, nothing will answer the first call: say so now.
        if (readerNames.empty())
            publish({ServiceState::Running, {}});
        DWORD timeout = 0; // the first call only reads the current states
        bool readersChanged = false;
        while (!m_stopping && !readersChanged) {
            rv = m_api.getStatusChange(context, timeout, states.data(), DWORD(states.size()));
            if (rv == LONG(SCARD_E_TIMEOUT)) {
                timeout = INFINITE;
                continue;
            }
            if (rv == LONG(SCARD_E_CANCELLED) && m_stopping)
                return;
            if (rv != SCARD_S_SUCCESS) {
                qCInfo(lcReaders) << "waiting for changes failed:" << codeName(rv);
                if (isServiceGone(rv)) {
                    publish({ServiceState::NotRunning, {}});
                    return;
                }
                break; // a reader vanished mid-wait: list them again
            }
            ReaderSnapshot next{ServiceState::Running, {}};
            for (std::size_t i = 0; i + 1 < states.size(); ++i) {
                if (states[i].dwEventState & SCARD_STATE_UNKNOWN)
                    readersChanged = true;
                else
                    next.readers.append(stateFrom(states[i]));
                states[i].dwCurrentState = states[i].dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            }
            if (pnp.dwEventState & SCARD_STATE_CHANGED)
                readersChanged = true;
            pnp.dwCurrentState = pnp.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            if (!readersChanged)
                publish(next);
            timeout = INFINITE;
        }
    }
}

} // namespace guichet::pcsc
