#include "FormPage.h"

#include "AccessibleNames.h"
#include "Announcer.h"
#include "AttachmentFiles.h"
#include "DraftAutosave.h"
#include "DraftStore.h"
#include "FieldEditor.h"
#include "FieldRow.h"
#include "FormContent.h"
#include "FormGateway.h"
#include "FormSummaryView.h"
#include "PageLayout.h"
#include "Provenance.h"
#include "SummaryBuilder.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {
namespace {

bool askToDiscard(QWidget* parent, const QString& formTitle)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setTextFormat(Qt::PlainText); // the title comes from the portal
    box.setWindowTitle(FormPage::tr("Discard the draft"));
    box.setText(FormPage::tr("Discard your answers to “%1”?").arg(formTitle));
    box.setInformativeText(FormPage::tr("Your answers and the files you attached will be "
                                        "deleted from this computer. This cannot be undone."));
    QPushButton* discard =
        box.addButton(FormPage::tr("Delete my answers"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(FormPage::tr("Keep the draft"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace

FormPage::FormPage(forms::FormModel model, forms::FormGateway* gateway, forms::DraftStore* drafts,
                   QString draftId, QWidget* parent)
    : Page(parent), m_model(std::move(model)), m_gateway(gateway), m_drafts(drafts),
      m_draftId(std::move(draftId)),
      m_files(std::make_unique<AttachmentFiles>(drafts, m_draftId, gateway))
{
    setObjectName(QStringLiteral("formPage"));
    m_context.files = drafts ? m_files.get() : nullptr;
    m_context.chooseFile = [](QWidget* owner) {
        return QFileDialog::getOpenFileName(owner, tr("Choose a file to attach"), {},
                                            tr("Documents (*.pdf *.jpg *.jpeg *.png);;"
                                               "All files (*)"));
    };
    m_context.allowsReuse = [this](const QString& requirementId) {
        const forms::AttachmentRequirement* requirement =
            m_model.definition().attachment(requirementId);
        return !requirement || requirement->personalReuse;
    };
    m_confirmDiscard = [this](QWidget* owner) { return askToDiscard(owner, title()); };

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_description = PageLayout::paragraph(this);
    m_notice = PageLayout::paragraph(this);
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    m_retryPrefill = new QPushButton(this);
    m_retryPrefill->setObjectName(QStringLiteral("retryPrefill"));
    m_retryPrefill->hide();
    m_saveStatus = PageLayout::paragraph(this);
    m_saveStatus->setObjectName(QStringLiteral("draftStatus"));

    m_stack = new QStackedWidget(this);
    auto* formView = new QWidget(m_stack);
    auto* formLayout = new QVBoxLayout(formView);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(formView);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Put into the scroll area when first shown (showEvent): the scroll area lays out
    // its widget at once, and a second time at its real width when shown — with a few
    // hundred word-wrapped labels the first pass was half the time a form took.
    m_content = new FormContent(m_model, m_context, gateway, m_scroll);
    m_content->hide();
    m_continue = new QPushButton(formView);
    m_continue->setObjectName(QStringLiteral("continueToSummary"));
    m_continue->setDefault(true);
    m_discard = new QPushButton(formView);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_close = new QPushButton(formView);
    m_close->setObjectName(QStringLiteral("closeForm"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    formLayout->addWidget(m_scroll, 1);
    formLayout->addLayout(buttons);
    m_summary = new FormSummaryView(m_stack);
    m_summary->setSignatureRequired(m_model.definition().signatureRequired);
    m_stack->addWidget(formView);
    m_stack->addWidget(m_summary);

    auto* noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_retryPrefill, 0, Qt::AlignTop);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(noticeRow);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_stack, 1);

    m_autosave = new DraftAutosave(
        drafts, m_draftId, [this] { return m_model.toDraftJson(); }, m_saveStatus, this);

    connect(m_content, &FormContent::answerChanged, this, &FormPage::answerChanged);
    connect(m_content, &FormContent::structureChanged, this, &FormPage::rebuildTabOrder);
    connect(m_content, &FormContent::consentGiven, this, &FormPage::refreshPrefill);
    connect(m_retryPrefill, &QPushButton::clicked, this, &FormPage::refreshPrefill);
    connect(m_continue, &QPushButton::clicked, this, &FormPage::continueToSummary);
    connect(m_discard, &QPushButton::clicked, this, &FormPage::discardDraft);
    connect(m_close, &QPushButton::clicked, this, &FormPage::requestClose);
    connect(m_summary, &FormSummaryView::backRequested, this, &FormPage::backToForm);
    connect(m_summary, &FormSummaryView::signRequested, this, &FormPage::signRequested);

    retranslateOwnTexts();
    rebuildTabOrder();
    refreshPrefill();
}

void FormPage::showEvent(QShowEvent* event)
{
    const bool first = m_scroll->widget() != m_content;
    if (first) {
        m_content->resize(m_scroll->viewport()->size());
        m_scroll->setWidget(m_content);
    }
    Page::showEvent(event);
    // A form just opened: the focus goes to its first answer (or consent), where a
    // keyboard or screen reader user starts, not to the page around it.
    if (first)
        QTimer::singleShot(0, this, [this] {
            const QList<QWidget*> chain = m_content->tabChain();
            for (QWidget* widget : chain)
                if (widget->isVisible() && widget->isEnabled()) {
                    widget->setFocus(Qt::OtherFocusReason);
                    return;
                }
            m_continue->setFocus(Qt::OtherFocusReason);
        });
}

FormPage::~FormPage()
{
    // Closing the window must not lose the last half second of typing.
    if (!m_discarded)
        m_autosave->flush();
    // QWidget's destructor hides the page, which takes the focus away and so
    // "finishes" an edit after our members (the model) are gone: edits stop here.
    for (FieldEditor* editor : findChildren<FieldEditor*>())
        editor->blockSignals(true);
}

QString FormPage::title() const
{
    return m_model.definition().title;
}

FieldRow* FormPage::row(const QString& fieldId) const
{
    return m_content->row(fieldId);
}

bool FormPage::isShowingSummary() const
{
    return m_stack->currentWidget() == m_summary;
}

void FormPage::setFileChooser(std::function<QString(QWidget*)> chooser)
{
    m_context.chooseFile = std::move(chooser);
}

void FormPage::setDiscardConfirmation(std::function<bool(QWidget*)> confirm)
{
    m_confirmDiscard = std::move(confirm);
}

forms::SummaryDocument FormPage::summaryDocument(const QDateTime& confirmedAt) const
{
    return buildSummaryDocument(
        m_model, m_files.get(), m_gateway ? m_gateway->personName() : QString(),
        m_gateway ? m_gateway->company().nameWithIdentifier() : QString(), confirmedAt);
}

bool FormPage::replaceDefinition(forms::FormDefinition definition)
{
    if (!m_model.replaceDefinition(std::move(definition)))
        return false;
    m_content->relabel();
    retranslateOwnTexts();
    if (isShowingSummary())
        m_summary->showSummary(summaryDocument(m_summary->document().confirmedAt),
                               correctionLines(m_model));
    Q_EMIT titleChanged();
    return true;
}

void FormPage::refreshPrefill()
{
    if (!m_gateway)
        return;
    const forms::FormDefinition& form = m_model.definition();
    m_gateway->fetchPrefill(form.id, form.version, form.language, this,
                            [this](const Result<QJsonObject>& prefill) {
                                if (!prefill) {
                                    m_prefillError = prefill.error();
                                    showNotice();
                                    return;
                                }
                                m_prefillError.reset();
                                const QStringList filled = m_model.mergePrefill(prefill.value());
                                m_content->refreshAnswers(filled);
                                m_content->syncConsentPanels();
                                m_content->updateVisibility();
                                showNotice();
                                if (!filled.isEmpty())
                                    m_autosave->changed();
                                Q_EMIT prefillMerged();
                            });
}

void FormPage::answerChanged()
{
    m_content->updateVisibility();
    m_autosave->changed();
}

bool FormPage::continueToSummary()
{
    m_autosave->flush();
    QWidget* first = nullptr;
    FieldRow* firstRow = nullptr;
    m_unplacedIssues.clear();
    m_issueCount = m_content->showIssues(m_model.validate(QDate::currentDate()), &first, &firstRow,
                                         &m_unplacedIssues);
    showNotice();
    if (m_issueCount > 0) {
        if (firstRow)
            m_scroll->ensureWidgetVisible(firstRow);
        if (first) {
            m_scroll->ensureWidgetVisible(first);
            first->setFocus(Qt::OtherFocusReason);
        }
        // The field with the first problem has the focus and says its message; how many
        // there are is said once here.
        Announcer::announce(this, tr("%n answer(s) need your attention", "", m_issueCount));
        return false;
    }
    m_summary->showSummary(summaryDocument(QDateTime::currentDateTime()), correctionLines(m_model));
    m_stack->setCurrentWidget(m_summary);
    return true;
}

void FormPage::backToForm()
{
    m_stack->setCurrentIndex(0);
    m_continue->setFocus(Qt::OtherFocusReason);
}

void FormPage::discardDraft()
{
    if (!m_confirmDiscard || !m_confirmDiscard(this))
        return;
    if (m_drafts) {
        const Status done = m_drafts->discard(m_draftId);
        if (!done) {
            Q_EMIT errorOccurred(done.error());
            return;
        }
    }
    m_autosave->stop();
    m_discarded = true;
    Q_EMIT draftDiscarded(m_draftId);
    Q_EMIT closeRequested();
}

void FormPage::requestClose()
{
    m_autosave->flush();
    Q_EMIT closeRequested();
}

void FormPage::showNotice()
{
    QStringList lines;
    if (m_issueCount > 0)
        lines.append(tr("%n answer(s) need your attention", "", m_issueCount));
    lines.append(m_unplacedIssues);
    if (m_prefillError)
        lines.append(tr("The data the administration already holds about you could not be "
                        "fetched: %1")
                         .arg(m_prefillError->userMessage()));
    QStringList unreachable;
    for (const QString& source : m_model.unavailableSources())
        unreachable.append(forms::sourceDisplayName(source));
    if (!unreachable.isEmpty())
        lines.append(tr("Not reachable now: %1. The answers they provide stay empty until "
                        "you try again.")
                         .arg(unreachable.join(QStringLiteral(", "))));
    const QString text = lines.join(u'\n');
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
    m_retryPrefill->setVisible(m_prefillError.has_value() || !unreachable.isEmpty());
}

void FormPage::rebuildTabOrder()
{
    QList<QWidget*> chain{m_retryPrefill};
    chain.append(m_content->tabChain());
    chain.append({m_discard, m_close, m_continue});
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

void FormPage::retranslateOwnTexts()
{
    const forms::FormDefinition& form = m_model.definition();
    m_heading->setText(form.title);
    AccessibleNames::scrollArea(m_scroll, tr("Form"));
    m_description->setText(form.description);
    m_description->setVisible(!form.description.isEmpty());
    m_retryPrefill->setText(tr("&Try again"));
    m_retryPrefill->setAccessibleName(tr("Fetch your data again"));
    m_continue->setText(tr("&Continue to summary"));
    m_discard->setText(tr("&Discard draft"));
    m_discard->setAccessibleName(tr("Discard the draft and delete its answers"));
    m_close->setText(tr("C&lose"));
    m_close->setAccessibleName(tr("Close the form; the draft is kept"));
    showNotice();
}

void FormPage::retranslate()
{
    retranslateOwnTexts();
    m_content->retranslate();
    m_autosave->retranslate();
    if (isShowingSummary())
        m_summary->showSummary(summaryDocument(m_summary->document().confirmedAt),
                               correctionLines(m_model));
}

} // namespace guichet
