#include "DateExpression.h"

#include <QRegularExpression>

namespace guichet::forms {

std::optional<QDate> parseIsoDate(QStringView text)
{
    // QDate::fromString(Qt::ISODate) also takes shorter or longer forms; the contract
    // wants exactly four, two and two digits.
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<DateExpression> DateExpression::parse(QStringView text)
{
    if (const std::optional<QDate> fixed = parseIsoDate(text)) {
        DateExpression expression;
        expression.m_fixed = *fixed;
        return expression;
    }
    // Few digits per part keep the offsets far from integer overflow; no time part
    // (PT...) since the rules compare dates.
    static const QRegularExpression relative(
        QStringLiteral("^today(?:([+-])P(?:([0-9]{1,4})Y)?(?:([0-9]{1,5})M)?(?:([0-9]{1,5})W)?(?:(["
                       "0-9]{1,6})D)?)?$"));
    const QRegularExpressionMatch match = relative.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    DateExpression expression;
    expression.m_relative = true;
    if (match.capturedView(1).isEmpty())
        return expression; // plain "today"
    const bool hasPart = !match.capturedView(2).isEmpty() || !match.capturedView(3).isEmpty() ||
                         !match.capturedView(4).isEmpty() || !match.capturedView(5).isEmpty();
    if (!hasPart)
        return std::nullopt; // "today+P" says nothing
    const int sign = match.capturedView(1) == QLatin1String("-") ? -1 : 1;
    expression.m_years = sign * match.capturedView(2).toInt();
    expression.m_months = sign * match.capturedView(3).toInt();
    expression.m_days = sign * (7 * match.capturedView(4).toInt() + match.capturedView(5).toInt());
    return expression;
}

QDate DateExpression::resolve(const QDate& today) const
{
    if (!m_relative)
        return m_fixed;
    // Years first, then months, then days: "today-P18Y" on 29 February gives
    // 28 February eighteen years before, as QDate::addYears does.
    return today.addYears(m_years).addMonths(m_months).addDays(m_days);
}

} // namespace guichet::forms
