#pragma once

#include "FormDefinition.h"
#include "SchemaReader.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>

// Internal to the schema parser: the fields of a section or of a group, read from JSON.
namespace guichet::forms {

// What the fields of one form share while they are read.
struct FieldParseState
{
    explicit FieldParseState(SchemaReader& r) : reader(r) {}

    SchemaReader& reader;
    QSet<QString> attachmentIds; // read before the fields, so references are checked at once
    int fieldCount = 0;
    // Field id -> "field 'iban' in section 'payment'", for duplicates and later checks.
    QHash<QString, QString> fieldPlaces;
};

// `container` names where the fields are ("section 'payment'", "group 'children' in
// section 'family'"); `groupDepth` is the number of groups around them (0 in a section).
bool parseFields(const QJsonArray& json, const QString& container, int groupDepth,
                 FieldParseState& state, QList<FormField>& out);

// The person's administration reference ({id, name}) of a prefill or of the form.
bool parseAdministration(const QJsonObject& json, const QString& where, SchemaReader& reader,
                         QString& id, QString& name);

} // namespace guichet::forms
