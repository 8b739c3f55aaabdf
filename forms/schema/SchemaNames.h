#pragma once

#include "FormDefinition.h"

#include <QString>

#include <optional>

// The contract's names of the schema's enumerations (docs/api/portal.yaml), both ways.
// An unknown name gives std::nullopt so that the caller can say what was wrong.
namespace guichet::forms {

[[nodiscard]] std::optional<FieldType> fieldTypeFromName(const QString& name);
[[nodiscard]] QString fieldTypeName(FieldType type);

[[nodiscard]] std::optional<RuleKind> ruleKindFromName(const QString& name);
[[nodiscard]] QString ruleKindName(RuleKind kind);

[[nodiscard]] std::optional<VisibilityOperator> visibilityOperatorFromName(const QString& name);
[[nodiscard]] QString visibilityOperatorName(VisibilityOperator op);

[[nodiscard]] std::optional<PrefillMode> prefillModeFromName(const QString& name);
[[nodiscard]] QString prefillModeName(PrefillMode mode);

} // namespace guichet::forms
