#pragma once

#include "AnswerLookup.h"
#include "FormDefinition.h"

#include <QJsonValue>

// Whether one visibility rule holds for the current answers (docs/api/portal.yaml,
// VisibilityRule). The rule alone: a field's section and parent group are the business
// of FormVisibility, which also makes hidden fields read as hidden here.
namespace guichet::forms {

// Always: true. all: every branch holds (true when none); any: one branch holds (false
// when none). A comparison with a field that is not shown is false. Then, on the
// field's answer (undefined counts as null):
//   equals / notEquals   same JSON type and value (4 equals 4.0); notEquals is the negation
//   in / notIn           the answer equals one of the listed values (for a multichoice
//                        answer: one of its values does); notIn is the negation
//   isTrue / isFalse     the answer is the boolean true / false (unanswered is neither)
//   isEmpty / isNotEmpty null, "" (or only spaces), [] or {} / anything else
//   greaterThan/lessThan numbers, or two YYYY-MM-DD dates; false for anything else
[[nodiscard]] bool isVisible(const VisibilityRule& rule, const AnswerLookup& answers);

// The emptiness isEmpty uses, also used for "required": null, undefined, a string of
// spaces, [] and {}.
[[nodiscard]] bool isEmptyAnswer(const QJsonValue& value);

} // namespace guichet::forms
