#include "ValueFormats.h"

#include "Checksums.h"

#include <QRegularExpression>

namespace guichet::forms {

QString normalisePhone(const QString& input)
{
    QString phone = input.trimmed();
    phone.remove(QStringLiteral("(0)"));
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        // Separators people type or copy; anything else is kept so that the check
        // still sees it and refuses the number.
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
            c == QLatin1Char('/') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        digits.append(c);
    }
    if (digits.startsWith(QLatin1String("00")))
        digits.replace(0, 2, QLatin1String("+"));
    return digits;
}

bool isValidPhone(const QString& input)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{5,14}$"));
    return e164.match(normalisePhone(input)).hasMatch();
}

bool isValidEmail(const QString& input)
{
    const QString email = input.trimmed();
    if (email.size() > 254)
        return false;
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                       "@((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                       "\\p{L}{2,63})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = shape.match(email);
    return match.hasMatch() && match.capturedLength(1) <= 64;
}

QJsonValue normalisedAnswer(FieldType type, const QJsonValue& value)
{
    if (!value.isString())
        return value;
    const QString text = value.toString();
    switch (type) {
    case FieldType::Iban:
        return normaliseIban(text);
    case FieldType::VatNumber:
        return normaliseLuVat(text);
    case FieldType::NationalNumber:
        return normaliseLuNationalNumber(text);
    case FieldType::Phone:
        return normalisePhone(text);
    case FieldType::Email:
        return text.trimmed();
    default:
        return value;
    }
}

} // namespace guichet::forms
