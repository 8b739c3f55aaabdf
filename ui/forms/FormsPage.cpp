#include "FormsPage.h"

#include "Announcer.h"
#include "CardService.h"
#include "CertificateChoice.h"
#include "DisabledReason.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FormPage.h"
#include "FormSchemaParser.h"
#include "FormSigning.h"
#include "LanguageManager.h"
#include "PageLayout.h"
#include "SpaceList.h"
#include "SubmitterContactDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

constexpr int DraftIdRole = Qt::UserRole + 1;

} // namespace

FormsPage::FormsPage(forms::FormGateway& gateway, CardService* cards, LanguageManager* languages,
                     QWidget* parent)
    : Page(parent), m_gateway(gateway), m_cards(cards), m_languages(languages),
      m_signing(new FormSigning(gateway, cards, this)),
      m_choice(new CertificateChoice(nullptr, this))
{
    setObjectName(QStringLiteral("formsPage"));
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* list = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(list);
    m_heading = PageLayout::heading(list);
    m_intro = new QLabel(list);
    m_intro->setWordWrap(true);
    m_status = new QLabel(list);
    m_status->setObjectName(QStringLiteral("formsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    // A stop for the keyboard: the reference can be read and copied from there.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty = new QLabel(list);
    m_empty->setObjectName(QStringLiteral("formsEmpty"));
    m_empty->setWordWrap(true);
    m_drafts = new QListWidget(list);
    m_drafts->setObjectName(QStringLiteral("draftList"));
    m_resume = new QPushButton(list);
    m_resume->setObjectName(QStringLiteral("resumeDraft"));
    m_discard = new QPushButton(list);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_drafts, 1);
    layout->addLayout(buttons);
    m_stack->addWidget(list);
    m_host = new QWidget(m_stack);
    auto* hostLayout = new QVBoxLayout(m_host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_host);

    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_drafts->currentItem())
            resumeDraft(item->data(DraftIdRole).toString());
    });
    connect(m_drafts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { resumeDraft(item->data(DraftIdRole).toString()); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_drafts->currentItem();
        if (!item || !m_gateway.drafts())
            return;
        // The draft's title is the portal's form title: plain text, never markup.
        QMessageBox confirm(QMessageBox::Question, tr("Discard draft"),
                            tr("Discard “%1”? Its answers and attached files will be "
                               "deleted from this computer.")
                                .arg(item->text()),
                            QMessageBox::Yes | QMessageBox::No, this);
        confirm.setObjectName(QStringLiteral("discardDraftBox"));
        confirm.setTextFormat(Qt::PlainText);
        confirm.setDefaultButton(QMessageBox::No);
        if (confirm.exec() != QMessageBox::Yes)
            return;
        if (Status gone = m_gateway.drafts()->discard(item->data(DraftIdRole).toString()); !gone)
            Q_EMIT errorOccurred(gone.error());
        reloadDrafts();
    });
    connect(m_drafts, &QListWidget::currentItemChanged, this, [this] {
        DisabledReason::apply(m_resume, m_drafts->currentItem(), DisabledReason::chooseInList());
        DisabledReason::apply(m_discard, m_drafts->currentItem(), DisabledReason::chooseInList());
    });
    if (m_cards)
        connect(m_cards, &CardService::tokensChanged, m_signing, &FormSigning::setTokens);
    connect(m_signing, &FormSigning::failed, this, [this](const Error& error) {
        setStatus({});
        Q_EMIT errorOccurred(error);
    });
    connect(m_signing, &FormSigning::queued, this,
            [this](const QString& outboxId, const QString& formTitle) {
                m_sent.prepend({outboxId, formTitle, m_packageSigned, false, {}, {}});
                showList();
                Announcer::announce(this, describe(m_sent.first()));
            });
    connect(&m_gateway, &forms::FormGateway::submissionSent, this,
            [this](const QString& outboxId, const QString& dossierId, const QString& reference) {
                received(outboxId, dossierId, reference);
            });
    connect(&m_gateway, &forms::FormGateway::publicSubmissionSent, this,
            [this](const QString& outboxId, const QString& reference, const QString& code) {
                received(outboxId, {}, reference);
                showTrackingCode(reference, code);
            });
    // Another space: its drafts, not the previous space's; a form left open stays a
    // draft of the space it was started in (saved as it is typed).
    connect(&m_gateway, &forms::FormGateway::spaceChanged, this, &FormsPage::showList);
    connect(&m_gateway, &forms::FormGateway::submissionRefused, this,
            [this](const QString&, const Error& error) { Q_EMIT errorOccurred(error); });
    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this, &FormsPage::relabelForm);
    retranslate();
    reloadDrafts();
}

FormsPage::~FormsPage() = default;

void FormsPage::setSpaces(SpaceList* spaces)
{
    m_spaces = spaces;
    m_choice->setSpaces(spaces);
}

void FormsPage::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    setStatus({});
}

QString FormsPage::title() const
{
    return tr("My forms");
}

QString FormsPage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("fr");
}

QString FormsPage::describe(const Submission& submission) const
{
    if (submission.received && !submission.dossierId.isEmpty())
        return tr("Received by the portal: dossier %1, reference %2. Follow it in My procedures.")
            .arg(submission.dossierId, submission.reference);
    if (submission.received)
        return tr("Received by the portal: reference %1.").arg(submission.reference);
    return submission.signedPackage
               ? tr("“%1” is signed and saved; it is sent as soon as the portal can be reached.")
                     .arg(submission.formTitle)
               : tr("“%1” is saved; it is sent as soon as the portal can be reached.")
                     .arg(submission.formTitle);
}

void FormsPage::received(const QString& outboxId, const QString& dossierId,
                         const QString& reference)
{
    for (Submission& submission : m_sent) {
        if (submission.outboxId != outboxId)
            continue;
        submission.received = true;
        submission.dossierId = dossierId;
        submission.reference = reference;
        // The reference arrives later, while the person may be anywhere in the window.
        Announcer::announce(this, describe(submission));
    }
    setStatus(m_transient);
}

void FormsPage::setStatus(const QString& text)
{
    m_transient = text;
    QStringList lines;
    if (!text.isEmpty())
        lines.append(text);
    for (const Submission& submission : m_sent)
        lines.append(describe(submission));
    if (!m_readOnlyReason.isEmpty() && !lines.contains(m_readOnlyReason))
        lines.append(m_readOnlyReason);
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());
}

void FormsPage::reloadDrafts()
{
    m_drafts->clear();
    forms::DraftStore* store = m_gateway.drafts();
    if (store) {
        const auto drafts = store->list(m_gateway.spaceId());
        if (!drafts) {
            Q_EMIT errorOccurred(drafts.error());
        } else {
            const QLocale locale;
            for (const forms::DraftSummary& draft : drafts.value()) {
                auto* item = new QListWidgetItem(
                    tr("%1 — changed %2")
                        .arg(draft.title,
                             locale.toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)),
                    m_drafts);
                item->setData(DraftIdRole, draft.id);
            }
        }
    }
    m_empty->setVisible(m_drafts->count() == 0);
    m_drafts->setVisible(m_drafts->count() > 0);
    DisabledReason::apply(m_resume, false, DisabledReason::chooseInList());
    DisabledReason::apply(m_discard, false, DisabledReason::chooseInList());
    setStatus({});
}

void FormsPage::startForm(const QString& formId)
{
    Q_EMIT showRequested();
    if (!m_readOnlyReason.isEmpty()) {
        setStatus(m_readOnlyReason);
        return;
    }
    setStatus(tr("Opening the form…"));
    const QString lang = language();
    m_gateway.fetchForm(formId, lang, this, [this, lang](const Result<QJsonObject>& json) {
        if (!json) {
            setStatus({});
            Q_EMIT errorOccurred(json.error());
            return;
        }
        openForm(json.value(), {}, {});
    });
}

void FormsPage::resumeDraft(const QString& draftId)
{
    forms::DraftStore* store = m_gateway.drafts();
    if (!store)
        return;
    const auto summary = store->summary(draftId);
    const auto content = store->load(draftId);
    if (!summary || !content) {
        Q_EMIT errorOccurred(summary ? content.error() : summary.error());
        return;
    }
    Q_EMIT showRequested();
    const QJsonObject draft = content.value();
    m_gateway.fetchForm(summary.value().formId, language(), this,
                        [this, draftId, draft](const Result<QJsonObject>& json) {
                            if (!json) {
                                Q_EMIT errorOccurred(json.error());
                                return;
                            }
                            openForm(json.value(), draftId, draft);
                        });
}

void FormsPage::openForm(const QJsonObject& json, const QString& draftId, const QJsonObject& draft)
{
    Result<forms::FormDefinition> definition = forms::parseFormDefinition(json, language());
    if (!definition) {
        setStatus({});
        Q_EMIT errorOccurred(definition.error());
        return;
    }
    forms::FormModel model(definition.value());
    QString id = draftId;
    if (!draft.isEmpty() && !model.restoreDraft(draft)) {
        Q_EMIT errorOccurred(Error(
            ErrorCode::DraftUnreadable,
            QStringLiteral("draft %1 is not a draft of %2").arg(draftId, definition.value().id)));
        return;
    }
    forms::DraftStore* store = m_gateway.drafts();
    if (id.isEmpty() && store) {
        forms::DraftSummary summary;
        summary.spaceId = m_gateway.spaceId();
        summary.formId = definition.value().id;
        summary.formVersion = definition.value().version;
        summary.procedureId = definition.value().procedureId;
        summary.title = definition.value().title;
        summary.createdAt = QDateTime::currentDateTimeUtc();
        const Result<QString> created = store->create(summary);
        if (!created)
            Q_EMIT errorOccurred(created.error()); // the form still opens; nothing is kept
        else
            id = created.value();
    }
    if (m_form)
        m_form->deleteLater();
    m_form = new FormPage(std::move(model), &m_gateway, store, id, m_host);
    m_host->layout()->addWidget(m_form);
    connect(m_form, &FormPage::errorOccurred, this, &FormsPage::errorOccurred);
    connect(m_form, &FormPage::closeRequested, this, &FormsPage::showList);
    connect(m_form, &FormPage::draftDiscarded, this, &FormsPage::showList);
    connect(m_form, &FormPage::signRequested, this, &FormsPage::signCurrentForm);
    m_stack->setCurrentWidget(m_host);
    setStatus({});
    Q_EMIT formOpened(definition.value().id);
}

void FormsPage::relabelForm()
{
    if (!m_form)
        return;
    const forms::FormDefinition& current = m_form->model().definition();
    const QString lang = language();
    if (current.language == lang)
        return;
    QPointer<FormPage> form = m_form;
    m_gateway.fetchForm(current.id, lang, this, [form, lang](const Result<QJsonObject>& json) {
        if (!form || !json)
            return; // the form keeps its texts; the answers are unaffected either way
        Result<forms::FormDefinition> definition = forms::parseFormDefinition(json.value(), lang);
        if (definition)
            form->replaceDefinition(definition.value());
    });
}

void FormsPage::signCurrentForm()
{
    if (!m_form || m_signing->isRunning())
        return;
    if (!m_readOnlyReason.isEmpty()) {
        Q_EMIT errorOccurred(Error(ErrorCode::SpaceReadOnly, m_readOnlyReason));
        return;
    }
    if (m_gateway.needsSubmitterContact()) {
        askContactThenSubmit();
        return;
    }
    const QList<SignatureKey> keys = m_signing->signatureKeys();
    if (!m_form->model().definition().signatureRequired || keys.size() < 2) {
        signWith(std::nullopt);
        return;
    }
    // Several signature certificates (a business user's stick): the one for this space.
    const forms::Company company = m_gateway.company();
    const std::optional<SpaceInfo> space = m_spaces ? m_spaces->current() : std::nullopt;
    const QString spaceName = space               ? space->shownName()
                              : company.isEmpty() ? tr("your private space")
                                                  : company.name;
    m_choice->choose(keys, m_gateway.spaceId(), spaceName, company.name,
                     [this](const SignatureKey& key) { signWith(key); });
}

void FormsPage::signWith(const std::optional<SignatureKey>& key)
{
    if (!m_form || m_signing->isRunning())
        return; // the form was closed while the chooser was open
    m_packageSigned = m_form->model().definition().signatureRequired;
    setStatus(m_packageSigned ? tr("Signing… follow the instructions of your card reader.")
                              : tr("Preparing your submission…"));
    m_signing->start(m_form->model(), m_form->draftId(), m_form->model().definition().language,
                     key);
}

void FormsPage::askContactThenSubmit()
{
    // Opened, not exec'd: the screen stays alive and tests fill it like a person.
    auto* dialog = new SubmitterContactDialog(m_gateway.submitterContact(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_form || m_signing->isRunning())
            return;
        m_gateway.setSubmitterContact(dialog->contact());
        m_packageSigned = false; // no card, so no signature
        setStatus(tr("Preparing your submission…"));
        m_signing->start(m_form->model(), m_form->draftId(), m_form->model().definition().language);
    });
    dialog->open();
}

void FormsPage::showTrackingCode(const QString& reference, const QString& trackingCode)
{
    // Shown once: the application keeps no copy, so the person must note it now.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Submission received"),
                                tr("Your submission was received with reference %1.\n\n"
                                   "Tracking code: %2\n\n"
                                   "Write this code down or copy it now: it is shown only once, "
                                   "and you need it with the reference to follow your "
                                   "submission.")
                                    .arg(reference, trackingCode),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("trackingCodeBox"));
    box->setTextFormat(Qt::PlainText); // the portal's text, never markup
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton* copy = box->addButton(tr("&Copy"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyTrackingCode"));
    // Copy leaves the box open: the person may still want to read or write it down.
    disconnect(copy, &QAbstractButton::clicked, nullptr, nullptr);
    connect(copy, &QPushButton::clicked, box,
            [trackingCode] { QApplication::clipboard()->setText(trackingCode); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FormsPage::showList()
{
    if (m_form) {
        m_form->deleteLater();
        m_form = nullptr;
    }
    m_stack->setCurrentIndex(0);
    reloadDrafts();
    // Back from a form (closed, discarded, signed): the focus goes where the person
    // reads on, never to the page around the list, where it could not be seen.
    if (m_drafts->count() > 0)
        m_drafts->setFocus(Qt::OtherFocusReason);
    else if (!m_status->isHidden())
        m_status->setFocus(Qt::OtherFocusReason);
}

void FormsPage::retranslate()
{
    m_heading->setText(title());
    m_drafts->setAccessibleName(tr("Drafts"));
    m_intro->setText(tr("Forms you started are kept here as drafts until you sign and submit "
                        "them. Start a new one from Procedures (“Start online procedure”)."));
    m_empty->setText(tr("No form in progress."));
    m_resume->setText(tr("&Resume"));
    m_discard->setText(tr("&Discard…"));
    setStatus(m_transient); // the submissions' lines in the new language
    Q_EMIT titleChanged();
}

} // namespace guichet
