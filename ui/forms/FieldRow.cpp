#include "FieldRow.h"

#include "Announcer.h"
#include "AnswerText.h"
#include "CorrectionPanel.h"
#include "EditorContext.h"
#include "FieldEditor.h"
#include "FieldEditorFactory.h"
#include "FormLabels.h"
#include "GroupFieldEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

FieldRow::FieldRow(const forms::FormField& field, forms::FormModel& model,
                   const EditorContext& context, QWidget* parent)
    : QWidget(parent), m_fieldId(field.id), m_model(model)
{
    setObjectName(QStringLiteral("field_") + field.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    m_label = FormLabels::fieldLabel(this);
    m_label->setObjectName(QStringLiteral("label_") + field.id);
    m_helpLabel = FormLabels::help(this);
    m_helpLabel->setObjectName(QStringLiteral("help_") + field.id);
    m_editor = createFieldEditor(field, context, this);
    m_provenance = FormLabels::provenance(this);
    m_provenance->setObjectName(QStringLiteral("provenance_") + field.id);
    m_message = FormLabels::message(this);
    m_message->setObjectName(QStringLiteral("message_") + field.id);
    layout->addWidget(m_label);
    layout->addWidget(m_helpLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_provenance);
    layout->addWidget(m_message);

    connect(m_editor, &FieldEditor::valueEdited, this, &FieldRow::edited);
    connect(m_editor, &FieldEditor::editingFinished, this, &FieldRow::finished);
    connect(m_editor, &FieldEditor::structureChanged, this, [this] {
        // A group's first input changes with its repetitions.
        m_label->setBuddy(m_editor->focusTarget());
        Q_EMIT structureChanged();
    });
    relabel(field);
    refresh();
}

bool FieldRow::isAutomatic() const
{
    return m_model.answer(m_fieldId).provenance.origin == forms::ValueOrigin::Automatic;
}

void FieldRow::relabel(const forms::FormField& field)
{
    m_labelText = field.label;
    m_help = field.help;
    // Required is said in words, not only with a star, so screen readers say it too.
    // The label has a buddy: an '&' of the portal's text is shown, not taken as a shortcut.
    m_label->setText(
        AnswerText::forButton(field.required ? field.label : tr("%1 (optional)").arg(field.label)));
    m_helpLabel->setText(field.help);
    m_helpLabel->setVisible(!field.help.isEmpty());
    m_editor->relabel(field);
    m_label->setBuddy(m_editor->focusTarget());
    updateEditable();
    updateAccessibility();
}

void FieldRow::retranslate()
{
    m_label->setText(AnswerText::forButton(
        m_editor->field().required ? m_labelText : tr("%1 (optional)").arg(m_labelText)));
    m_editor->retranslate();
    refresh();
    // Messages come translated from the model: ask again in the new language.
    if (!m_message->isHidden())
        check();
}

void FieldRow::refresh()
{
    const forms::Answer answer = m_model.answer(m_fieldId);
    m_editor->setValue(answer.value);
    m_provenance->setText(
        answer.provenance.isTyped() ? QString() : forms::provenanceDisplayText(answer.provenance));
    m_provenance->setVisible(!answer.provenance.isTyped());
    showCorrection();
    updateEditable();
    updateAccessibility();
}

void FieldRow::updateEditable()
{
    // A registered value stays editable: changing it is how a correction is asked.
    const forms::FormField& field = m_editor->field();
    m_editor->setEditable(!field.readOnly || isAutomatic());
}

void FieldRow::edited()
{
    // For a registered value, wait until the person is done typing: the proposal is
    // the whole new value, not each keystroke.
    if (isAutomatic())
        return;
    const forms::EditOutcome outcome = m_model.setValue(m_fieldId, m_editor->value());
    if (outcome == forms::EditOutcome::Changed) {
        m_provenance->hide(); // what the person typed is theirs now
        updateAccessibility();
        Q_EMIT answerChanged(m_fieldId);
    }
}

void FieldRow::finished()
{
    if (isAutomatic()) {
        const forms::EditOutcome outcome = m_model.setValue(m_fieldId, m_editor->value());
        if (outcome == forms::EditOutcome::CorrectionProposed) {
            m_editor->setValue(m_model.value(m_fieldId)); // the registered value stays
            showCorrection();
            Q_EMIT answerChanged(m_fieldId);
        }
    }
    check();
}

void FieldRow::showCorrection()
{
    if (!m_model.hasCorrection(m_fieldId)) {
        if (m_correction && !m_correction->isHidden()) {
            m_correction->hide();
            updateAccessibility();
        }
        return;
    }
    forms::CorrectionProposal proposal;
    for (const forms::CorrectionProposal& c : m_model.corrections())
        if (c.fieldId == m_fieldId)
            proposal = c;
    const bool created = !m_correction;
    if (created) {
        m_correction = new CorrectionPanel(m_fieldId, this);
        // Under the editor and its source, above the message.
        static_cast<QVBoxLayout*>(layout())->insertWidget(layout()->indexOf(m_message),
                                                          m_correction);
        connect(m_correction, &CorrectionPanel::reasonEdited, this, [this](const QString& reason) {
            m_model.setCorrectionReason(m_fieldId, reason);
            Q_EMIT answerChanged(m_fieldId);
        });
        connect(m_correction, &CorrectionPanel::withdrawRequested, this, [this] {
            m_model.withdrawCorrection(m_fieldId);
            showCorrection();
            m_editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            Q_EMIT answerChanged(m_fieldId);
        });
    }
    m_correction->showProposal(proposal.source,
                               AnswerText::of(m_editor->field(), proposal.proposedValue, nullptr),
                               proposal.reason);
    m_correction->show();
    updateAccessibility();
    if (created)
        Q_EMIT structureChanged();
}

void FieldRow::check()
{
    const QString before = m_message->isHidden() ? QString() : m_message->text();
    showIssues(m_model.validateField(m_fieldId, QDate::currentDate()));
    // Found as the person leaves the field: the focus is elsewhere by now.
    if (!m_message->isHidden() && m_message->text() != before)
        Announcer::announce(this, m_message->text());
}

QString FieldRow::inputProblem() const
{
    return m_editor->inputProblem();
}

void FieldRow::showIssues(const QList<forms::FieldIssue>& issues)
{
    auto* group = qobject_cast<GroupFieldEditor*>(m_editor);
    if (group)
        group->clearIssues();
    // What cannot be read comes first: the model only sees what could be.
    QStringList messages;
    if (!m_editor->inputProblem().isEmpty())
        messages.append(m_editor->inputProblem());
    for (const forms::FieldIssue& issue : issues) {
        if (group && issue.fieldId != m_fieldId &&
            group->showIssue(issue.repetition, issue.fieldId, issue.message))
            continue;
        if (!messages.contains(issue.message))
            messages.append(issue.message);
    }
    if (messages.size() > 1 && !m_editor->inputProblem().isEmpty())
        messages = messages.mid(0, 1);
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
    updateAccessibility();
}

QWidget* FieldRow::focusFor(const forms::FieldIssue& issue) const
{
    if (auto* group = qobject_cast<GroupFieldEditor*>(m_editor))
        if (FieldEditor* child = group->childEditor(issue.repetition, issue.fieldId))
            return child->focusTarget();
    return m_editor->focusTarget();
}

QList<QWidget*> FieldRow::tabChain() const
{
    QList<QWidget*> chain = m_editor->tabChain();
    if (m_correction && !m_correction->isHidden())
        chain.append(m_correction->tabChain());
    return chain;
}

void FieldRow::updateAccessibility()
{
    QStringList description;
    if (!m_help.isEmpty())
        description.append(m_help);
    if (!m_provenance->isHidden() && !m_provenance->text().isEmpty())
        description.append(m_provenance->text());
    if (m_correction && !m_correction->isHidden())
        description.append(m_correction->explanation());
    if (!m_message->isHidden() && !m_message->text().isEmpty())
        description.append(m_message->text());
    m_editor->setAccessibleTexts(m_labelText, description.join(QStringLiteral(". ")));
}

} // namespace guichet
