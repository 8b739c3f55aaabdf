#pragma once

#include "PcscApi.h"
#include "ReaderSnapshot.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace guichet::pcsc {

// Watches readers and cards and reports every change as it happens. It blocks in
// SCardGetStatusChange on its own thread and context (a PC/SC context must not be
// shared between threads), with the \\?PnP?\Notification pseudo-reader for plugged
// and unplugged readers — no polling while the service runs. When the service is
// down it retries every retryMs and recovers by itself when the service is back.
class ReaderMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ReaderMonitor(PcscApi& api = systemPcsc(), QObject* parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    // Wakes the monitor thread with SCardCancel and waits for it to end.
    void stop();

    void setRetryInterval(int milliseconds) { m_retryMs = milliseconds; }
    // The latest snapshot (thread-safe copy).
    [[nodiscard]] ReaderSnapshot snapshot() const;

Q_SIGNALS:
    // Emitted from the monitor thread; connect with a context object to receive it queued.
    void snapshotChanged(const guichet::pcsc::ReaderSnapshot& snapshot);
    void readerEvent(const guichet::pcsc::ReaderEvent& event);

private:
    void run();
    void watch(SCARDCONTEXT context);
    void publish(const ReaderSnapshot& next);
    void waitForRetry();

    PcscApi& m_api;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_hasContext{false};
    std::atomic<SCARDCONTEXT> m_context{0};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;
    mutable std::mutex m_snapshotMutex;
    ReaderSnapshot m_snapshot;
    int m_retryMs = 500;
};

} // namespace guichet::pcsc
