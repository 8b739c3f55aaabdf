#include "ErrorExplanation.h"

#include "ErrorCatalogue.h"
#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace guichet {

QString normaliseErrorCode(const QString& typed)
{
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z0-9]{2,5})\\s*-\\s*(\\d{1,3})$"));
    const QRegularExpressionMatch match = shape.match(typed.trimmed());
    if (!match.hasMatch())
        return {};
    return match.captured(1).toUpper() + QLatin1Char('-') +
           match.captured(2).rightJustified(3, QLatin1Char('0'));
}

Result<QString> explainErrorCode(const QString& typed)
{
    const QString code = normaliseErrorCode(typed);
    // GEN-000 is the catalogue's own fallback, which a person may still look up.
    if (code.isEmpty() || !ErrorCatalogue::contains(code))
        return Error(ErrorCode::UnknownErrorCode, typed.trimmed().left(40));
    const ErrorEntry& entry = ErrorCatalogue::entry(code);
    const auto translated = [](const char* source) {
        return QCoreApplication::translate(ErrorCatalogue::TranslationContext, source);
    };
    QStringList lines;
    lines << code + QStringLiteral(": ") + translated(entry.message);
    lines << QCoreApplication::translate("ErrorExplanation", "What to do: %1")
                 .arg(translated(entry.whatToDo));
    lines << QCoreApplication::translate("ErrorExplanation", "For the help desk: %1")
                 .arg(QLatin1String(entry.helpDesk));
    return lines.join(QLatin1Char('\n'));
}

} // namespace guichet
