#include "FieldEditor.h"

#include <QApplication>

namespace guichet {

FieldEditor::FieldEditor(forms::FormField field, QWidget* parent)
    : QWidget(parent), m_field(std::move(field))
{
    setObjectName(QStringLiteral("fieldEditor_") + m_field.id);
}

void FieldEditor::setValue(const QJsonValue& value)
{
    m_filling = true;
    showValue(value);
    m_filling = false;
}

void FieldEditor::relabel(const forms::FormField& field)
{
    m_field = field;
    applyLabels();
}

void FieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    setAccessibleName(name);
    setAccessibleDescription(description);
    if (QWidget* target = focusTarget(); target && target != this) {
        target->setAccessibleName(name);
        target->setAccessibleDescription(description);
    }
}

void FieldEditor::reportEdit()
{
    if (!m_filling)
        Q_EMIT valueEdited();
}

void FieldEditor::finishWhenFocusLeaves()
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (old && isAncestorOf(old) && !(now && isAncestorOf(now)))
            Q_EMIT editingFinished();
    });
}

} // namespace guichet
