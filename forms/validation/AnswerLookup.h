#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>

// How rules read the other answers of a form. Answers are FieldValue JSON
// (docs/api/portal.yaml): a string, number, boolean, array or object per field id; a
// group's answer is an array with one object per repetition.
namespace guichet::forms {

class AnswerLookup
{
public:
    virtual ~AnswerLookup() = default;

    // The current answer of a field; null (or undefined) when it has none.
    [[nodiscard]] virtual QJsonValue answer(const QString& fieldId) const = 0;
    // False when the field is hidden. A comparison with a hidden field is false, so
    // what depends on a hidden field is hidden too; its answer counts as empty.
    [[nodiscard]] virtual bool isShown(const QString& fieldId) const
    {
        Q_UNUSED(fieldId);
        return true;
    }
};

// The answers of a form as one JSON object (field id -> FieldValue), every field shown.
class JsonAnswers : public AnswerLookup
{
public:
    explicit JsonAnswers(QJsonObject answers) : m_answers(std::move(answers)) {}

    [[nodiscard]] QJsonValue answer(const QString& fieldId) const override
    {
        return m_answers.value(fieldId);
    }

private:
    QJsonObject m_answers;
};

} // namespace guichet::forms
