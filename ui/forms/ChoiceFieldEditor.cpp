#include "ChoiceFieldEditor.h"

#include "AnswerText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guichet {

ChoiceFieldEditor::ChoiceFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    const QList<forms::FieldOption> shown = options();
    if (shown.size() > MaxRadioOptions) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_list = new QComboBox(this);
        m_list->setObjectName(QStringLiteral("input_") + m_field.id);
        m_list->addItem(QString()); // "Choose…": no answer yet
        for (const forms::FieldOption& option : shown)
            m_list->addItem(option.label, option.value);
        layout->addWidget(m_list);
        layout->addStretch(1);
        // On Linux Qt names a combo box after its current item and takes its question
        // from a "labelled by" relation, which it only makes for a sibling label whose
        // buddy it is. The visible question is in the row, not a sibling: this hidden
        // one is there for the accessibility bus only.
        m_question = new QLabel(this);
        m_question->setTextFormat(Qt::PlainText); // the question comes from the portal
        m_question->setBuddy(m_list);
        m_question->hide();
        connect(m_list, &QComboBox::activated, this, [this] {
            reportEdit();
            Q_EMIT editingFinished();
        });
    } else {
        // Yes and No side by side; longer options one under the other.
        QBoxLayout* layout = isYesNo() ? static_cast<QBoxLayout*>(new QHBoxLayout(this))
                                       : static_cast<QBoxLayout*>(new QVBoxLayout(this));
        layout->setContentsMargins(0, 0, 0, 0);
        m_buttons = new QButtonGroup(this);
        for (int i = 0; i < shown.size(); ++i) {
            auto* radio = new QRadioButton(this);
            radio->setObjectName(QStringLiteral("option_%1_%2").arg(m_field.id, shown[i].value));
            m_buttons->addButton(radio, i);
            m_radios.append(radio);
            layout->addWidget(radio);
        }
        if (isYesNo())
            layout->addStretch(1);
        // Toggled, not clicked: assistive technology checks a radio through its toggle
        // action, which sends no click (Qt 6.4). Changes made by showValue are not edits.
        connect(m_buttons, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (!checked || m_showing)
                return;
            reportEdit();
            Q_EMIT editingFinished();
        });
    }
    applyLabels();
}

ChoiceFieldEditor::~ChoiceFieldEditor()
{
    // Deleting the radios (in ~QWidget, after this) can toggle them: not an edit, and the
    // rows above are being taken down too.
    if (m_buttons)
        m_buttons->disconnect(this);
}

bool ChoiceFieldEditor::isYesNo() const
{
    return m_field.type == forms::FieldType::YesNo;
}

QList<forms::FieldOption> ChoiceFieldEditor::options() const
{
    if (!isYesNo())
        return m_field.options;
    return {{QStringLiteral("true"), AnswerText::yesNo(true)},
            {QStringLiteral("false"), AnswerText::yesNo(false)}};
}

int ChoiceFieldEditor::chosenIndex() const
{
    if (m_list)
        return m_list->currentIndex() - 1;
    return m_buttons->checkedId();
}

QJsonValue ChoiceFieldEditor::value() const
{
    const int index = chosenIndex();
    const QList<forms::FieldOption> shown = options();
    if (index < 0 || index >= shown.size())
        return QJsonValue(QJsonValue::Undefined);
    if (isYesNo())
        return index == 0;
    return shown[index].value;
}

void ChoiceFieldEditor::showValue(const QJsonValue& value)
{
    int index = -1;
    if (isYesNo()) {
        if (value.isBool())
            index = value.toBool() ? 0 : 1;
    } else {
        const QList<forms::FieldOption> shown = options();
        for (int i = 0; i < shown.size(); ++i)
            if (shown[i].value == value.toString())
                index = i;
    }
    choose(index);
}

void ChoiceFieldEditor::choose(int index)
{
    if (m_list) {
        m_list->setCurrentIndex(index + 1);
        return;
    }
    // An exclusive group cannot be emptied: lift exclusivity while clearing.
    m_showing = true;
    m_buttons->setExclusive(false);
    for (int i = 0; i < m_radios.size(); ++i)
        m_radios[i]->setChecked(i == index);
    m_buttons->setExclusive(true);
    m_showing = false;
}

QWidget* ChoiceFieldEditor::focusTarget() const
{
    if (m_list)
        return m_list;
    return m_radios.isEmpty() ? const_cast<ChoiceFieldEditor*>(this)
                              : static_cast<QWidget*>(m_radios.first());
}

QList<QWidget*> ChoiceFieldEditor::tabChain() const
{
    if (m_list)
        return {m_list};
    QList<QWidget*> chain;
    for (QRadioButton* radio : m_radios)
        chain.append(radio);
    return chain;
}

void ChoiceFieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    setAccessibleName(name);
    setAccessibleDescription(description);
    if (m_list) {
        // Announced through the labelled-by relation of m_question (see the constructor).
        m_list->setAccessibleName(name);
        m_list->setAccessibleDescription(description);
        m_question->setText(AnswerText::forButton(name)); // it has a buddy
        return;
    }
    // Each button says its option and, in its description, the question it answers.
    for (QRadioButton* radio : std::as_const(m_radios))
        radio->setAccessibleDescription(
            description.isEmpty() ? name : name + QStringLiteral(". ") + description);
    if (!m_radios.isEmpty())
        m_radios.first()->setAccessibleName(name + QStringLiteral(": ") + m_radios.first()->text());
}

void ChoiceFieldEditor::setEditable(bool editable)
{
    if (m_list)
        m_list->setEnabled(editable);
    for (QRadioButton* radio : std::as_const(m_radios))
        radio->setEnabled(editable);
}

void ChoiceFieldEditor::retranslate()
{
    if (isYesNo() || m_list)
        applyLabels();
}

void ChoiceFieldEditor::applyLabels()
{
    const QList<forms::FieldOption> shown = options();
    if (m_list) {
        m_list->setItemText(0, tr("Choose…"));
        for (int i = 0; i < shown.size() && i + 1 < m_list->count(); ++i)
            m_list->setItemText(i + 1, shown[i].label);
        return;
    }
    for (int i = 0; i < shown.size() && i < m_radios.size(); ++i)
        m_radios[i]->setText(AnswerText::forButton(shown[i].label));
}

} // namespace guichet
