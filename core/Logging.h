#pragma once

#include <QLoggingCategory>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace guichet {

// How much the application logs. Every room's category is named "guichet.<room>".
enum class LogLevel
{
    Warning,
    Info,
    Debug
};

[[nodiscard]] QString logLevelName(LogLevel level);
[[nodiscard]] std::optional<LogLevel> logLevelFromName(const QString& name);

// Sets the filter rules of all "guichet.*" categories to the given level.
void applyLogLevel(LogLevel level);

} // namespace guichet
