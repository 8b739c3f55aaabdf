#include "SchemaReader.h"

#include "ErrorCodes.h"
#include "FormLimits.h"

#include <cmath>

namespace guichet::forms {

bool SchemaReader::fail(const char* code, const QString& where, const QString& problem)
{
    // The first problem is the one reported: later ones are often its consequences.
    if (m_error.code().isEmpty())
        m_error = Error(QLatin1String(code), where + QStringLiteral(": ") + problem);
    return false;
}

bool SchemaReader::readString(const QJsonObject& object, QLatin1String key, const QString& where,
                              QString& out, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Optional)
            return true;
        return fail(ErrorCode::FormSchemaInvalid, where, QStringLiteral("missing '%1'").arg(key));
    }
    if (!value.isString())
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("'%1' must be a string, not %2").arg(key, jsonTypeName(value)));
    const QString text = value.toString();
    if (!checkTextLength(text, where, key))
        return false;
    out = text;
    return true;
}

bool SchemaReader::readBool(const QJsonObject& object, QLatin1String key, const QString& where,
                            bool& out, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Optional)
            return true;
        return fail(ErrorCode::FormSchemaInvalid, where, QStringLiteral("missing '%1'").arg(key));
    }
    if (!value.isBool())
        return fail(
            ErrorCode::FormSchemaInvalid, where,
            QStringLiteral("'%1' must be true or false, not %2").arg(key, jsonTypeName(value)));
    out = value.toBool();
    return true;
}

bool SchemaReader::readInteger(const QJsonObject& object, QLatin1String key, const QString& where,
                               qint64& out, qint64 minimum, qint64 maximum, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Optional)
            return true;
        return fail(ErrorCode::FormSchemaInvalid, where, QStringLiteral("missing '%1'").arg(key));
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(minimum) ||
        number > double(maximum))
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("'%1' must be a whole number from %2 to %3")
                        .arg(key)
                        .arg(minimum)
                        .arg(maximum));
    out = static_cast<qint64>(number);
    return true;
}

bool SchemaReader::readArray(const QJsonObject& object, QLatin1String key, const QString& where,
                             QJsonArray& out, qsizetype maxItems, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Optional)
            return true;
        return fail(ErrorCode::FormSchemaInvalid, where, QStringLiteral("missing '%1'").arg(key));
    }
    if (!value.isArray())
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("'%1' must be an array, not %2").arg(key, jsonTypeName(value)));
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return fail(ErrorCode::FormTooLarge, where,
                    QStringLiteral("'%1' has %2 items, more than the %3 allowed")
                        .arg(key)
                        .arg(array.size())
                        .arg(maxItems));
    out = array;
    return true;
}

bool SchemaReader::readObject(const QJsonObject& object, QLatin1String key, const QString& where,
                              QJsonObject& out, Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Optional)
            return true;
        return fail(ErrorCode::FormSchemaInvalid, where, QStringLiteral("missing '%1'").arg(key));
    }
    if (!value.isObject())
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("'%1' must be an object, not %2").arg(key, jsonTypeName(value)));
    out = value.toObject();
    return true;
}

bool SchemaReader::readId(const QJsonObject& object, QLatin1String key, const QString& where,
                          QString& out, const QRegularExpression& pattern)
{
    QString id;
    if (!readString(object, key, where, id, Presence::Required))
        return false;
    if (!pattern.match(id).hasMatch())
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("%1 '%2' does not match %3").arg(key, id, pattern.pattern()));
    out = id;
    return true;
}

bool SchemaReader::readEnum(const QJsonObject& object, QLatin1String key, const QString& where,
                            QString& out, const QStringList& allowed)
{
    QString text;
    if (!readString(object, key, where, text, Presence::Required))
        return false;
    if (!allowed.contains(text))
        return fail(ErrorCode::FormSchemaInvalid, where,
                    QStringLiteral("'%1' is '%2', expected one of: %3")
                        .arg(key, text, allowed.join(QStringLiteral(", "))));
    out = text;
    return true;
}

bool SchemaReader::checkTextLength(const QString& text, const QString& where, QLatin1String what)
{
    if (text.size() <= limits::MaxTextLength)
        return true;
    return fail(ErrorCode::FormTooLarge, where,
                QStringLiteral("'%1' has %2 characters, more than the %3 allowed")
                    .arg(what)
                    .arg(text.size())
                    .arg(limits::MaxTextLength));
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

const QRegularExpression& fieldIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_]{0,63}$"));
    return pattern;
}

const QRegularExpression& attachmentIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{2,60}$"));
    return pattern;
}

} // namespace guichet::forms
