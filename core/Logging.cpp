#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "guichet.core", QtInfoMsg)

namespace guichet {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> logLevelFromName(const QString& name)
{
    for (LogLevel level : {LogLevel::Warning, LogLevel::Info, LogLevel::Debug}) {
        if (name.compare(logLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

void applyLogLevel(LogLevel level)
{
    const bool info = level != LogLevel::Warning;
    const bool debug = level == LogLevel::Debug;
    QLoggingCategory::setFilterRules(
        QStringLiteral("guichet.*.debug=%1\nguichet.*.info=%2")
            .arg(debug ? QStringLiteral("true") : QStringLiteral("false"),
                 info ? QStringLiteral("true") : QStringLiteral("false")));
}

} // namespace guichet
