#pragma once

#include "AnswerLookup.h"
#include "FormDefinition.h"
#include "ValidationIssue.h"

#include <QDate>
#include <QJsonValue>
#include <QList>

// Checks one answer against its field: required, the format of the field's type, then
// each of the field's validation rules in the portal's order. Messages are the portal's
// own (a rule's `message`) when it gives one, else the validator's (ValidationMessages).
//
// An empty answer (null, "", [], {}) is only checked for "required". An answer of the
// wrong type or format gets that one issue and no rule checks, since rules assume a
// well-formed value; otherwise every failing rule gives an issue.
namespace guichet::forms {

struct FieldCheckContext
{
    QDate today; // what "today" means in minDate/maxDate rules
    // The other answers, as a rule of this field reads them (FormVisibility::Scope):
    // needed for equalsField/afterField, which are skipped without it.
    const AnswerLookup* others = nullptr;
    // For the other field's label in equalsField/afterField messages; may be null.
    const FormDefinition* form = nullptr;
    QList<int> repetitionPath; // copied into the issues
};

[[nodiscard]] QList<ValidationIssue> validateField(const FormField& field, const QJsonValue& value,
                                                   const FieldCheckContext& context);

} // namespace guichet::forms
