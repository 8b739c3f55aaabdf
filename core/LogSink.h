#pragma once

#include "LogRedactor.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace guichet {

class RotatingLogFile;

// Routes every Qt log message through the redactor into the rotating log file
// (and warnings to standard error). One sink per process; installing replaces
// Qt's message handler, destroying the sink restores the previous one.
class LogSink
{
public:
    LogSink();
    ~LogSink();
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;

    // Opens the log file in directory; on failure logging goes on to stderr only.
    [[nodiscard]] Status openFile(const QString& directory);
    void install();

    [[nodiscard]] LogRedactor& redactor() { return m_redactor; }
    [[nodiscard]] QString filePath() const;

    // Formats one message as written to the file (exposed for tests).
    [[nodiscard]] QString format(QtMsgType type, const char* category,
                                 const QString& message) const;

private:
    void handle(QtMsgType type, const char* category, const QString& message);

    LogRedactor m_redactor;
    std::unique_ptr<RotatingLogFile> m_file;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};

} // namespace guichet
