#include "SchemaNames.h"

namespace guichet::forms {
namespace {

template <typename Enum>
struct Name
{
    Enum value;
    const char* name;
};

// One table per enumeration, in the contract's order.
constexpr Name<FieldType> FieldTypeNames[] = {
    {FieldType::Text, "text"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::Choice, "choice"},
    {FieldType::MultiChoice, "multichoice"},
    {FieldType::YesNo, "yesno"},
    {FieldType::Address, "address"},
    {FieldType::Iban, "iban"},
    {FieldType::NationalNumber, "nationalNumber"},
    {FieldType::VatNumber, "vatNumber"},
    {FieldType::Email, "email"},
    {FieldType::Phone, "phone"},
    {FieldType::Attachment, "attachment"},
    {FieldType::Group, "group"},
};

constexpr Name<RuleKind> RuleKindNames[] = {
    {RuleKind::MinLength, "minLength"},
    {RuleKind::MaxLength, "maxLength"},
    {RuleKind::Pattern, "pattern"},
    {RuleKind::Min, "min"},
    {RuleKind::Max, "max"},
    {RuleKind::MinDate, "minDate"},
    {RuleKind::MaxDate, "maxDate"},
    {RuleKind::MinItems, "minItems"},
    {RuleKind::MaxItems, "maxItems"},
    {RuleKind::MaxFileSize, "maxFileSize"},
    {RuleKind::MediaTypes, "mediaTypes"},
    {RuleKind::EqualsField, "equalsField"},
    {RuleKind::AfterField, "afterField"},
    {RuleKind::Checksum, "checksum"},
};

constexpr Name<VisibilityOperator> OperatorNames[] = {
    {VisibilityOperator::Equals, "equals"},
    {VisibilityOperator::NotEquals, "notEquals"},
    {VisibilityOperator::In, "in"},
    {VisibilityOperator::NotIn, "notIn"},
    {VisibilityOperator::IsTrue, "isTrue"},
    {VisibilityOperator::IsFalse, "isFalse"},
    {VisibilityOperator::IsEmpty, "isEmpty"},
    {VisibilityOperator::IsNotEmpty, "isNotEmpty"},
    {VisibilityOperator::GreaterThan, "greaterThan"},
    {VisibilityOperator::LessThan, "lessThan"},
};

constexpr Name<PrefillMode> PrefillModeNames[] = {
    {PrefillMode::Automatic, "automatic"},
    {PrefillMode::Consent, "consent"},
    {PrefillMode::Personal, "personal"},
};

template <typename Enum, std::size_t Size>
std::optional<Enum> fromName(const Name<Enum> (&table)[Size], const QString& name)
{
    for (const Name<Enum>& entry : table)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

template <typename Enum, std::size_t Size>
QString toName(const Name<Enum> (&table)[Size], Enum value)
{
    for (const Name<Enum>& entry : table)
        if (entry.value == value)
            return QLatin1String(entry.name);
    return {};
}

} // namespace

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    return fromName(FieldTypeNames, name);
}

QString fieldTypeName(FieldType type)
{
    return toName(FieldTypeNames, type);
}

std::optional<RuleKind> ruleKindFromName(const QString& name)
{
    return fromName(RuleKindNames, name);
}

QString ruleKindName(RuleKind kind)
{
    return toName(RuleKindNames, kind);
}

std::optional<VisibilityOperator> visibilityOperatorFromName(const QString& name)
{
    return fromName(OperatorNames, name);
}

QString visibilityOperatorName(VisibilityOperator op)
{
    return toName(OperatorNames, op);
}

std::optional<PrefillMode> prefillModeFromName(const QString& name)
{
    return fromName(PrefillModeNames, name);
}

QString prefillModeName(PrefillMode mode)
{
    return toName(PrefillModeNames, mode);
}

} // namespace guichet::forms
