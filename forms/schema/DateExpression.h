#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

// The date of a minDate or maxDate rule (docs/api/portal.yaml, ValidationRule): a fixed
// `YYYY-MM-DD`, `today`, or `today` plus or minus an ISO 8601 duration made of years,
// months, weeks and days (`today-P18Y`, `today+P30D`, `today-P1Y6M`). Relative dates are
// resolved against a `today` the caller passes, so results do not depend on the clock.
namespace guichet::forms {

class DateExpression
{
public:
    // std::nullopt when the text is none of the forms above.
    [[nodiscard]] static std::optional<DateExpression> parse(QStringView text);

    [[nodiscard]] QDate resolve(const QDate& today) const;
    [[nodiscard]] bool isRelative() const { return m_relative; }

private:
    DateExpression() = default;

    bool m_relative = false;
    QDate m_fixed;   // when not relative
    int m_years = 0; // signed offsets from today, applied in this order
    int m_months = 0;
    int m_days = 0;
};

// A date written exactly `YYYY-MM-DD` that exists in the calendar; std::nullopt for
// anything else ("2025-02-30", "2025-2-3", "25-02-03").
[[nodiscard]] std::optional<QDate> parseIsoDate(QStringView text);

} // namespace guichet::forms
