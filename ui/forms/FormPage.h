#pragma once

#include "EditorContext.h"
#include "Error.h"
#include "FormModel.h"
#include "Page.h"
#include "SummaryDocument.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace guichet::forms {
class DraftStore;
class FormGateway;
} // namespace guichet::forms

namespace guichet {

class AttachmentFiles;
class DraftAutosave;
class FieldRow;
class FormContent;
class FormSummaryView;

// Filling in one online form: its sections and fields with where each answer came
// from, the consents it needs, corrections to registered data, checks, a draft saved
// as the person goes, then the summary they sign. Talks only to the model, the
// FormGateway and the DraftStore.
class FormPage : public Page
{
    Q_OBJECT

public:
    // `model`: the form, already restored from its draft when there is one.
    // `gateway` (prefill, consents, documents of the space) may be null.
    // `drafts` and `draftId` (created by the caller) keep the answers and attached files;
    // with a null store nothing is saved and no file can be attached.
    // The prefill is fetched at once (automatic values replace older ones; what the
    // person typed is kept).
    FormPage(forms::FormModel model, forms::FormGateway* gateway, forms::DraftStore* drafts,
             QString draftId, QWidget* parent = nullptr);
    ~FormPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("form"); }
    [[nodiscard]] QString title() const override;

    [[nodiscard]] const forms::FormModel& model() const { return m_model; }
    [[nodiscard]] QString draftId() const { return m_draftId; }
    // The same form in another language (its id and version): every label changes,
    // no answer is lost. False, and nothing changes, for another form or version.
    bool replaceDefinition(forms::FormDefinition definition);
    // What the summary shows, as the summary PDF draws it.
    [[nodiscard]] forms::SummaryDocument summaryDocument(const QDateTime& confirmedAt) const;

    [[nodiscard]] FormSummaryView* summaryView() const { return m_summary; }
    [[nodiscard]] FieldRow* row(const QString& fieldId) const;
    [[nodiscard]] bool isShowingSummary() const;

    // Test seams: the file dialog of attachments and the discard confirmation.
    void setFileChooser(std::function<QString(QWidget*)> chooser);
    void setDiscardConfirmation(std::function<bool(QWidget*)> confirm);

public Q_SLOTS:
    // Fetches the prefill again and merges it (also after a consent).
    void refreshPrefill();
    // Checks every visible answer: shows the summary, or the issues next to their
    // fields (focus on the first one). False when issues were found.
    bool continueToSummary();
    void backToForm();
    // Asks for confirmation, then deletes the draft and its files.
    void discardDraft();
    // Saves what is waiting and asks the shell to close the form; the draft stays.
    void requestClose();

Q_SIGNALS:
    // "Sign and submit" on the summary.
    void signRequested();
    void closeRequested();
    void draftDiscarded(const QString& draftId);
    // A prefill answer was merged (tests wait for it).
    void prefillMerged();
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateOwnTexts();
    void answerChanged();
    void showNotice();
    void rebuildTabOrder();

    forms::FormModel m_model;
    forms::FormGateway* m_gateway;
    forms::DraftStore* m_drafts;
    QString m_draftId;
    std::unique_ptr<AttachmentFiles> m_files;
    EditorContext m_context;
    std::function<bool(QWidget*)> m_confirmDiscard;
    bool m_discarded = false;

    // What the notice at the top says.
    int m_issueCount = 0;
    QStringList m_unplacedIssues;
    std::optional<Error> m_prefillError;

    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_retryPrefill = nullptr;
    QLabel* m_saveStatus = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    FormContent* m_content = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_close = nullptr;
    FormSummaryView* m_summary = nullptr;
    DraftAutosave* m_autosave = nullptr;
};

} // namespace guichet
