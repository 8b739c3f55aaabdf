#pragma once

#include "FieldEditor.h"

class QCheckBox;

namespace guichet {

// Several answers among a list: one check box per option. The value lists the
// chosen options in the form's order.
class MultiChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MultiChoiceFieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setAccessibleTexts(const QString& name, const QString& description) override;
    void setEditable(bool editable) override;

protected:
    void showValue(const QJsonValue& value) override;
    void applyLabels() override;

private:
    QList<QCheckBox*> m_boxes; // in the order of m_field.options
};

} // namespace guichet
