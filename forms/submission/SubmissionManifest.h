#pragma once

#include "FormGateway.h"
#include "FormModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet::forms {

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
};

// The machine-readable submission (SubmissionManifest in docs/api/portal.yaml):
// form id and version, the visible answers with their provenance, the attachments
// with their SHA-256. Compact JSON with sorted keys: these exact bytes are embedded
// in the signed PDF and sent as the `submission` part, and the portal compares them.
// With a contact it is a PublicSubmissionManifest (spaceId null, `contact` added).
[[nodiscard]] QByteArray buildManifest(const FormModel& model, const QList<SubmissionFile>& files,
                                       const ManifestContext& context);

} // namespace guichet::forms
