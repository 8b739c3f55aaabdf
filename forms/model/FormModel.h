#pragma once

#include "FormDefinition.h"
#include "Provenance.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

// The answers of one form being filled in, each with where it came from. The model
// knows nothing of screens, network or storage: the screen edits it, the portal's
// prefill answer is merged into it, a draft is its JSON, and the submission manifest
// is made from it.
namespace guichet::forms {

struct Answer
{
    QJsonValue value; // FieldValue JSON (docs/api/portal.yaml); Undefined = no answer
    Provenance provenance;
};

// The person changed a value that an authentic source filled in automatically: the
// form keeps the source's value, and this becomes a correction request to the source.
struct CorrectionProposal
{
    QString fieldId;
    QString source;
    QString itemId;
    QJsonValue currentValue;
    QJsonValue proposedValue;
    QString reason;
};

// A consent the portal needs before it can fetch data for some fields
// (MissingConsent in the contract).
struct ConsentNeeded
{
    QString source;
    QString purpose;
    QString purposeText;
    QString administrationId;
    QString administrationName;
    QStringList fieldIds;
};

// A validation message for one field (and one repetition of a group), translated.
struct FieldIssue
{
    QString fieldId;
    int repetition = -1; // index within the group's repetitions, or -1
    QString message;
};

enum class EditOutcome
{
    Changed,
    Unchanged,
    CorrectionProposed, // the source's value stays; a CorrectionProposal was recorded
    Refused             // read-only, unknown field
};

class FormModel
{
public:
    explicit FormModel(FormDefinition definition);

    [[nodiscard]] const FormDefinition& definition() const { return m_definition; }
    // The same form in another language (a language switch): answers are kept, as
    // field ids do not change. Refused when it is another form or version.
    bool replaceDefinition(FormDefinition definition);

    [[nodiscard]] Answer answer(const QString& fieldId) const { return m_answers.value(fieldId); }
    [[nodiscard]] QJsonValue value(const QString& fieldId) const
    {
        return m_answers.value(fieldId).value;
    }
    [[nodiscard]] const QHash<QString, Answer>& answers() const { return m_answers; }

    // What the person typed or chose. An empty string, array or null clears the answer.
    EditOutcome setValue(const QString& fieldId, const QJsonValue& value);
    // Attaches a reason to a recorded correction (asked by the screen).
    void setCorrectionReason(const QString& fieldId, const QString& reason);
    void withdrawCorrection(const QString& fieldId);
    [[nodiscard]] QList<CorrectionProposal> corrections() const { return m_corrections.values(); }
    [[nodiscard]] bool hasCorrection(const QString& fieldId) const
    {
        return m_corrections.contains(fieldId);
    }

    // Merges the portal's PrefillResult: automatic and consent values replace what is
    // there (the source is the authority); personal values only fill empty answers so
    // nothing the person typed is overwritten. Returns the ids of the fields filled.
    QStringList mergePrefill(const QJsonObject& prefillResult);
    [[nodiscard]] const QList<ConsentNeeded>& consentsNeeded() const { return m_consents; }
    [[nodiscard]] const QStringList& unavailableSources() const { return m_unavailable; }

    // Whether a field is shown now (its section, its group and its own rule).
    [[nodiscard]] bool isVisible(const QString& fieldId) const;
    // The same for a child of a group in one repetition (index per enclosing group,
    // outermost first): its rule reads the answers of its own repetition.
    [[nodiscard]] bool isVisible(const QString& fieldId, const QList<int>& repetitions) const;
    [[nodiscard]] bool isSectionVisible(const FormSection& section) const;

    // Validation of every visible field (hidden ones are neither checked nor sent),
    // with dates relative to `today`; empty when the form may go to the summary.
    [[nodiscard]] QList<FieldIssue> validate(const QDate& today) const;
    // The issues of one field only (shown next to it while the person types).
    [[nodiscard]] QList<FieldIssue> validateField(const QString& fieldId, const QDate& today) const;

    // Draft content: answers with provenance, corrections, consents still needed.
    [[nodiscard]] QJsonObject toDraftJson() const;
    // Restores a draft made from the same form id (any version: answers of fields
    // that no longer exist are dropped). False when the JSON is not a draft of it.
    bool restoreDraft(const QJsonObject& draft);

    // The answers of the visible fields in form order, as the SubmissionManifest's
    // `answers` (hidden fields left out, provenance kept).
    [[nodiscard]] QJsonArray manifestAnswers() const;

private:
    struct Decisions;
    // Visibility for the current answers, decided once per change and kept until the
    // next one (the screen asks for every field after each keystroke).
    [[nodiscard]] const Decisions& decisions() const;
    void answersChanged() { m_decisions.reset(); }
    [[nodiscard]] QJsonValue submittedValue(const FormField& field, const QJsonValue& value,
                                            const QList<int>& repetitions) const;

    FormDefinition m_definition;
    QHash<QString, Answer> m_answers;
    QHash<QString, CorrectionProposal> m_corrections;
    QList<ConsentNeeded> m_consents;
    QStringList m_unavailable;
    // Self-contained (its own copy of the definition and answers), so copies of the
    // model may share it safely.
    mutable std::shared_ptr<const Decisions> m_decisions;
};

// True for Undefined, null, "", [] and {}: what counts as "no answer".
[[nodiscard]] bool isEmptyValue(const QJsonValue& value);

} // namespace guichet::forms
