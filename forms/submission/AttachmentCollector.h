#pragma once

#include "FormGateway.h"
#include "FormModel.h"
#include "Result.h"

namespace guichet::forms {

class DraftStore;

// The files of the visible attachment answers (group repetitions included), ready to
// go into the manifest and the package: a file the person chose comes from the
// draft's copy (checked against its digest), a document of the space is named by id.
// A file missing from the draft is FORM-008: the person attaches it again, nothing
// is sent without it.
[[nodiscard]] Result<QList<SubmissionFile>>
collectAttachments(const FormModel& model, const DraftStore* drafts, const QString& draftId,
                   const QList<SpaceDocument>& spaceDocuments);

} // namespace guichet::forms
