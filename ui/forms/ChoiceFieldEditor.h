#pragma once

#include "FieldEditor.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace guichet {

// One answer among several: a list (more than four options) or radio buttons, and
// yes/no as two radio buttons. Nothing is chosen until the person chooses: a
// preselected answer would be an answer they never gave.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    // Beyond this many options, a drop-down list keeps the form short.
    static constexpr int MaxRadioOptions = 4;

    explicit ChoiceFieldEditor(forms::FormField field, QWidget* parent = nullptr);
    ~ChoiceFieldEditor() override;

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setAccessibleTexts(const QString& name, const QString& description) override;
    void setEditable(bool editable) override;
    void retranslate() override;

protected:
    void showValue(const QJsonValue& value) override;
    void applyLabels() override;

private:
    [[nodiscard]] bool isYesNo() const;
    // The options as shown: the form's, or Yes/No.
    [[nodiscard]] QList<forms::FieldOption> options() const;
    [[nodiscard]] int chosenIndex() const;
    void choose(int index);

    QComboBox* m_list = nullptr;  // when there are many options
    QLabel* m_question = nullptr; // its question, for the accessibility bus
    QButtonGroup* m_buttons = nullptr;
    bool m_showing = false; // choose() is showing a value, not the person choosing
    QList<QRadioButton*> m_radios;
};

} // namespace guichet
