#pragma once

#include "FieldEditor.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace guichet {

// A number typed in the person's locale ("1 250,50" or "1250.50"), with the form's
// unit after it. A line edit rather than a spin box: an unanswered number must stay
// empty, not 0.
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit NumberFieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QString inputProblem() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    void setEditable(bool editable) override;
    void retranslate() override;

protected:
    void showValue(const QJsonValue& value) override;
    void applyLabels() override;

private:
    [[nodiscard]] std::optional<double> parsed() const;

    QLineEdit* m_edit = nullptr;
    QLabel* m_unit = nullptr;
    QJsonValue m_shown; // re-shown in the new locale after a language change
};

} // namespace guichet
