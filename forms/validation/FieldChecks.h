#pragma once

#include "FieldValidator.h"

#include <optional>

// Internal to FieldValidator: the checks of one well-typed answer, each giving the
// problem it found or nothing.
namespace guichet::forms {

struct Problem
{
    IssueKind kind;
    QString message;
};

// The format of the field's type: JSON type, date, e-mail, phone, check digits,
// options, address parts, attachment digest. `value` is normalised (normalisedAnswer).
[[nodiscard]] std::optional<Problem> checkFormat(const FormField& field, const QJsonValue& value);

// One validation rule. A rule that does not apply to the value's type passes.
[[nodiscard]] std::optional<Problem> checkRule(const FormField& field, const ValidationRule& rule,
                                               const QJsonValue& value,
                                               const FieldCheckContext& context);

// The checksum a field type implies ("iban" for an iban field...), or empty.
[[nodiscard]] QString impliedChecksum(FieldType type);

// The portal's message of the field's first rule of `kind`, or `fallback`.
[[nodiscard]] QString ruleMessageOr(const FormField& field, RuleKind kind, const QString& fallback);

} // namespace guichet::forms
