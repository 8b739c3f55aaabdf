#include "LogSink.h"

#include "RotatingLogFile.h"

#include <QDateTime>

#include <atomic>
#include <cstdio>

namespace guichet {
namespace {

std::atomic<LogSink*> activeSink{nullptr};

char typeLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

} // namespace

LogSink::LogSink() = default;

LogSink::~LogSink()
{
    if (m_installed) {
        activeSink.store(nullptr);
        qInstallMessageHandler(m_previous);
    }
}

Status LogSink::openFile(const QString& directory)
{
    m_file = std::make_unique<RotatingLogFile>(directory, QStringLiteral("guichet"));
    Status status = m_file->open();
    if (!status)
        m_file.reset();
    return status;
}

QString LogSink::filePath() const
{
    return m_file ? m_file->currentPath() : QString();
}

QString LogSink::format(QtMsgType type, const char* category, const QString& message) const
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .arg(QLatin1Char(typeLetter(type)))
        .arg(QLatin1String(category), m_redactor.redact(message));
}

void LogSink::install()
{
    activeSink.store(this);
    m_previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (LogSink* sink = activeSink.load())
                sink->handle(type, context.category ? context.category : "default", message);
        });
    m_installed = true;
}

void LogSink::handle(QtMsgType type, const char* category, const QString& message)
{
    const QString line = format(type, category, message);
    if (m_file)
        m_file->write(line);
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
        std::fflush(stderr);
    }
}

} // namespace guichet
