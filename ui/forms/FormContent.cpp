#include "FormContent.h"

#include "GroupFieldEditor.h"

#include "AnswerText.h"
#include "ConsentPanel.h"
#include "FieldEditor.h"
#include "FieldRow.h"
#include "FormLabels.h"

#include <QGroupBox>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace guichet {

FormContent::FormContent(forms::FormModel& model, const EditorContext& context,
                         forms::FormGateway* gateway, QWidget* parent)
    : QWidget(parent), m_model(model), m_context(context), m_gateway(gateway)
{
    setObjectName(QStringLiteral("formContent"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const forms::FormSection& section : m_model.definition().sections) {
        Section built{section.id, new QGroupBox(this), nullptr};
        built.box->setObjectName(QStringLiteral("section_") + section.id);
        auto* layout = new QVBoxLayout(built.box);
        built.description = FormLabels::help(built.box);
        layout->addWidget(built.description);
        for (const forms::FormField& field : section.fields) {
            auto* row = new FieldRow(field, m_model, m_context, built.box);
            layout->addWidget(row);
            m_rows.insert(field.id, row);
            m_order.append(row);
            connect(row, &FieldRow::answerChanged, this, &FormContent::answerChanged);
            connect(row, &FieldRow::structureChanged, this, &FormContent::structureChanged);
        }
        m_layout->addWidget(built.box);
        m_sections.append(built);
    }
    m_layout->addStretch(1);
    labelSections();
    syncConsentPanels();
    updateVisibility();
}

QString FormContent::rowIdOf(const QString& fieldId) const
{
    const QString group = m_model.definition().parentGroup(fieldId);
    return group.isEmpty() ? fieldId : group;
}

void FormContent::refreshAnswers(const QStringList& fieldIds)
{
    for (const QString& id : fieldIds)
        if (FieldRow* row = m_rows.value(rowIdOf(id)))
            row->refresh();
}

void FormContent::syncConsentPanels()
{
    QSet<QString> needed;
    for (const forms::ConsentNeeded& consent : m_model.consentsNeeded())
        needed.insert(ConsentPanel::keyOf(consent));
    bool changed = false;
    for (qsizetype i = m_consents.size() - 1; i >= 0; --i) {
        ConsentPanel* panel = m_consents[i];
        if (needed.contains(ConsentPanel::keyOf(panel->consent())))
            continue;
        m_anchors.remove(panel);
        m_consents.removeAt(i);
        panel->hide();
        panel->deleteLater();
        changed = true;
    }
    QSet<QString> shown;
    for (const ConsentPanel* panel : std::as_const(m_consents))
        shown.insert(ConsentPanel::keyOf(panel->consent()));
    for (const forms::ConsentNeeded& consent : m_model.consentsNeeded()) {
        if (shown.contains(ConsentPanel::keyOf(consent)))
            continue;
        addConsentPanel(consent);
        shown.insert(ConsentPanel::keyOf(consent));
        changed = true;
    }
    if (changed) {
        updateVisibility();
        Q_EMIT structureChanged();
    }
}

void FormContent::addConsentPanel(const forms::ConsentNeeded& consent)
{
    // Above the first field it fills, so the question comes before the empty answers.
    FieldRow* anchor = nullptr;
    for (FieldRow* row : std::as_const(m_order))
        if (!anchor && consent.fieldIds.contains(row->fieldId()))
            anchor = row;
    QWidget* parent = anchor ? anchor->parentWidget() : this;
    auto* panel = new ConsentPanel(consent, m_model.definition().id, m_gateway, parent);
    if (anchor) {
        auto* layout = static_cast<QVBoxLayout*>(parent->layout());
        layout->insertWidget(layout->indexOf(anchor), panel);
        m_anchors.insert(panel, anchor->fieldId());
    } else {
        m_layout->insertWidget(0, panel);
        m_anchors.insert(panel, QString());
    }
    connect(panel, &ConsentPanel::consentGiven, this, &FormContent::consentGiven);
    m_consents.append(panel);
}

void FormContent::updateVisibility()
{
    const forms::FormDefinition& definition = m_model.definition();
    for (int i = 0; i < m_sections.size() && i < definition.sections.size(); ++i) {
        const bool visible = m_model.isSectionVisible(definition.sections[i]);
        if (m_sections[i].box->isHidden() == visible)
            m_sections[i].box->setVisible(visible);
    }
    for (FieldRow* row : std::as_const(m_order)) {
        const bool visible = m_model.isVisible(row->fieldId());
        if (row->isHidden() == visible)
            row->setVisible(visible);
        if (auto* group = qobject_cast<GroupFieldEditor*>(row->editor()); group && visible)
            group->updateVisibility([this](const QString& childId, int repetition) {
                return m_model.isVisible(childId, {repetition});
            });
    }
    for (ConsentPanel* panel : std::as_const(m_consents)) {
        bool visible = false;
        for (const QString& id : panel->consent().fieldIds)
            visible = visible || m_model.isVisible(id);
        if (panel->isHidden() == visible)
            panel->setVisible(visible);
    }
}

void FormContent::labelSections()
{
    const forms::FormDefinition& definition = m_model.definition();
    for (int i = 0; i < m_sections.size() && i < definition.sections.size(); ++i) {
        const forms::FormSection& section = definition.sections[i];
        m_sections[i].box->setTitle(AnswerText::forButton(section.title));
        m_sections[i].description->setText(section.description);
        m_sections[i].description->setVisible(!section.description.isEmpty());
    }
}

void FormContent::relabel()
{
    labelSections();
    const forms::FormDefinition& definition = m_model.definition();
    for (FieldRow* row : std::as_const(m_order))
        if (const forms::FormField* field = definition.field(row->fieldId()))
            row->relabel(*field);
    // The consent texts of the form's fields are in the form's language.
    for (ConsentPanel* panel : std::as_const(m_consents)) {
        for (const QString& id : panel->consent().fieldIds) {
            const forms::FormField* field = definition.field(id);
            if (field && field->prefill && field->prefill->source == panel->consent().source) {
                panel->setTexts(field->prefill->purposeText, field->prefill->administrationName);
                break;
            }
        }
    }
}

void FormContent::retranslate()
{
    for (FieldRow* row : std::as_const(m_order))
        row->retranslate();
    for (ConsentPanel* panel : std::as_const(m_consents))
        panel->retranslate();
}

QList<QWidget*> FormContent::tabChain() const
{
    QList<QWidget*> chain;
    const auto panelsAbove = [&](const QString& anchor) {
        for (ConsentPanel* panel : m_consents)
            if (m_anchors.value(panel) == anchor)
                chain.append(panel->tabChain());
    };
    panelsAbove(QString());
    for (FieldRow* row : m_order) {
        panelsAbove(row->fieldId());
        chain.append(row->tabChain());
    }
    return chain;
}

int FormContent::showIssues(const QList<forms::FieldIssue>& issues, QWidget** first,
                            FieldRow** firstRow, QStringList* unplaced)
{
    QHash<QString, QList<forms::FieldIssue>> byRow;
    for (const forms::FieldIssue& issue : issues) {
        const QString rowId = rowIdOf(issue.fieldId);
        if (m_rows.contains(rowId))
            byRow[rowId].append(issue);
        else if (unplaced)
            unplaced->append(issue.message);
    }
    int count = unplaced ? int(unplaced->size()) : 0;
    *first = nullptr;
    *firstRow = nullptr;
    for (FieldRow* row : std::as_const(m_order)) {
        if (!m_model.isVisible(row->fieldId())) {
            row->showIssues({});
            continue;
        }
        const QList<forms::FieldIssue> rowIssues = byRow.value(row->fieldId());
        row->showIssues(rowIssues);
        // What was typed but cannot be read is one problem, whatever the model says.
        const int found = row->inputProblem().isEmpty() ? int(rowIssues.size()) : 1;
        if (found > 0 && !*first) {
            *first = rowIssues.isEmpty() ? row->editor()->focusTarget()
                                         : row->focusFor(rowIssues.first());
            *firstRow = row;
        }
        count += found;
    }
    return count;
}

} // namespace guichet
