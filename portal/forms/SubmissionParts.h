#pragma once

#include "DocumentVault.h"
#include "FormGateway.h"
#include "Result.h"
#include "StoreTypes.h"

#include <QJsonArray>

namespace guichet::forms {

// Puts a package's files into the vault and lays them out as the multipart parts of
// an outbox entry (OutboxRequest's "fileParts"): `submission` (the manifest, sent as a
// file part so its bytes — the ones embedded in the PDF — are never re-serialised),
// the PDF under `pdfPart` (`package` for a dossier, `summary` for a public
// submission), and one `attachments` part per new file (documents already in the
// space are named in the manifest and have no part). Vault ids are content-addressed
// under `prefix`, so a repeat of the same bytes is the same entry.
[[nodiscard]] Result<QJsonArray> packSubmissionParts(const SubmissionPackage& package,
                                                     const QString& pdfPart, const QString& prefix,
                                                     store::DocumentVault& vault,
                                                     QList<store::OutboxAttachment>& attachments);

} // namespace guichet::forms
