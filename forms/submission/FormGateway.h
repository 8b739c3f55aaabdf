#pragma once

#include "Company.h"
#include "FormModel.h"
#include "Result.h"
#include "SubmitterContact.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// Where forms come from and where finished ones go: the portal for a signed-in
// person (their space), or the public procedures for someone without a card. The
// form screens know only this interface; the portal room implements it, and tests
// may too. Results come back through callbacks on the caller's thread, never
// before the call returns.
namespace guichet::forms {

class DraftStore;

// A file that goes with a submission: a file the person chose (content set) or a
// document already in their space (documentId set, no content).
struct SubmissionFile
{
    QString requirementId;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    QString documentId;
    QByteArray content;
};

// What is sent: the manifest (exactly the bytes embedded in the PDF), the signed
// summary PDF (left unsigned for a form without signature), and the files.
struct SubmissionPackage
{
    QString formId;
    QString formTitle;
    QByteArray manifest;
    QByteArray signedPdf;
    QList<SubmissionFile> files;
};

// A document of the person's space offered for personal re-use as an attachment.
struct SpaceDocument
{
    QString id;
    QString title;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
};

class FormGateway : public QObject
{
    Q_OBJECT

public:
    using JsonDone = std::function<void(const Result<QJsonObject>&)>;
    using QueueDone = std::function<void(const Result<QString>&)>;

    using QObject::QObject;

    // The space the form is filled for; empty for a public (unauthenticated) procedure.
    [[nodiscard]] virtual QString spaceId() const = 0;
    // Who fills it in (shown in the summary), and for a professional space the company.
    [[nodiscard]] virtual QString personName() const = 0;
    [[nodiscard]] virtual QString companyName() const { return company().name; }
    // The company the form is submitted on behalf of; empty in a private space.
    [[nodiscard]] virtual Company company() const { return {}; }

    // The FormDefinition JSON in one language (from the portal, or the copy kept
    // from the last time when offline).
    virtual void fetchForm(const QString& formId, const QString& language, QObject* context,
                           JsonDone done) = 0;
    // The PrefillResult for the form (empty result for public procedures).
    virtual void fetchPrefill(const QString& formId, const QString& version,
                              const QString& language, QObject* context, JsonDone done) = 0;
    // Records the person's consent on the portal (the Consent JSON comes back).
    virtual void giveConsent(const ConsentNeeded& consent, const QString& formId, QObject* context,
                             JsonDone done) = 0;
    // Queues a correction request to the source through the outbox (committed on return).
    [[nodiscard]] virtual Result<QString> queueCorrection(const CorrectionProposal& proposal) = 0;
    // Queues the signed package through the outbox (committed on return); the id of
    // the outbox entry comes back. The dossier appears in My procedures once sent.
    [[nodiscard]] virtual Result<QString> queueSubmission(const SubmissionPackage& package) = 0;

    // Personal re-use: documents of the space that may be attached.
    [[nodiscard]] virtual QList<SpaceDocument> spaceDocuments() const { return {}; }
    // Where this person's drafts are kept; null when none can be kept (nobody signed
    // in, or the drafts database could not be opened).
    [[nodiscard]] virtual DraftStore* drafts() const { return nullptr; }

    // Public procedures: without a card the person says who they are before
    // submitting; the contact goes into the manifest. A signed-in person's gateway
    // needs none (the card says who they are) and ignores it.
    [[nodiscard]] virtual bool needsSubmitterContact() const { return false; }
    [[nodiscard]] virtual SubmitterContact submitterContact() const { return {}; }
    virtual void setSubmitterContact(const SubmitterContact& contact) { Q_UNUSED(contact); }

Q_SIGNALS:
    // The gateway now serves another space (the person switched spaces): a form or
    // drafts on screen belong to the previous one.
    void spaceChanged();
    // A queued submission reached the portal: its dossier (D-…) and the reference the
    // person quotes; or it was refused for good.
    void submissionSent(const QString& outboxId, const QString& dossierId,
                        const QString& reference);
    void submissionRefused(const QString& outboxId, const guichet::Error& error);
    // A public submission reached the portal: its reference (PS-…) and the tracking
    // code the person needs to follow it. The code is a secret shown once: it is not
    // kept anywhere by the application.
    void publicSubmissionSent(const QString& outboxId, const QString& reference,
                              const QString& trackingCode);
};

} // namespace guichet::forms
