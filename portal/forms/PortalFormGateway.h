#pragma once

#include "DocumentVault.h"
#include "FormGateway.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"

#include <QHash>

namespace guichet::forms {

// The FormGateway of a signed-in person's space, over the REST client, the local
// store and the outbox of that space. Forms are kept in the store once fetched, so
// a draft can be opened and filled in without a network; what must reach the portal
// (corrections, submissions) is committed to the outbox before the call returns.
class PortalFormGateway final : public FormGateway
{
    Q_OBJECT

public:
    struct Identity
    {
        QString spaceId;
        QString personName;
        Company company;              // of a professional space; empty in the private one
        DraftStore* drafts = nullptr; // owned by the caller, lives as long as the gateway
    };

    PortalFormGateway(net::PortalClient& client, store::LocalStore& store,
                      store::DocumentVault& vault, sync::OutboxSender& outbox, Identity identity,
                      QObject* parent = nullptr);

    [[nodiscard]] QString spaceId() const override { return m_identity.spaceId; }
    [[nodiscard]] QString personName() const override { return m_identity.personName; }
    [[nodiscard]] Company company() const override { return m_identity.company; }

    void fetchForm(const QString& formId, const QString& language, QObject* context,
                   JsonDone done) override;
    void fetchPrefill(const QString& formId, const QString& version, const QString& language,
                      QObject* context, JsonDone done) override;
    void giveConsent(const ConsentNeeded& consent, const QString& formId, QObject* context,
                     JsonDone done) override;
    [[nodiscard]] Result<QString> queueCorrection(const CorrectionProposal& proposal) override;
    [[nodiscard]] Result<QString> queueSubmission(const SubmissionPackage& package) override;
    [[nodiscard]] QList<SpaceDocument> spaceDocuments() const override;
    [[nodiscard]] DraftStore* drafts() const override { return m_identity.drafts; }

private:
    void onOutboxState(qint64 entryId, store::OutboxState state, const Error& error);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    store::DocumentVault& m_vault;
    sync::OutboxSender& m_outbox;
    Identity m_identity;
};

} // namespace guichet::forms
