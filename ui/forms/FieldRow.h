#pragma once

#include "FormModel.h"

#include <QWidget>

class QLabel;

namespace guichet {

class CorrectionPanel;
class FieldEditor;
struct EditorContext;

// One field of the form page: its label, help, editor, where its answer came from,
// a correction request when the person changed a registered value, and its
// validation message. It writes the person's edits into the model.
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(const forms::FormField& field, forms::FormModel& model, const EditorContext& context,
             QWidget* parent = nullptr);

    [[nodiscard]] QString fieldId() const { return m_fieldId; }
    [[nodiscard]] FieldEditor* editor() const { return m_editor; }
    [[nodiscard]] QLabel* label() const { return m_label; }
    [[nodiscard]] QLabel* provenanceLabel() const { return m_provenance; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    // Null until the person proposes a correction.
    [[nodiscard]] CorrectionPanel* correctionPanel() const { return m_correction; }

    // Shows the model's answer again (prefill, draft, consent), with its provenance.
    void refresh();
    // The same field in another language; the answer stays.
    void relabel(const forms::FormField& field);
    void retranslate();

    // Checks the field now, as when the person leaves it.
    void check();
    // Shows these issues (of this field, or of children of this group); none clears.
    void showIssues(const QList<forms::FieldIssue>& issues);
    // A problem in what was typed that the model cannot see ("31.02.2025").
    [[nodiscard]] QString inputProblem() const;
    // The input to focus for an issue of this field.
    [[nodiscard]] QWidget* focusFor(const forms::FieldIssue& issue) const;
    [[nodiscard]] QList<QWidget*> tabChain() const;

Q_SIGNALS:
    // The model changed: a value, a correction or its reason.
    void answerChanged(const QString& fieldId);
    // Inputs were added or removed (a repetition, the correction panel).
    void structureChanged();

private:
    [[nodiscard]] bool isAutomatic() const;
    void edited();
    void finished();
    void showCorrection();
    void updateEditable();
    void updateAccessibility();

    QString m_fieldId;
    forms::FormModel& m_model;
    QString m_help;
    QString m_labelText;
    QLabel* m_label = nullptr;
    QLabel* m_helpLabel = nullptr;
    FieldEditor* m_editor = nullptr;
    QLabel* m_provenance = nullptr;
    CorrectionPanel* m_correction = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace guichet
