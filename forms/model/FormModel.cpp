#include "FormModel.h"

#include "AnswerLookup.h"
#include "FormValidator.h"
#include "FormVisibility.h"
#include "ValueFormats.h"
#include "VisibilityEvaluator.h"

#include <QJsonDocument>

namespace guichet::forms {
namespace {

constexpr int DraftFormat = 1;

ValueOrigin originOf(PrefillMode mode)
{
    switch (mode) {
    case PrefillMode::Automatic:
        return ValueOrigin::Automatic;
    case PrefillMode::Consent:
        return ValueOrigin::Consent;
    case PrefillMode::Personal:
        break;
    }
    return ValueOrigin::Personal;
}

// Walks the fields of the form in order (sections, then fields, group children not
// separately: a group's value holds its repetitions).
template <typename Visit>
void forEachTopField(const FormDefinition& definition, Visit visit)
{
    for (const FormSection& section : definition.sections)
        for (const FormField& field : section.fields)
            visit(section, field);
}

} // namespace

bool isEmptyValue(const QJsonValue& value)
{
    return isEmptyAnswer(value); // one meaning of "no answer" for rules and the model
}

FormModel::FormModel(FormDefinition definition) : m_definition(std::move(definition)) {}

bool FormModel::replaceDefinition(FormDefinition definition)
{
    if (definition.id != m_definition.id || definition.version != m_definition.version)
        return false;
    m_definition = std::move(definition);
    answersChanged();
    return true;
}

EditOutcome FormModel::setValue(const QString& fieldId, const QJsonValue& value)
{
    const FormField* field = m_definition.field(fieldId);
    if (!field)
        return EditOutcome::Refused;
    const Answer current = m_answers.value(fieldId);
    const QJsonValue next = isEmptyValue(value) ? QJsonValue(QJsonValue::Undefined) : value;
    // An authentic source's value is not edited here: the person asks the source to
    // correct it, and the form goes on with the recorded value until it decides.
    if (current.provenance.origin == ValueOrigin::Automatic) {
        if (next == current.value) {
            m_corrections.remove(fieldId);
            return EditOutcome::Unchanged;
        }
        CorrectionProposal& proposal = m_corrections[fieldId];
        proposal.fieldId = fieldId;
        proposal.source = current.provenance.source;
        proposal.itemId = field->prefill ? field->prefill->item : fieldId;
        proposal.currentValue = current.value;
        proposal.proposedValue = next;
        return EditOutcome::CorrectionProposed;
    }
    if (current.value == next)
        return EditOutcome::Unchanged;
    if (field->readOnly)
        return EditOutcome::Refused;
    if (next.isUndefined())
        m_answers.remove(fieldId);
    else
        m_answers.insert(fieldId, Answer{next, Provenance{}});
    answersChanged();
    return EditOutcome::Changed;
}

void FormModel::setCorrectionReason(const QString& fieldId, const QString& reason)
{
    if (auto it = m_corrections.find(fieldId); it != m_corrections.end())
        it->reason = reason;
}

void FormModel::withdrawCorrection(const QString& fieldId)
{
    m_corrections.remove(fieldId);
}

QStringList FormModel::mergePrefill(const QJsonObject& prefillResult)
{
    QStringList filled;
    const QJsonArray values = prefillResult.value(QStringLiteral("values")).toArray();
    for (const QJsonValue& entry : values) {
        const QJsonObject item = entry.toObject();
        const QString fieldId = item.value(QStringLiteral("fieldId")).toString();
        const FormField* field = m_definition.field(fieldId);
        if (!field || !m_definition.parentGroup(fieldId).isEmpty())
            continue; // unknown to this version, or inside a repetition
        Provenance provenance =
            Provenance::fromJson(item.value(QStringLiteral("provenance")).toObject());
        if (provenance.isTyped() && field->prefill) {
            provenance.origin = originOf(field->prefill->mode);
            provenance.source = field->prefill->source;
        }
        const QJsonValue value = item.value(QStringLiteral("value"));
        if (isEmptyValue(value))
            continue;
        const Answer current = m_answers.value(fieldId);
        const bool personal = provenance.origin == ValueOrigin::Personal;
        if (personal && !isEmptyValue(current.value) && current.provenance.isTyped())
            continue; // never overwrite what the person typed with a stored profile value
        m_answers.insert(fieldId, Answer{value, provenance});
        filled.append(fieldId);
    }
    m_consents.clear();
    for (const QJsonValue& entry :
         prefillResult.value(QStringLiteral("missingConsents")).toArray()) {
        const QJsonObject c = entry.toObject();
        ConsentNeeded needed;
        needed.source = c.value(QStringLiteral("source")).toString();
        needed.purpose = c.value(QStringLiteral("purpose")).toString();
        needed.purposeText = c.value(QStringLiteral("purposeText")).toString();
        const QJsonObject administration = c.value(QStringLiteral("administration")).toObject();
        needed.administrationId = administration.value(QStringLiteral("id")).toString();
        needed.administrationName = administration.value(QStringLiteral("name")).toString();
        for (const QJsonValue& id : c.value(QStringLiteral("fieldIds")).toArray())
            needed.fieldIds.append(id.toString());
        m_consents.append(needed);
    }
    answersChanged();
    m_unavailable.clear();
    for (const QJsonValue& source :
         prefillResult.value(QStringLiteral("unavailableSources")).toArray())
        m_unavailable.append(source.toString());
    return filled;
}

QJsonObject FormModel::toDraftJson() const
{
    QJsonObject answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        QJsonObject answer{{QStringLiteral("value"), it->value}};
        if (!it->provenance.isTyped())
            answer.insert(QStringLiteral("provenance"), it->provenance.toJson());
        answers.insert(it.key(), answer);
    }
    QJsonArray corrections;
    for (const CorrectionProposal& c : m_corrections)
        corrections.append(QJsonObject{{QStringLiteral("fieldId"), c.fieldId},
                                       {QStringLiteral("source"), c.source},
                                       {QStringLiteral("itemId"), c.itemId},
                                       {QStringLiteral("currentValue"), c.currentValue},
                                       {QStringLiteral("proposedValue"), c.proposedValue},
                                       {QStringLiteral("reason"), c.reason}});
    return {{QStringLiteral("draftFormat"), DraftFormat},
            {QStringLiteral("formId"), m_definition.id},
            {QStringLiteral("formVersion"), m_definition.version},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("corrections"), corrections}};
}

bool FormModel::restoreDraft(const QJsonObject& draft)
{
    if (draft.value(QStringLiteral("draftFormat")).toInt() != DraftFormat ||
        draft.value(QStringLiteral("formId")).toString() != m_definition.id)
        return false;
    m_answers.clear();
    m_corrections.clear();
    answersChanged();
    const QJsonObject answers = draft.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!m_definition.field(it.key()))
            continue; // the field is gone from this version of the form
        const QJsonObject answer = it.value().toObject();
        m_answers.insert(
            it.key(),
            Answer{answer.value(QStringLiteral("value")),
                   Provenance::fromJson(answer.value(QStringLiteral("provenance")).toObject())});
    }
    for (const QJsonValue& entry : draft.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject c = entry.toObject();
        CorrectionProposal proposal;
        proposal.fieldId = c.value(QStringLiteral("fieldId")).toString();
        if (!m_definition.field(proposal.fieldId))
            continue;
        proposal.source = c.value(QStringLiteral("source")).toString();
        proposal.itemId = c.value(QStringLiteral("itemId")).toString();
        proposal.currentValue = c.value(QStringLiteral("currentValue"));
        proposal.proposedValue = c.value(QStringLiteral("proposedValue"));
        proposal.reason = c.value(QStringLiteral("reason")).toString();
        m_corrections.insert(proposal.fieldId, proposal);
    }
    return true;
}

QJsonArray FormModel::manifestAnswers() const
{
    QJsonArray out;
    forEachTopField(m_definition, [&](const FormSection& section, const FormField& field) {
        if (!isSectionVisible(section) || !isVisible(field.id))
            return;
        const Answer answer = m_answers.value(field.id);
        if (isEmptyValue(answer.value))
            return;
        QJsonObject entry{{QStringLiteral("fieldId"), field.id},
                          {QStringLiteral("value"), submittedValue(field, answer.value, {})}};
        if (!answer.provenance.isTyped())
            entry.insert(QStringLiteral("provenance"), answer.provenance.toJson());
        out.append(entry);
    });
    return out;
}

struct FormModel::Decisions
{
    Decisions(const FormDefinition& form, const QJsonObject& answers)
        : definition(form), lookup(answers), visibility(definition, lookup)
    {}
    FormDefinition definition;
    JsonAnswers lookup;
    FormVisibility visibility;
};

const FormModel::Decisions& FormModel::decisions() const
{
    if (!m_decisions) {
        QJsonObject answers;
        for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
            answers.insert(it.key(), it->value);
        m_decisions = std::make_shared<const Decisions>(m_definition, answers);
    }
    return *m_decisions;
}

bool FormModel::isVisible(const QString& fieldId) const
{
    return decisions().visibility.isFieldVisible(fieldId);
}

bool FormModel::isVisible(const QString& fieldId, const QList<int>& repetitions) const
{
    return decisions().visibility.isFieldVisible(fieldId, repetitions);
}

bool FormModel::isSectionVisible(const FormSection& section) const
{
    return decisions().visibility.isSectionVisible(section.id);
}

QList<FieldIssue> FormModel::validate(const QDate& today) const
{
    QList<FieldIssue> out;
    for (const ValidationIssue& issue : validateForm(m_definition, decisions().lookup, today))
        out.append(FieldIssue{issue.fieldId, issue.repetition, issue.message});
    return out;
}

QList<FieldIssue> FormModel::validateField(const QString& fieldId, const QDate& today) const
{
    QList<FieldIssue> out;
    for (const FieldIssue& issue : validate(today))
        if (issue.fieldId == fieldId || m_definition.parentGroup(issue.fieldId) == fieldId)
            out.append(issue);
    return out;
}

QJsonValue FormModel::submittedValue(const FormField& field, const QJsonValue& value,
                                     const QList<int>& repetitions) const
{
    if (field.type != FieldType::Group)
        return normalisedAnswer(field.type, value);
    // A group's repetitions keep only the children shown in that repetition.
    QJsonArray out;
    const QJsonArray items = value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        QList<int> path = repetitions;
        path.append(i);
        const QJsonObject item = items.at(i).toObject();
        QJsonObject kept;
        for (const FormField& child : field.fields) {
            const QJsonValue childValue = item.value(child.id);
            if (isEmptyValue(childValue) || !decisions().visibility.isFieldVisible(child.id, path))
                continue;
            kept.insert(child.id, submittedValue(child, childValue, path));
        }
        out.append(kept);
    }
    return out;
}

} // namespace guichet::forms
