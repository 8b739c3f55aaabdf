#pragma once

#include "Error.h"
#include "FormGateway.h"
#include "FormPage.h"
#include "Page.h"
#include "SpaceList.h"
#include "TokenTypes.h"

#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace guichet {

class CardService;
class CertificateChoice;
class FormSigning;
class LanguageManager;
struct SignatureKey;

// "My forms": the forms in progress (drafts) of the signed-in person, and the form
// being filled in. A procedure's "Start online procedure" opens a new draft here;
// a draft resumes where it was left, also offline (the form is kept from the last
// time). Signing and submitting happen here too, and what was sent is listed until
// the portal has answered.
class FormsPage : public Page
{
    Q_OBJECT

public:
    FormsPage(forms::FormGateway& gateway, CardService* cards, LanguageManager* languages,
              QWidget* parent = nullptr);
    ~FormsPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("forms"); }
    [[nodiscard]] QString title() const override;
    // The form on screen; null when the list is shown.
    [[nodiscard]] FormPage* currentForm() const { return m_form; }
    [[nodiscard]] FormSigning& signing() const { return *m_signing; }
    [[nodiscard]] CertificateChoice& certificateChoice() const { return *m_choice; }

    // The person's spaces: the certificate chosen to sign is remembered per space.
    void setSpaces(SpaceList* spaces);
    // A viewer of the space cannot start or submit forms (the reason is shown); empty = can.
    void setReadOnlyReason(const QString& reason);

public Q_SLOTS:
    // A new draft of the form (from the catalogue).
    void startForm(const QString& formId);
    void resumeDraft(const QString& draftId);
    void showList();
    void reloadDrafts();

Q_SIGNALS:
    // The page wants to be on screen (a form was opened from another page).
    void showRequested();
    void errorOccurred(const guichet::Error& error);
    // A form was opened and its prefill requested (tests wait for it).
    void formOpened(const QString& formId);

protected:
    void retranslate() override;

private:
    [[nodiscard]] QString language() const;
    void openForm(const QJsonObject& json, const QString& draftId, const QJsonObject& draft);
    void relabelForm();
    void signCurrentForm();
    void signWith(const std::optional<SignatureKey>& key);
    void askContactThenSubmit();
    void showTrackingCode(const QString& reference, const QString& trackingCode);
    void setStatus(const QString& text);

    forms::FormGateway& m_gateway;
    CardService* m_cards;
    LanguageManager* m_languages;
    FormSigning* m_signing = nullptr;
    CertificateChoice* m_choice = nullptr;
    QPointer<SpaceList> m_spaces;
    QString m_readOnlyReason;
    QPointer<FormPage> m_form;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_drafts = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_discard = nullptr;
    QWidget* m_host = nullptr;
    // What was submitted since start, newest first, kept by outbox id and worded when
    // shown (so a language switch rewords it, and an answer finds its line by id).
    struct Submission
    {
        QString outboxId;
        QString formTitle;
        bool signedPackage = true;
        bool received = false;
        QString dossierId; // empty for a submission without a card
        QString reference;
    };
    [[nodiscard]] QString describe(const Submission& submission) const;
    void received(const QString& outboxId, const QString& dossierId, const QString& reference);
    QList<Submission> m_sent;
    QString m_transient;         // "Signing…", "Opening the form…": the step under way
    bool m_packageSigned = true; // whether the package being made is signed
};

} // namespace guichet
