#include "LogRedactor.h"

#include <QRegularExpression>

#include <array>

namespace guichet {
namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const std::array<Rule, 7>& rules()
{
    using RE = QRegularExpression;
    static const std::array<Rule, 7> all{{
        // Bearer and named tokens come first so their values are not half-matched below.
        {RE(QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"), RE::CaseInsensitiveOption),
         QStringLiteral("\\1 [token]")},
        {RE(QStringLiteral(
                R"(((?:access|refresh|id)_?token|password|secret|nonce)(["']?\s*[:=]\s*["']?)[^\s"',}&]+)"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\\1\\2[token]")},
        // JSON Web Tokens and similar dotted base64url triples.
        {RE(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)")),
         QStringLiteral("[token]")},
        // Luxembourg national identification number: 13 digits, optionally grouped.
        {RE(QStringLiteral(R"((?<!\d)\d{4}[ .-]?\d{4}[ .-]?\d{5}(?!\d))")),
         QStringLiteral("[national-number]")},
        // IBAN (any country): two letters, two check digits, 11 to 30 more characters.
        {RE(QStringLiteral(R"(\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b)")),
         QStringLiteral("[iban]")},
        {RE(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")),
         QStringLiteral("[email]")},
        // Names and serial numbers inside certificate subjects.
        {RE(QStringLiteral(R"(\b(CN|GN|SN|GIVENNAME|SURNAME|SERIALNUMBER)\s*=\s*[^,/+\n]+)"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\\1=[name]")},
    }};
    return all;
}

} // namespace

QString LogRedactor::redact(const QString& text) const
{
    QString result = text;
    {
        const QMutexLocker lock(&m_mutex);
        for (const QString& value : m_values)
            result.replace(value, QStringLiteral("[personal]"), Qt::CaseInsensitive);
    }
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

void LogRedactor::addSensitiveValue(const QString& value)
{
    const QString trimmed = value.trimmed();
    // Very short values would blank out ordinary words.
    if (trimmed.size() < 3)
        return;
    const QMutexLocker lock(&m_mutex);
    if (!m_values.contains(trimmed))
        m_values.append(trimmed);
    // Longest first, so "Jean Dupont" is replaced before "Jean".
    std::sort(m_values.begin(), m_values.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void LogRedactor::clearSensitiveValues()
{
    const QMutexLocker lock(&m_mutex);
    m_values.clear();
}

} // namespace guichet
