#include "AnswerDisplay.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace guichet::forms {
namespace {

QString optionLabel(const FormField& field, const QString& value)
{
    for (const FieldOption& option : field.options)
        if (option.value == value)
            return option.label;
    return value;
}

QString addressText(const QJsonObject& address)
{
    const auto get = [&](const char* key) { return address.value(QLatin1String(key)).toString(); };
    QStringList lines;
    lines.append(QStringLiteral("%1, %2").arg(get("houseNumber"), get("street")));
    if (!get("complement").isEmpty())
        lines.append(get("complement"));
    const QString country = get("country");
    lines.append(QStringLiteral("%1%2 %3").arg(country == QLatin1String("LU") ? QStringLiteral("L-")
                                                                              : QString(),
                                               get("postalCode"), get("locality")));
    if (!country.isEmpty() && country != QLatin1String("LU"))
        lines.append(country);
    return lines.join(QLatin1Char('\n'));
}

QString grouped(const QString& text, int size)
{
    QString out;
    for (int i = 0; i < text.size(); i += size) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += text.mid(i, size);
    }
    return out;
}

} // namespace

QString answerDisplayText(const FormField& field, const QJsonValue& value, const QLocale& locale)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Choice:
        return optionLabel(field, value.toString());
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue& item : value.toArray())
            labels.append(optionLabel(field, item.toString()));
        return labels.join(QLatin1Char('\n'));
    }
    case FieldType::YesNo:
        return value.toBool() ? QCoreApplication::translate("AnswerDisplay", "Yes")
                              : QCoreApplication::translate("AnswerDisplay", "No");
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::LongFormat) : value.toString();
    }
    case FieldType::Number: {
        const QString number = locale.toString(value.toDouble(), 'g', 15);
        return field.unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, field.unit);
    }
    case FieldType::Address:
        return addressText(value.toObject());
    case FieldType::Iban:
        return grouped(value.toString(), 4);
    case FieldType::Attachment: {
        const QJsonObject attachment = value.toObject();
        return attachment.value(QStringLiteral("fileName")).toString();
    }
    case FieldType::Group:
        return QCoreApplication::translate("AnswerDisplay", "%n entry(s)", "",
                                           int(value.toArray().size()));
    default:
        return value.isString() ? value.toString() : QString();
    }
}

} // namespace guichet::forms
