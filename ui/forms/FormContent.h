#pragma once

#include "FormModel.h"

#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace guichet::forms {
class FormGateway;
}

namespace guichet {

class ConsentPanel;
class FieldRow;
struct EditorContext;

// The fields of a form, built once from the model: one group box per section, one
// FieldRow per field in form order, and the consent questions above the fields they
// fill. Changes show and hide widgets; nothing is rebuilt, so a form of hundreds of
// fields stays quick.
class FormContent : public QWidget
{
    Q_OBJECT

public:
    FormContent(forms::FormModel& model, const EditorContext& context, forms::FormGateway* gateway,
                QWidget* parent = nullptr);

    [[nodiscard]] FieldRow* row(const QString& fieldId) const { return m_rows.value(fieldId); }
    [[nodiscard]] const QList<FieldRow*>& rows() const { return m_order; }
    [[nodiscard]] const QList<ConsentPanel*>& consentPanels() const { return m_consents; }

    // Shows the model's answers of these fields again (after a prefill).
    void refreshAnswers(const QStringList& fieldIds);
    // Adds the consent questions the model now needs, removes those answered.
    void syncConsentPanels();
    // Shows what is visible now, hides the rest (sections, fields, consents).
    void updateVisibility();
    // The form's texts in the model's (new) language; answers stay.
    void relabel();
    void retranslate();
    // The focusable inputs in the order they appear.
    [[nodiscard]] QList<QWidget*> tabChain() const;

    // Shows these issues next to their fields (clearing the others) and returns how
    // many there are, the person's typing problems included. `first` is set to the
    // input to focus and `firstRow` to its row; messages of issues that match no
    // field are added to `unplaced`.
    int showIssues(const QList<forms::FieldIssue>& issues, QWidget** first, FieldRow** firstRow,
                   QStringList* unplaced);

Q_SIGNALS:
    void answerChanged(const QString& fieldId);
    void structureChanged();
    // A consent was recorded on the portal: the data can be fetched now.
    void consentGiven();

private:
    struct Section
    {
        QString id;
        QGroupBox* box = nullptr;
        QLabel* description = nullptr;
    };

    void addConsentPanel(const forms::ConsentNeeded& consent);
    void labelSections();
    [[nodiscard]] QString rowIdOf(const QString& fieldId) const;

    forms::FormModel& m_model;
    const EditorContext& m_context;
    forms::FormGateway* m_gateway;
    QVBoxLayout* m_layout = nullptr;
    QList<Section> m_sections;
    QHash<QString, FieldRow*> m_rows;
    QList<FieldRow*> m_order;
    QList<ConsentPanel*> m_consents;
    // The row each consent question stands above (empty: at the top of the form).
    QHash<ConsentPanel*, QString> m_anchors;
};

} // namespace guichet
