#pragma once

#include "FormDefinition.h"
#include "SchemaReader.h"

#include <QHash>
#include <QString>

// Internal to the schema parser: the checks that need the whole form — references from
// rules to other fields, and cycles among visibility rules. Run on the indexed form.
namespace guichet::forms {

// `fieldPlaces` maps each field id to its place for messages ("field 'x' in section 's'").
bool checkCrossReferences(const FormDefinition& form, const QHash<QString, QString>& fieldPlaces,
                          SchemaReader& reader);

} // namespace guichet::forms
