#include "AnswerText.h"

#include "AttachmentFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace guichet::AnswerText {
namespace {

QString optionLabel(const forms::FormField& field, const QString& value)
{
    for (const forms::FieldOption& option : field.options)
        if (option.value == value)
            return option.label;
    return value; // an option of another version of the form: its value is all we have
}

QString addressText(const QJsonObject& a)
{
    const auto part = [&a](const char* key) { return a.value(QLatin1String(key)).toString(); };
    QStringList lines;
    // "25 rue de la Gare": the number first, as addresses are written here.
    lines.append((part("houseNumber") + u' ' + part("street")).trimmed());
    if (!part("addressLine2").isEmpty())
        lines.append(part("addressLine2"));
    const QString country = part("country");
    const QString prefix = country == u"LU" ? QStringLiteral("L-") : QString();
    lines.append((prefix + part("postalCode") + u' ' + part("locality")).trimmed());
    if (!country.isEmpty() && country != u"LU")
        lines.append(country);
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString date(const QDate& day)
{
    return QLocale().toString(day, dateFormat());
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("AnswerText", "Yes")
               : QCoreApplication::translate("AnswerText", "No");
}

QString forButton(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

QString of(const forms::FormField& field, const QJsonValue& value, const AttachmentFiles* files)
{
    using forms::FieldType;
    if (value.isUndefined() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Number: {
        const QString number =
            QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
        return field.unit.isEmpty() ? number : number + u' ' + field.unit;
    }
    case FieldType::Date: {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? date(day) : value.toString();
    }
    case FieldType::Choice:
        return optionLabel(field, value.toString());
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue& chosen : value.toArray())
            labels.append(optionLabel(field, chosen.toString()));
        return labels.join(u'\n');
    }
    case FieldType::YesNo:
        return yesNo(value.toBool());
    case FieldType::Address:
        return addressText(value.toObject());
    case FieldType::Attachment: {
        const QJsonObject attachment = value.toObject();
        QString name = attachment.value(u"fileName").toString();
        if (files) {
            const AttachedFile file = files->describe(attachment);
            if (file.size >= 0)
                name = QCoreApplication::translate("AnswerText", "%1 (%2)")
                           .arg(name, fileSize(file.size));
        }
        return name;
    }
    case FieldType::Group:
        return {}; // shown as its repetitions
    default:
        return value.isString() ? value.toString() : value.toVariant().toString();
    }
}

} // namespace guichet::AnswerText
