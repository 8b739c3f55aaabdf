#include "FieldValidator.h"

#include "FieldChecks.h"
#include "ValidationMessages.h"
#include "ValueFormats.h"
#include "VisibilityEvaluator.h"

namespace guichet::forms {

QList<ValidationIssue> validateField(const FormField& field, const QJsonValue& answer,
                                     const FieldCheckContext& context)
{
    QList<ValidationIssue> issues;
    const int repetition = context.repetitionPath.isEmpty() ? -1 : context.repetitionPath.last();
    auto add = [&](IssueKind kind, const QString& message) {
        issues.append({field.id, repetition, context.repetitionPath, kind, message});
    };

    if (isEmptyAnswer(answer)) {
        if (field.required)
            add(IssueKind::Required, messages::required(field.type));
        return issues;
    }
    // Checked as it will be submitted: "LU28 0019 ..." as "LU280019...".
    const QJsonValue value = normalisedAnswer(field.type, answer);
    if (const std::optional<Problem> problem = checkFormat(field, value)) {
        add(problem->kind, problem->message);
        return issues;
    }
    for (const ValidationRule& rule : field.validation)
        if (const std::optional<Problem> problem = checkRule(field, rule, value, context))
            add(problem->kind, problem->message);
    return issues;
}

} // namespace guichet::forms
