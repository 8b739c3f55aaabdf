#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace guichet::net {

// Where the body of a successful (2xx) answer goes while it arrives: memory for API
// calls, a .part file for downloads. A call may make several attempts; the sink
// decides what each attempt asks for (e.g. a Range) and how a new answer relates
// to what it already holds.
class ResponseSink
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    virtual ~ResponseSink() = default;

    // Extra request headers for the next attempt.
    [[nodiscard]] virtual Headers attemptHeaders() { return {}; }
    // A 2xx answer starts (headers in lower case); an error aborts the attempt.
    [[nodiscard]] virtual Status begin(int status,
                                       const QHash<QByteArray, QByteArray>& headers) = 0;
    [[nodiscard]] virtual Status write(const QByteArray& data) = 0;
    // The attempt is over, whatever its outcome (close files, keep what arrived).
    virtual void endAttempt() {}
    // 416: what we hold no longer fits the resource. True = start over once.
    [[nodiscard]] virtual bool restartAfterUnsatisfiableRange() { return false; }
    // The body kept in memory (empty for sinks that write elsewhere).
    [[nodiscard]] virtual QByteArray takeBody() { return {}; }
};

// Keeps the body in memory; every new answer replaces the previous attempt's bytes.
class MemorySink final : public ResponseSink
{
public:
    [[nodiscard]] Status begin(int status, const QHash<QByteArray, QByteArray>& headers) override;
    [[nodiscard]] Status write(const QByteArray& data) override;
    [[nodiscard]] QByteArray takeBody() override { return std::move(m_body); }

private:
    QByteArray m_body;
};

} // namespace guichet::net
