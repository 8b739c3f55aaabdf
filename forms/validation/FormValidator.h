#pragma once

#include "AnswerLookup.h"
#include "FormDefinition.h"
#include "ValidationIssue.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

// Checks all the answers of a form before it is submitted: every visible field, in form
// order, group repetitions included (each child once per repetition); hidden sections
// and fields are skipped, as the portal skips them. Attachment requirements that no
// field refers to are not answers and are checked where files are added.
namespace guichet::forms {

// `today` resolves "today" in minDate/maxDate rules.
[[nodiscard]] QList<ValidationIssue> validateForm(const FormDefinition& form,
                                                  const AnswerLookup& answers, const QDate& today);
[[nodiscard]] QList<ValidationIssue> validateForm(const FormDefinition& form,
                                                  const QJsonObject& answers, const QDate& today);

} // namespace guichet::forms
