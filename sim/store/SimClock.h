#pragma once

#include <QDateTime>

#include <atomic>

namespace guichet::sim {

// The simulated portal's clock: real time plus an offset tests can move, so that
// dossiers advance ("in processing" tomorrow, "decided" next week) without waiting.
class SimClock
{
public:
    [[nodiscard]] QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
    }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    void reset() { m_offsetMs = 0; }

private:
    std::atomic<qint64> m_offsetMs{0};
};

// RFC 3339 in UTC with a 'Z', as the API writes every time.
[[nodiscard]] inline QString apiTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace guichet::sim
