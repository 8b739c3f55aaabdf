#include "GroupFieldEditor.h"

#include "AnswerText.h"
#include "FieldEditorFactory.h"
#include "FormLabels.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace guichet {

struct GroupFieldEditor::Child
{
    QString id;
    QLabel* label = nullptr;
    FieldEditor* editor = nullptr;
    QLabel* help = nullptr;
    QLabel* message = nullptr;
};

struct GroupFieldEditor::Repetition
{
    QGroupBox* box = nullptr;
    QList<Child> children;
    QPushButton* remove = nullptr;
};

GroupFieldEditor::GroupFieldEditor(forms::FormField field, const EditorContext& context,
                                   QWidget* parent)
    : FieldEditor(std::move(field), parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = FormLabels::help(this);
    m_empty->setObjectName(QStringLiteral("groupEmpty_") + m_field.id);
    m_repetitionsLayout = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRepetition_") + m_field.id);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addWidget(m_empty);
    layout->addLayout(m_repetitionsLayout);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &GroupFieldEditor::addRepetition);
    retranslate();
}

GroupFieldEditor::~GroupFieldEditor() = default;

void GroupFieldEditor::updateVisibility(const std::function<bool(const QString&, int)>& visible)
{
    for (int index = 0; index < int(m_repetitions.size()); ++index) {
        for (const Child& child : std::as_const(m_repetitions[std::size_t(index)]->children)) {
            const bool shown = visible(child.id, index);
            if (child.editor->isHidden() == !shown)
                continue; // already as it should be
            child.label->setVisible(shown);
            child.editor->setVisible(shown);
            child.help->setVisible(shown && !child.help->text().isEmpty());
            child.message->setVisible(shown && !child.message->text().isEmpty());
        }
    }
}

int GroupFieldEditor::maxItems() const
{
    for (const forms::ValidationRule& rule : m_field.validation)
        if (rule.kind == forms::RuleKind::MaxItems && rule.value.toInt() > 0)
            return rule.value.toInt();
    return std::numeric_limits<int>::max();
}

void GroupFieldEditor::appendRepetition()
{
    auto repetition = std::make_unique<Repetition>();
    const int index = int(m_repetitions.size());
    repetition->box = new QGroupBox(this);
    repetition->box->setObjectName(QStringLiteral("repetition_%1_%2").arg(m_field.id).arg(index));
    auto* layout = new QVBoxLayout(repetition->box);
    for (const forms::FormField& childField : std::as_const(m_field.fields)) {
        Child child;
        child.id = childField.id;
        child.label = FormLabels::fieldLabel(repetition->box);
        child.editor = createFieldEditor(childField, m_context, repetition->box);
        child.label->setBuddy(child.editor->focusTarget());
        child.help = FormLabels::help(repetition->box);
        child.message = FormLabels::message(repetition->box);
        child.message->setObjectName(QStringLiteral("message_") + childField.id);
        layout->addWidget(child.label);
        layout->addWidget(child.help);
        layout->addWidget(child.editor);
        layout->addWidget(child.message);
        connect(child.editor, &FieldEditor::valueEdited, this, &GroupFieldEditor::reportEdit);
        connect(child.editor, &FieldEditor::editingFinished, this,
                &GroupFieldEditor::editingFinished);
        connect(child.editor, &FieldEditor::structureChanged, this,
                &GroupFieldEditor::structureChanged);
        repetition->children.append(child);
    }
    repetition->remove = new QPushButton(repetition->box);
    repetition->remove->setObjectName(
        QStringLiteral("removeRepetition_%1_%2").arg(m_field.id).arg(index));
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(repetition->remove);
    layout->addLayout(removeRow);
    QGroupBox* box = repetition->box;
    connect(repetition->remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < repetitionCount(); ++i)
            if (m_repetitions[std::size_t(i)]->box == box)
                removeRepetition(i);
    });
    m_repetitionsLayout->addWidget(box);
    m_repetitions.push_back(std::move(repetition));
    labelRepetition(index);
}

void GroupFieldEditor::addRepetition()
{
    appendRepetition();
    m_empty->setVisible(false);
    m_add->setEnabled(repetitionCount() < maxItems());
    Q_EMIT structureChanged();
    reportEdit();
    if (QWidget* first = m_repetitions.back()->children.isEmpty()
                             ? nullptr
                             : m_repetitions.back()->children.first().editor->focusTarget())
        first->setFocus(Qt::TabFocusReason);
}

void GroupFieldEditor::removeRepetition(int index)
{
    if (index < 0 || index >= repetitionCount())
        return;
    m_repetitions[std::size_t(index)]->box->deleteLater();
    m_repetitions[std::size_t(index)]->box->hide();
    m_repetitions.erase(m_repetitions.begin() + index);
    // The ones after it move up a number.
    for (int i = index; i < repetitionCount(); ++i)
        labelRepetition(i);
    m_empty->setVisible(m_repetitions.empty());
    m_add->setEnabled(repetitionCount() < maxItems());
    m_add->setFocus(Qt::TabFocusReason);
    Q_EMIT structureChanged();
    reportEdit();
    Q_EMIT editingFinished();
}

void GroupFieldEditor::labelRepetition(int index)
{
    Repetition& repetition = *m_repetitions[std::size_t(index)];
    const QString title =
        tr("%1 – %2", "group label, number of the repetition").arg(m_field.label).arg(index + 1);
    repetition.box->setTitle(AnswerText::forButton(title));
    repetition.remove->setText(tr("Remove"));
    repetition.remove->setAccessibleName(tr("Remove “%1”").arg(title));
    for (Child& child : repetition.children) {
        const forms::FormField* childField = nullptr;
        for (const forms::FormField& f : std::as_const(m_field.fields))
            if (f.id == child.id)
                childField = &f;
        if (!childField)
            continue;
        child.editor->relabel(*childField);
        child.editor->retranslate();
        child.label->setText(AnswerText::forButton(childField->label)); // it has a buddy
        child.help->setText(childField->help);
        child.help->setVisible(!childField->help.isEmpty());
        QStringList description{title};
        if (!childField->help.isEmpty())
            description.append(childField->help);
        if (!child.message->text().isEmpty() && child.message->isVisibleTo(repetition.box))
            description.append(child.message->text());
        child.editor->setAccessibleTexts(childField->label, description.join(QStringLiteral(". ")));
    }
}

QJsonValue GroupFieldEditor::value() const
{
    if (m_repetitions.empty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray repetitions;
    for (const auto& repetition : m_repetitions) {
        QJsonObject answers;
        for (const Child& child : repetition->children) {
            const QJsonValue childValue = child.editor->value();
            if (!childValue.isUndefined())
                answers.insert(child.id, childValue);
        }
        repetitions.append(answers);
    }
    return repetitions;
}

QString GroupFieldEditor::inputProblem() const
{
    for (const auto& repetition : m_repetitions)
        for (const Child& child : repetition->children)
            if (!child.editor->inputProblem().isEmpty())
                return child.editor->inputProblem();
    return {};
}

void GroupFieldEditor::showValue(const QJsonValue& value)
{
    const QJsonArray repetitions = value.toArray();
    while (repetitionCount() > repetitions.size()) {
        m_repetitions.back()->box->deleteLater();
        m_repetitions.back()->box->hide();
        m_repetitions.pop_back();
    }
    const bool grew = repetitionCount() < repetitions.size();
    while (repetitionCount() < repetitions.size())
        appendRepetition();
    for (int i = 0; i < repetitionCount(); ++i) {
        const QJsonObject answers = repetitions[i].toObject();
        for (const Child& child : m_repetitions[std::size_t(i)]->children)
            child.editor->setValue(answers.value(child.id));
    }
    m_empty->setVisible(m_repetitions.empty());
    m_add->setEnabled(repetitionCount() < maxItems());
    if (grew)
        Q_EMIT structureChanged();
}

FieldEditor* GroupFieldEditor::childEditor(int repetition, const QString& childId) const
{
    if (repetition < 0 || repetition >= repetitionCount())
        return nullptr;
    for (const Child& child : m_repetitions[std::size_t(repetition)]->children)
        if (child.id == childId)
            return child.editor;
    return nullptr;
}

bool GroupFieldEditor::showIssue(int repetition, const QString& childId, const QString& message)
{
    if (repetition < 0 || repetition >= repetitionCount())
        return false;
    for (Child& child : m_repetitions[std::size_t(repetition)]->children) {
        if (child.id != childId)
            continue;
        child.message->setText(message);
        child.message->setVisible(!message.isEmpty());
        labelRepetition(repetition); // puts the message into the editor's description
        return true;
    }
    return false;
}

void GroupFieldEditor::clearIssues()
{
    for (int i = 0; i < repetitionCount(); ++i) {
        for (Child& child : m_repetitions[std::size_t(i)]->children) {
            child.message->clear();
            child.message->hide();
        }
        labelRepetition(i);
    }
}

QWidget* GroupFieldEditor::focusTarget() const
{
    if (!m_repetitions.empty() && !m_repetitions.front()->children.isEmpty())
        return m_repetitions.front()->children.first().editor->focusTarget();
    return m_add;
}

QList<QWidget*> GroupFieldEditor::tabChain() const
{
    QList<QWidget*> chain;
    for (const auto& repetition : m_repetitions) {
        for (const Child& child : repetition->children)
            chain.append(child.editor->tabChain());
        chain.append(repetition->remove);
    }
    chain.append(m_add);
    return chain;
}

void GroupFieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    // Not passed on to the first input: that is a child field with its own name.
    setAccessibleName(name);
    setAccessibleDescription(description);
    m_add->setAccessibleName(tr("Add to “%1”").arg(name));
    m_add->setAccessibleDescription(description);
}

void GroupFieldEditor::setEditable(bool editable)
{
    for (const auto& repetition : m_repetitions) {
        for (const Child& child : repetition->children)
            child.editor->setEditable(editable);
        repetition->remove->setEnabled(editable);
    }
    m_add->setEnabled(editable && repetitionCount() < maxItems());
}

void GroupFieldEditor::retranslate()
{
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add to “%1”").arg(accessibleName()));
    m_empty->setText(tr("None yet. Use “Add” for each one."));
    m_empty->setVisible(m_repetitions.empty());
    for (int i = 0; i < repetitionCount(); ++i)
        labelRepetition(i);
}

void GroupFieldEditor::applyLabels()
{
    retranslate();
}

} // namespace guichet
