#include "FormValidator.h"

#include "FieldValidator.h"
#include "FormVisibility.h"

#include <QJsonArray>

namespace guichet::forms {
namespace {

struct FormWalk
{
    const FormDefinition& form;
    const FormVisibility& visibility;
    QDate today;
    QList<ValidationIssue> issues;

    // Called again for the children of each repetition of a group; groups nest at most
    // limits::MaxGroupDepth deep in a parsed form.
    void validateFields(const QList<FormField>& fields, const QList<int>& repetitions)
    {
        for (const FormField& field : fields) {
            if (!visibility.isFieldVisible(field.id, repetitions))
                continue;
            const QJsonValue value = visibility.answer(field.id, repetitions);
            const FormVisibility::Scope scope = visibility.scopeOf(field.id, repetitions);
            const FieldCheckContext context{today, &scope, &form, repetitions};
            issues.append(validateField(field, value, context));
            if (field.type != FieldType::Group || !value.isArray())
                continue;
            const qsizetype count = value.toArray().size();
            for (qsizetype index = 0; index < count; ++index)
                validateFields(field.fields, QList<int>(repetitions) << int(index));
        }
    }
};

} // namespace

QList<ValidationIssue> validateForm(const FormDefinition& form, const AnswerLookup& answers,
                                    const QDate& today)
{
    const FormVisibility visibility(form, answers);
    FormWalk walk{form, visibility, today, {}};
    for (const FormSection& section : form.sections)
        if (visibility.isSectionVisible(section.id))
            walk.validateFields(section.fields, {});
    return walk.issues;
}

QList<ValidationIssue> validateForm(const FormDefinition& form, const QJsonObject& answers,
                                    const QDate& today)
{
    return validateForm(form, JsonAnswers(answers), today);
}

} // namespace guichet::forms
