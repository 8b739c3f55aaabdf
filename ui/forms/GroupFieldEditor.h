#pragma once

#include "FieldEditor.h"

#include <functional>
#include <memory>
#include <vector>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace guichet {

struct EditorContext;

// A repeatable group (children, previous employers): one sub-form of the child
// fields per repetition, with "Add" and "Remove". Its value is an array with one
// object per repetition mapping child field ids to their values.
class GroupFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    GroupFieldEditor(forms::FormField field, const EditorContext& context,
                     QWidget* parent = nullptr);
    ~GroupFieldEditor() override;

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QString inputProblem() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setAccessibleTexts(const QString& name, const QString& description) override;
    void setEditable(bool editable) override;
    void retranslate() override;

    [[nodiscard]] int repetitionCount() const { return int(m_repetitions.size()); }
    // The editor of a child field in one repetition, or null.
    [[nodiscard]] FieldEditor* childEditor(int repetition, const QString& childId) const;
    // Shows a validation message under a child field of one repetition; false when
    // there is no such child (the page then shows it under the whole group).
    bool showIssue(int repetition, const QString& childId, const QString& message);
    void clearIssues();

    void addRepetition();
    void removeRepetition(int index);
    // Shows and hides child fields per repetition (their rules read the answers of
    // their own repetition); `visible(childId, repetition)` asks the model.
    void updateVisibility(const std::function<bool(const QString&, int)>& visible);

protected:
    void showValue(const QJsonValue& value) override;
    void applyLabels() override;

private:
    struct Child;
    struct Repetition;

    void appendRepetition();
    void labelRepetition(int index);
    [[nodiscard]] int maxItems() const;

    const EditorContext& m_context;
    QVBoxLayout* m_repetitionsLayout = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    std::vector<std::unique_ptr<Repetition>> m_repetitions;
};

} // namespace guichet
