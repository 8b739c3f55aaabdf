#pragma once

#include "FormGateway.h"
#include "FormModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet::forms {

// The certificate a package is signed with, as the manifest names it.
struct SigningCertificate
{
    QString sha256; // hex, lower case, of the DER (SubmissionPackager fills it from the signer)
    QString holder;
    QString organisation; // the company a professional certificate names (subject O=)
    QString issuer;

    [[nodiscard]] bool isEmpty() const { return sha256.isEmpty(); }
};

struct ManifestContext
{
    QString language;    // of the person's summary
    QString spaceId;     // empty for a public submission (sent as null)
    QDateTime createdAt; // when the person confirmed the summary
    QString clientName = QStringLiteral("Guichet Desktop");
    QString clientVersion;
    // SubmitterContact JSON of a public submission (who submits without a card);
    // empty for a signed-in person, and then the manifest has no `contact`.
    QJsonObject contact;
    // A professional space: the company the form is submitted on behalf of, and the
    // person who submits it (`onBehalfOf`, `submittedBy`); empty in a private space.
    Company onBehalfOf;
    QString submittedBy;
    // `signedWith`: the certificate chosen to sign; empty for an unsigned package.
    SigningCertificate signedWith;
};

// The machine-readable submission (SubmissionManifest in docs/api/portal.yaml):
// form id and version, the visible answers with their provenance, the attachments
// with their SHA-256. Compact JSON with sorted keys: these exact bytes are embedded
// in the signed PDF and sent as the `submission` part, and the portal compares them.
// With a contact it is a PublicSubmissionManifest (spaceId null, `contact` added).
// From a professional space it names the company and the person (`onBehalfOf`,
// `submittedBy`); a signed one names the certificate (`signedWith`).
[[nodiscard]] QByteArray buildManifest(const FormModel& model, const QList<SubmissionFile>& files,
                                       const ManifestContext& context);

} // namespace guichet::forms
