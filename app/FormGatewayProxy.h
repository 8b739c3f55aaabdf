#pragma once

#include "FormGateway.h"

#include <QPointer>

namespace guichet {

// The form screens are built once, at start-up; a person's gateway (their space on
// the portal, their drafts) exists only while they are signed in. This forwards to
// the current one: the person's while signed in, the public one (procedures open
// without a card) otherwise; with no target at all every call fails with AUTH-010
// (sign in first) and there are no drafts.
class FormGatewayProxy final : public forms::FormGateway
{
    Q_OBJECT

public:
    using forms::FormGateway::FormGateway;

    void setTarget(forms::FormGateway* target);

    [[nodiscard]] QString spaceId() const override;
    [[nodiscard]] QString personName() const override;
    [[nodiscard]] forms::Company company() const override;
    void fetchForm(const QString& formId, const QString& language, QObject* context,
                   JsonDone done) override;
    void fetchPrefill(const QString& formId, const QString& version, const QString& language,
                      QObject* context, JsonDone done) override;
    void giveConsent(const forms::ConsentNeeded& consent, const QString& formId, QObject* context,
                     JsonDone done) override;
    [[nodiscard]] Result<QString>
    queueCorrection(const forms::CorrectionProposal& proposal) override;
    [[nodiscard]] Result<QString> queueSubmission(const forms::SubmissionPackage& package) override;
    [[nodiscard]] QList<forms::SpaceDocument> spaceDocuments() const override;
    [[nodiscard]] forms::DraftStore* drafts() const override;
    [[nodiscard]] bool needsSubmitterContact() const override;
    [[nodiscard]] forms::SubmitterContact submitterContact() const override;
    void setSubmitterContact(const forms::SubmitterContact& contact) override;

private:
    QPointer<forms::FormGateway> m_target;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace guichet
