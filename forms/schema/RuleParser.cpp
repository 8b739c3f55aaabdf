#include "RuleParser.h"

#include "DateExpression.h"
#include "ErrorCodes.h"
#include "FormLimits.h"
#include "SchemaNames.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace guichet::forms {
namespace {

using Presence = SchemaReader::Presence;

bool isWholeNumber(const QJsonValue& value, double minimum)
{
    const double number = value.toDouble();
    return value.isDouble() && std::floor(number) == number && number >= minimum &&
           number <= double(std::numeric_limits<qint64>::max() / 2);
}

// Checks that `value` has the JSON type (and form) the contract gives for `kind`.
bool checkRuleValue(RuleKind kind, const QJsonValue& value, const QString& where,
                    SchemaReader& reader)
{
    const QString ruleName = ruleKindName(kind);
    auto refuse = [&](const QString& expected) {
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("rule '%1' needs %2, not %3")
                               .arg(ruleName, expected, jsonTypeName(value)));
    };
    switch (kind) {
    case RuleKind::MinLength:
    case RuleKind::MaxLength:
    case RuleKind::MinItems:
    case RuleKind::MaxItems:
        return isWholeNumber(value, 0) || refuse(QStringLiteral("a whole number of 0 or more"));
    case RuleKind::MaxFileSize:
        return isWholeNumber(value, 1) || refuse(QStringLiteral("a whole number of bytes"));
    case RuleKind::Min:
    case RuleKind::Max:
        return value.isDouble() || refuse(QStringLiteral("a number"));
    case RuleKind::Pattern: {
        if (!value.isString())
            return refuse(QStringLiteral("a regular expression string"));
        if (!reader.checkTextLength(value.toString(), where, QLatin1String("pattern")))
            return false;
        const QRegularExpression expression(QRegularExpression::anchoredPattern(value.toString()));
        if (!expression.isValid())
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule 'pattern': '%1' does not compile (%2)")
                                   .arg(value.toString(), expression.errorString()));
        return true;
    }
    case RuleKind::MinDate:
    case RuleKind::MaxDate:
        if (!value.isString())
            return refuse(QStringLiteral("a date string"));
        if (!DateExpression::parse(value.toString()))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule '%1': '%2' is not YYYY-MM-DD, today or "
                                              "today+/-an ISO 8601 duration")
                                   .arg(ruleName, value.toString().left(80)));
        return true;
    case RuleKind::MediaTypes: {
        if (!value.isArray() || value.toArray().isEmpty())
            return refuse(QStringLiteral("a non-empty array of media types"));
        const QJsonArray types = value.toArray();
        if (types.size() > limits::MaxListItems)
            return reader.fail(ErrorCode::FormTooLarge, where,
                               QStringLiteral("rule 'mediaTypes' lists more than %1 types")
                                   .arg(limits::MaxListItems));
        for (const QJsonValue& type : types)
            if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 255)
                return refuse(QStringLiteral("an array of media type strings"));
        return true;
    }
    case RuleKind::EqualsField:
    case RuleKind::AfterField:
        if (!value.isString())
            return refuse(QStringLiteral("a field id"));
        if (!fieldIdPattern().match(value.toString()).hasMatch())
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule '%1': '%2' is not a field id")
                                   .arg(ruleName, value.toString().left(80)));
        return true;
    case RuleKind::Checksum: {
        static const QStringList algorithms{
            QStringLiteral("iban"), QStringLiteral("luNationalNumber"), QStringLiteral("luVat")};
        if (!value.isString())
            return refuse(QStringLiteral("one of iban, luNationalNumber, luVat"));
        if (!algorithms.contains(value.toString()))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule 'checksum': unknown algorithm '%1'")
                                   .arg(value.toString().left(80)));
        return true;
    }
    }
    return refuse(QStringLiteral("a known value"));
}

// What the `value` of a comparison must be for its operator.
bool checkCompareValue(VisibilityOperator op, const QJsonValue& value, const QString& where,
                       SchemaReader& reader)
{
    const QString opName = visibilityOperatorName(op);
    auto refuse = [&](const QString& expected) {
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("visibility operator '%1' needs %2, not %3")
                               .arg(opName, expected, jsonTypeName(value)));
    };
    auto isScalar = [](const QJsonValue& v) { return v.isString() || v.isDouble() || v.isBool(); };
    switch (op) {
    case VisibilityOperator::Equals:
    case VisibilityOperator::NotEquals:
        if (value.isString() &&
            !reader.checkTextLength(value.toString(), where, QLatin1String("value")))
            return false;
        return isScalar(value) || refuse(QStringLiteral("a string, number or boolean value"));
    case VisibilityOperator::In:
    case VisibilityOperator::NotIn: {
        if (!value.isArray())
            return refuse(QStringLiteral("an array value"));
        const QJsonArray values = value.toArray();
        if (values.size() > limits::MaxListItems)
            return reader.fail(ErrorCode::FormTooLarge, where,
                               QStringLiteral("visibility operator '%1' lists more than %2 values")
                                   .arg(opName)
                                   .arg(limits::MaxListItems));
        for (const QJsonValue& item : values) {
            if (!isScalar(item))
                return refuse(QStringLiteral("an array of strings, numbers or booleans"));
            if (item.isString() &&
                !reader.checkTextLength(item.toString(), where, QLatin1String("value")))
                return false;
        }
        return true;
    }
    case VisibilityOperator::GreaterThan:
    case VisibilityOperator::LessThan:
        if (value.isDouble())
            return true;
        if (value.isString() && parseIsoDate(value.toString()))
            return true;
        return refuse(QStringLiteral("a number or a YYYY-MM-DD date"));
    case VisibilityOperator::IsTrue:
    case VisibilityOperator::IsFalse:
    case VisibilityOperator::IsEmpty:
    case VisibilityOperator::IsNotEmpty:
        return true; // no value; one given anyway is ignored
    }
    return true;
}

bool parseCombination(const QJsonObject& json, QLatin1String key, const QString& where, int depth,
                      SchemaReader& reader, VisibilityRule& out)
{
    QJsonArray children;
    if (!reader.readArray(json, key, where, children, limits::MaxListItems, Presence::Required))
        return false;
    out.kind = key == QLatin1String("all") ? VisibilityRule::Kind::All : VisibilityRule::Kind::Any;
    out.children.reserve(children.size());
    for (const QJsonValue& child : children) {
        if (!child.isObject())
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("visibility rule '%1' holds %2, not a rule object")
                                   .arg(key, jsonTypeName(child)));
        VisibilityRule rule;
        if (!parseVisibilityRule(child.toObject(), where, depth + 1, reader, rule))
            return false;
        out.children.append(std::move(rule));
    }
    return true;
}

} // namespace

bool parseValidationRule(const QJsonObject& json, const QString& where, SchemaReader& reader,
                         ValidationRule& out)
{
    QString kindName;
    if (!reader.readString(json, QLatin1String("kind"), where, kindName, Presence::Required))
        return false;
    const std::optional<RuleKind> kind = ruleKindFromName(kindName);
    if (!kind)
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("unknown rule kind '%1'").arg(kindName.left(80)));
    const QJsonValue value = json.value(QLatin1String("value"));
    if (value.isUndefined())
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("rule '%1' has no 'value'").arg(kindName));
    if (!checkRuleValue(*kind, value, where, reader))
        return false;
    if (!reader.readString(json, QLatin1String("message"), where, out.message, Presence::Optional))
        return false;
    out.kind = *kind;
    out.value = value;
    return true;
}

bool parseVisibilityRule(const QJsonObject& json, const QString& where, int depth,
                         SchemaReader& reader, VisibilityRule& out)
{
    if (depth > limits::MaxRuleDepth)
        return reader.fail(ErrorCode::FormTooLarge, where,
                           QStringLiteral("visibility rule nested deeper than %1 levels")
                               .arg(limits::MaxRuleDepth));
    const bool hasAll = json.contains(QLatin1String("all"));
    const bool hasAny = json.contains(QLatin1String("any"));
    const bool hasField = json.contains(QLatin1String("field"));
    if (int(hasAll) + int(hasAny) + int(hasField) != 1)
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("a visibility rule needs exactly one of 'field', "
                                          "'all' or 'any'"));
    if (hasAll)
        return parseCombination(json, QLatin1String("all"), where, depth, reader, out);
    if (hasAny)
        return parseCombination(json, QLatin1String("any"), where, depth, reader, out);

    if (!reader.readString(json, QLatin1String("field"), where, out.field, Presence::Required))
        return false;
    QString opName;
    if (!reader.readString(json, QLatin1String("operator"), where, opName, Presence::Required))
        return false;
    const std::optional<VisibilityOperator> op = visibilityOperatorFromName(opName);
    if (!op)
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("unknown visibility operator '%1'").arg(opName.left(80)));
    const QJsonValue value = json.value(QLatin1String("value"));
    if (!checkCompareValue(*op, value, where, reader))
        return false;
    out.kind = VisibilityRule::Kind::Compare;
    out.op = *op;
    out.value = value;
    return true;
}

} // namespace guichet::forms
