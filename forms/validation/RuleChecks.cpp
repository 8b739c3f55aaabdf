#include "Checksums.h"
#include "DateExpression.h"
#include "FieldChecks.h"
#include "ValidationMessages.h"
#include "VisibilityEvaluator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace guichet::forms {
namespace {

std::optional<Problem> failed(const ValidationRule& rule, IssueKind kind, const QString& fallback)
{
    return Problem{kind, rule.message.isEmpty() ? fallback : rule.message};
}

qsizetype characterCount(const QString& text)
{
    // Characters as people count them: a letter outside the BMP (an emoji) is one.
    return text.toUcs4().size();
}

// Rule values are checked by the parser; a hand-built definition may still hold a value
// of the wrong type, which then makes the rule pass rather than fail on nonsense.
int wholeNumber(const QJsonValue& value)
{
    return value.isDouble() ? int(qBound(0.0, value.toDouble(), 2147483647.0)) : -1;
}

std::optional<QDate> boundDate(const ValidationRule& rule, const QDate& today)
{
    const std::optional<DateExpression> expression = DateExpression::parse(rule.value.toString());
    if (!expression || (expression->isRelative() && !today.isValid()))
        return std::nullopt;
    return expression->resolve(today);
}

QString otherLabel(const FieldCheckContext& context, const QString& fieldId)
{
    const FormField* other = context.form ? context.form->field(fieldId) : nullptr;
    return other ? other->label : QString();
}

bool sameAnswer(const FormField& field, const QJsonValue& mine, const QJsonValue& theirs)
{
    if (mine.isString() && theirs.isString()) {
        // People do not expect case to matter in an e-mail address.
        const Qt::CaseSensitivity cs =
            field.type == FieldType::Email ? Qt::CaseInsensitive : Qt::CaseSensitive;
        return mine.toString().trimmed().compare(theirs.toString().trimmed(), cs) == 0;
    }
    return mine == theirs;
}

bool passesChecksum(const QString& algorithm, const QString& text)
{
    if (algorithm == QLatin1String("iban"))
        return isValidIban(text);
    if (algorithm == QLatin1String("luNationalNumber"))
        return isValidLuNationalNumber(text);
    if (algorithm == QLatin1String("luVat"))
        return isValidLuVat(text);
    return true;
}

std::optional<Problem> checkOtherField(const FormField& field, const ValidationRule& rule,
                                       const QJsonValue& value, const FieldCheckContext& context)
{
    const QString otherId = rule.value.toString();
    if (!context.others || !context.others->isShown(otherId))
        return std::nullopt;
    const QJsonValue other = context.others->answer(otherId);
    if (rule.kind == RuleKind::EqualsField) {
        if (sameAnswer(field, value, other))
            return std::nullopt;
        return failed(rule, IssueKind::EqualsField,
                      messages::equalsField(otherLabel(context, otherId)));
    }
    // afterField: strictly later; nothing to compare with until the other date is given.
    const std::optional<QDate> mine = parseIsoDate(value.toString());
    const std::optional<QDate> theirs = parseIsoDate(other.toString());
    if (!mine || !theirs || *mine > *theirs)
        return std::nullopt;
    return failed(rule, IssueKind::AfterField, messages::afterField(otherLabel(context, otherId)));
}

} // namespace

std::optional<Problem> checkRule(const FormField& field, const ValidationRule& rule,
                                 const QJsonValue& value, const FieldCheckContext& context)
{
    const bool isGroup = field.type == FieldType::Group;
    switch (rule.kind) {
    case RuleKind::MinLength:
        if (value.isString() && characterCount(value.toString()) < wholeNumber(rule.value))
            return failed(rule, IssueKind::MinLength, messages::minLength(wholeNumber(rule.value)));
        return std::nullopt;
    case RuleKind::MaxLength:
        if (value.isString() && wholeNumber(rule.value) >= 0 &&
            characterCount(value.toString()) > wholeNumber(rule.value))
            return failed(rule, IssueKind::MaxLength, messages::maxLength(wholeNumber(rule.value)));
        return std::nullopt;
    case RuleKind::Pattern: {
        if (!value.isString() || !rule.value.isString())
            return std::nullopt;
        // The contract's patterns are anchored by the client.
        const QRegularExpression expression(
            QRegularExpression::anchoredPattern(rule.value.toString()),
            QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid() || expression.match(value.toString()).hasMatch())
            return std::nullopt;
        return failed(rule, IssueKind::Pattern, messages::pattern());
    }
    case RuleKind::Min:
        if (value.isDouble() && rule.value.isDouble() && value.toDouble() < rule.value.toDouble())
            return failed(rule, IssueKind::Min, messages::minNumber(rule.value.toDouble()));
        return std::nullopt;
    case RuleKind::Max:
        if (value.isDouble() && rule.value.isDouble() && value.toDouble() > rule.value.toDouble())
            return failed(rule, IssueKind::Max, messages::maxNumber(rule.value.toDouble()));
        return std::nullopt;
    case RuleKind::MinDate:
    case RuleKind::MaxDate: {
        const std::optional<QDate> date = parseIsoDate(value.toString());
        const std::optional<QDate> bound = boundDate(rule, context.today);
        if (!date || !bound)
            return std::nullopt;
        if (rule.kind == RuleKind::MinDate && *date < *bound)
            return failed(rule, IssueKind::MinDate, messages::minDate(*bound));
        if (rule.kind == RuleKind::MaxDate && *date > *bound)
            return failed(rule, IssueKind::MaxDate, messages::maxDate(*bound));
        return std::nullopt;
    }
    case RuleKind::MinItems:
        if (value.isArray() && value.toArray().size() < wholeNumber(rule.value))
            return failed(rule, IssueKind::MinItems,
                          messages::minItems(wholeNumber(rule.value), isGroup));
        return std::nullopt;
    case RuleKind::MaxItems:
        if (value.isArray() && wholeNumber(rule.value) >= 0 &&
            value.toArray().size() > wholeNumber(rule.value))
            return failed(rule, IssueKind::MaxItems,
                          messages::maxItems(wholeNumber(rule.value), isGroup));
        return std::nullopt;
    case RuleKind::MaxFileSize: {
        // Known when the answer carries the file's size (as a manifest attachment does).
        const QJsonValue size = value.toObject().value(QLatin1String("size"));
        if (size.isDouble() && rule.value.isDouble() && size.toDouble() > rule.value.toDouble())
            return failed(rule, IssueKind::MaxFileSize,
                          messages::maxFileSize(qint64(rule.value.toDouble())));
        return std::nullopt;
    }
    case RuleKind::MediaTypes: {
        const QJsonValue mediaType = value.toObject().value(QLatin1String("mediaType"));
        QStringList accepted;
        for (const QJsonValue& type : rule.value.toArray())
            accepted.append(type.toString());
        if (mediaType.isString() && !accepted.isEmpty() && !accepted.contains(mediaType.toString()))
            return failed(rule, IssueKind::MediaTypes, messages::mediaTypes(accepted));
        return std::nullopt;
    }
    case RuleKind::EqualsField:
    case RuleKind::AfterField:
        return checkOtherField(field, rule, value, context);
    case RuleKind::Checksum: {
        const QString algorithm = rule.value.toString();
        // The field's type already checked its own checksum, with this rule's message.
        if (!value.isString() || algorithm == impliedChecksum(field.type) ||
            passesChecksum(algorithm, value.toString()))
            return std::nullopt;
        return failed(rule, IssueKind::Checksum, messages::wrongChecksum(algorithm));
    }
    }
    return std::nullopt;
}

} // namespace guichet::forms
