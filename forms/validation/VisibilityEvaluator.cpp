#include "VisibilityEvaluator.h"

#include "DateExpression.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::forms {
namespace {

bool sameValue(const QJsonValue& answer, const QJsonValue& expected)
{
    if (answer.isDouble() && expected.isDouble())
        return answer.toDouble() == expected.toDouble();
    if (answer.isString() && expected.isString())
        return answer.toString() == expected.toString();
    if (answer.isBool() && expected.isBool())
        return answer.toBool() == expected.toBool();
    return false;
}

bool isListed(const QJsonValue& answer, const QJsonArray& values)
{
    for (const QJsonValue& value : values)
        if (sameValue(answer, value))
            return true;
    return false;
}

bool isAmong(const QJsonValue& answer, const QJsonArray& values)
{
    if (!answer.isArray())
        return isListed(answer, values);
    // A multichoice answer: one chosen value in the list is enough.
    const QJsonArray chosen = answer.toArray();
    for (const QJsonValue& one : chosen)
        if (isListed(one, values))
            return true;
    return false;
}

// -1, 0 or 1 when the two can be ordered (two numbers, two dates), else nothing.
std::optional<int> order(const QJsonValue& answer, const QJsonValue& bound)
{
    if (answer.isDouble() && bound.isDouble()) {
        const double a = answer.toDouble();
        const double b = bound.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (answer.isString() && bound.isString()) {
        const std::optional<QDate> a = parseIsoDate(answer.toString());
        const std::optional<QDate> b = parseIsoDate(bound.toString());
        if (a && b)
            return *a < *b ? -1 : (*a > *b ? 1 : 0);
    }
    return std::nullopt;
}

bool compare(const VisibilityRule& rule, const AnswerLookup& answers)
{
    if (!answers.isShown(rule.field))
        return false;
    const QJsonValue answer = answers.answer(rule.field);
    switch (rule.op) {
    case VisibilityOperator::Equals:
        return sameValue(answer, rule.value);
    case VisibilityOperator::NotEquals:
        return !sameValue(answer, rule.value);
    case VisibilityOperator::In:
        return isAmong(answer, rule.value.toArray());
    case VisibilityOperator::NotIn:
        return !isAmong(answer, rule.value.toArray());
    case VisibilityOperator::IsTrue:
        return answer.isBool() && answer.toBool();
    case VisibilityOperator::IsFalse:
        return answer.isBool() && !answer.toBool();
    case VisibilityOperator::IsEmpty:
        return isEmptyAnswer(answer);
    case VisibilityOperator::IsNotEmpty:
        return !isEmptyAnswer(answer);
    case VisibilityOperator::GreaterThan:
        return order(answer, rule.value) == 1;
    case VisibilityOperator::LessThan:
        return order(answer, rule.value) == -1;
    }
    return false;
}

} // namespace

bool isEmptyAnswer(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return false;
}

bool isVisible(const VisibilityRule& rule, const AnswerLookup& answers)
{
    switch (rule.kind) {
    case VisibilityRule::Kind::Always:
        return true;
    case VisibilityRule::Kind::Compare:
        return compare(rule, answers);
    case VisibilityRule::Kind::All:
        // Nesting is at most limits::MaxRuleDepth deep in a parsed form.
        for (const VisibilityRule& child : rule.children)
            if (!isVisible(child, answers))
                return false;
        return true;
    case VisibilityRule::Kind::Any:
        for (const VisibilityRule& child : rule.children)
            if (isVisible(child, answers))
                return true;
        return false;
    }
    return false;
}

} // namespace guichet::forms
