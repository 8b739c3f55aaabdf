#include "MultiChoiceFieldEditor.h"

#include "AnswerText.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QVBoxLayout>

namespace guichet {

MultiChoiceFieldEditor::MultiChoiceFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const forms::FieldOption& option : std::as_const(m_field.options)) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("option_%1_%2").arg(m_field.id, option.value));
        connect(box, &QCheckBox::clicked, this, [this] {
            reportEdit();
            Q_EMIT editingFinished();
        });
        m_boxes.append(box);
        layout->addWidget(box);
    }
    applyLabels();
}

QJsonValue MultiChoiceFieldEditor::value() const
{
    QJsonArray chosen;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            chosen.append(m_field.options[i].value);
    return chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen);
}

void MultiChoiceFieldEditor::showValue(const QJsonValue& value)
{
    const QJsonArray chosen = value.toArray();
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setChecked(chosen.contains(QJsonValue(m_field.options[i].value)));
}

QWidget* MultiChoiceFieldEditor::focusTarget() const
{
    return m_boxes.isEmpty() ? const_cast<MultiChoiceFieldEditor*>(this)
                             : static_cast<QWidget*>(m_boxes.first());
}

QList<QWidget*> MultiChoiceFieldEditor::tabChain() const
{
    QList<QWidget*> chain;
    for (QCheckBox* box : m_boxes)
        chain.append(box);
    return chain;
}

void MultiChoiceFieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    setAccessibleName(name);
    setAccessibleDescription(description);
    // Each box says its option and, in its description, the question it answers.
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setAccessibleDescription(
            description.isEmpty() ? name : name + QStringLiteral(". ") + description);
}

void MultiChoiceFieldEditor::setEditable(bool editable)
{
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setEnabled(editable);
}

void MultiChoiceFieldEditor::applyLabels()
{
    for (int i = 0; i < m_boxes.size() && i < m_field.options.size(); ++i)
        m_boxes[i]->setText(AnswerText::forButton(m_field.options[i].label));
}

} // namespace guichet
