#pragma once

#include "FormDefinition.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

namespace guichet {

// The input of one form field, whatever its type. It shows and returns a value in
// the contract's FieldValue shape (docs/api/portal.yaml), and can be re-filled at
// any time (draft restore, prefill, language switch) without reporting an edit.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] const forms::FormField& field() const { return m_field; }
    [[nodiscard]] QString fieldId() const { return m_field.id; }

    // The answer as FieldValue JSON; Undefined when nothing is entered.
    [[nodiscard]] virtual QJsonValue value() const = 0;
    // Shows `value` (Undefined clears); never emits valueEdited().
    void setValue(const QJsonValue& value);

    // What the person typed but cannot be turned into a value ("31.02.2025"),
    // translated; empty when the input is fine or empty.
    [[nodiscard]] virtual QString inputProblem() const { return {}; }

    // The same field in another language: labels of options, unit, sub-labels.
    void relabel(const forms::FormField& field);
    // Texts of our own (Yes/No, "Choose a file…") after a language change.
    virtual void retranslate() {}

    // The widget a label is the buddy of, and that gets focus for this field.
    [[nodiscard]] virtual QWidget* focusTarget() const = 0;
    // The focusable widgets in the order Tab visits them.
    [[nodiscard]] virtual QList<QWidget*> tabChain() const { return {focusTarget()}; }

    // Names the field for screen readers: on the editor and on its inputs.
    virtual void setAccessibleTexts(const QString& name, const QString& description);
    virtual void setEditable(bool editable) = 0;

Q_SIGNALS:
    // The person changed the value (each keystroke for text inputs).
    void valueEdited();
    // The person is done with the field: focus left it, Enter, or a choice was made.
    // Checks and corrections wait for this rather than reacting to every keystroke.
    void editingFinished();
    // Repetitions were added or removed: the page redoes its Tab order.
    void structureChanged();

protected:
    virtual void showValue(const QJsonValue& value) = 0;
    virtual void applyLabels() {}
    // Emits valueEdited() unless the editor is being filled by setValue().
    void reportEdit();
    // For editors made of several inputs: editingFinished() only once focus has left
    // all of them, so moving from street to postal code is not "done".
    void finishWhenFocusLeaves();

    forms::FormField m_field;

private:
    bool m_filling = false;
};

} // namespace guichet
