#include "ValueText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace guichet::forms {

QString valueAsLine(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(valueAsLine(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("street"))) {
            const QString country = o.value(QStringLiteral("country")).toString();
            const QString postal = o.value(QStringLiteral("postalCode")).toString();
            return QStringLiteral("%1, %2, %3%4 %5")
                .arg(o.value(QStringLiteral("houseNumber")).toString(),
                     o.value(QStringLiteral("street")).toString(),
                     country == QLatin1String("LU") ? QStringLiteral("L-") : QString(), postal,
                     o.value(QStringLiteral("locality")).toString());
        }
        if (o.contains(QStringLiteral("fileName")))
            return o.value(QStringLiteral("fileName")).toString();
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            parts.append(valueAsLine(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace guichet::forms
