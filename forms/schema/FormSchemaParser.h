#pragma once

#include "FormDefinition.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

// Reads the portal's FormDefinition JSON (docs/api/portal.yaml; texts already resolved
// to one language) into a FormDefinition, and refuses a definition the client could not
// show or check safely. The refusal's detail names the section, field or attachment and
// the problem, e.g. "field 'iban' in section 'payment': unknown type 'bankcard'":
//   FORM-001 missing keys, values of the wrong type, bad or duplicate ids, rule values
//            that do not fit their kind, patterns that do not compile, choice fields
//            without options, groups without fields, unknown attachment requirements,
//            equalsField/afterField naming unknown fields;
//   FORM-002 an unknown field type;
//   FORM-003 visibility rules naming unknown fields, or depending on themselves (also
//            through a section or a parent group);
//   FORM-004 beyond the limits of FormLimits.h.
// Work and stack use stay bounded whatever the input: depth is checked before each
// step down, counts before each item.
namespace guichet::forms {

// `language` is the language the texts are in ("fr", "de" or "en"), kept in the result.
[[nodiscard]] Result<FormDefinition> parseFormDefinition(const QJsonObject& json,
                                                         const QString& language);

} // namespace guichet::forms
