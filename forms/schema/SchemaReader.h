#pragma once

#include "Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QRegularExpression>
#include <QString>

// Internal to the schema parser: reads typed values out of the portal's JSON and keeps
// the first problem met. Every read takes `where` ("field 'iban' in section 'payment'")
// so that the refusal names what was wrong; every read returns false after a refusal,
// which lets the parser write `if (!reader.readString(...)) return false;`.
namespace guichet::forms {

class SchemaReader
{
public:
    enum class Presence
    {
        Required,
        Optional
    };

    // Records "<where>: <problem>" under `code` and returns false.
    bool fail(const char* code, const QString& where, const QString& problem);
    [[nodiscard]] const Error& error() const { return m_error; }

    // A string of at most limits::MaxTextLength characters. A missing optional key
    // leaves `out` unchanged.
    bool readString(const QJsonObject& object, QLatin1String key, const QString& where,
                    QString& out, Presence presence);
    bool readBool(const QJsonObject& object, QLatin1String key, const QString& where, bool& out,
                  Presence presence);
    // A JSON number without fraction within [minimum, maximum].
    bool readInteger(const QJsonObject& object, QLatin1String key, const QString& where,
                     qint64& out, qint64 minimum, qint64 maximum, Presence presence);
    // An array of at most `maxItems` elements (more is FORM-004).
    bool readArray(const QJsonObject& object, QLatin1String key, const QString& where,
                   QJsonArray& out, qsizetype maxItems, Presence presence);
    bool readObject(const QJsonObject& object, QLatin1String key, const QString& where,
                    QJsonObject& out, Presence presence);
    // A required string matching `pattern` (the contract's id patterns).
    bool readId(const QJsonObject& object, QLatin1String key, const QString& where, QString& out,
                const QRegularExpression& pattern);
    // A required string that is one of `allowed`.
    bool readEnum(const QJsonObject& object, QLatin1String key, const QString& where, QString& out,
                  const QStringList& allowed);
    // FORM-004 when `text` is longer than limits::MaxTextLength.
    bool checkTextLength(const QString& text, const QString& where, QLatin1String what);

private:
    Error m_error;
};

// "a string", "a number", "an array"... for messages about a value of the wrong type.
[[nodiscard]] QString jsonTypeName(const QJsonValue& value);

// The contract's id patterns.
[[nodiscard]] const QRegularExpression& fieldIdPattern();      // fields and sections
[[nodiscard]] const QRegularExpression& attachmentIdPattern(); // attachment requirements

} // namespace guichet::forms
