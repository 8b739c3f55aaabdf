#pragma once

#include "FormDefinition.h"
#include "SchemaReader.h"

#include <QJsonObject>
#include <QString>

// Internal to the schema parser: one ValidationRule or VisibilityRule read from JSON.
// Only what can be checked locally is checked here (the JSON type of a rule's value
// for its kind, patterns that compile, nesting depth); whether a referenced field
// exists is checked once the whole form is read (SchemaCrossChecks).
namespace guichet::forms {

bool parseValidationRule(const QJsonObject& json, const QString& where, SchemaReader& reader,
                         ValidationRule& out);

// `depth` is 1 for the rule of a field, section or attachment and one more for each
// all/any around it; beyond limits::MaxRuleDepth the rule is refused before its
// children are looked at, so no JSON nesting can exhaust the stack.
bool parseVisibilityRule(const QJsonObject& json, const QString& where, int depth,
                         SchemaReader& reader, VisibilityRule& out);

} // namespace guichet::forms
