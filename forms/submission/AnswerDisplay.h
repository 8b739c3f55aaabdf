#pragma once

#include "FormDefinition.h"

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace guichet::forms {

// An answer as the person reads it, in their language: a choice by its label, yes/no
// as words, a date in the locale's long format, an address on lines, an IBAN in
// groups of four, an attachment by its file name. Lines are separated by '\n'. A
// group's repetitions are not flattened here (each child is shown on its own row).
[[nodiscard]] QString answerDisplayText(const FormField& field, const QJsonValue& value,
                                        const QLocale& locale);

} // namespace guichet::forms
