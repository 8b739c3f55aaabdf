#pragma once

#include "DocumentVault.h"
#include "FormGateway.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"

namespace guichet::forms {

// The FormGateway of someone who is not signed in: the procedures open without a
// card (`authentication: none`). Forms come from the portal without a token (and
// are kept for offline use, like the portal gateway does); there is no prefill, no
// consent and no correction without a card; drafts are kept in a "public" drafts
// file shared by everyone using this computer without signing in. Submissions go
// to POST /public/submissions with the contact the person typed.
//
// Why the outbox and not a direct send: a submission must survive a crash or a
// network failure between "Submit" and the portal's answer, exactly like a signed
// one, and the draft is discarded as soon as the submission is queued. The outbox
// keeps the request (and its Idempotency-Key) durably and resends it; the portal
// recognises the repeat by its key. Its files wait in a vault of the public folder
// (key "vault-key:public" in the keychain), given with attachOutbox() once open.
class PublicFormGateway final : public FormGateway
{
    Q_OBJECT

public:
    // drafts: owned by the caller, may be null (no drafts can be kept).
    PublicFormGateway(net::PortalClient& client, store::LocalStore& store, DraftStore* drafts,
                      QObject* parent = nullptr);

    // Drafts opened later (they are sealed with the folder's key, which the keychain
    // gives asynchronously); owned by the caller.
    void attachDrafts(DraftStore* drafts) { m_drafts = drafts; }

    // Where submissions wait until sent; until it is given, submitting is refused.
    void attachOutbox(store::DocumentVault& vault, sync::OutboxSender& outbox);

    [[nodiscard]] QString spaceId() const override { return {}; }
    [[nodiscard]] QString personName() const override { return m_contact.fullName(); }

    void fetchForm(const QString& formId, const QString& language, QObject* context,
                   JsonDone done) override;
    void fetchPrefill(const QString& formId, const QString& version, const QString& language,
                      QObject* context, JsonDone done) override;
    void giveConsent(const ConsentNeeded& consent, const QString& formId, QObject* context,
                     JsonDone done) override;
    [[nodiscard]] Result<QString> queueCorrection(const CorrectionProposal& proposal) override;
    [[nodiscard]] Result<QString> queueSubmission(const SubmissionPackage& package) override;
    [[nodiscard]] DraftStore* drafts() const override { return m_drafts; }

    [[nodiscard]] bool needsSubmitterContact() const override { return true; }
    [[nodiscard]] SubmitterContact submitterContact() const override { return m_contact; }
    void setSubmitterContact(const SubmitterContact& contact) override { m_contact = contact; }

private:
    void onOutboxState(qint64 entryId, store::OutboxState state, const Error& error);
    void forget(const store::OutboxEntry& entry);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    DraftStore* m_drafts;
    store::DocumentVault* m_vault = nullptr;
    sync::OutboxSender* m_outbox = nullptr;
    SubmitterContact m_contact;
};

} // namespace guichet::forms
