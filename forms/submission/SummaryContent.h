#pragma once

#include "FormGateway.h"
#include "FormModel.h"
#include "SummaryDocument.h"

namespace guichet::forms {

struct SummaryPeople
{
    QString personName;
    QString onBehalfOf;   // the company for a professional space, with its register number
    QString signedWith{}; // the certificate that signs, as the person reads it; empty = none
};

// What the person signs, made from the model in the form's language (the one of its
// definition): every answer that is sent, with its provenance, the attachments with
// their SHA-256 (size and type from `files`, matched by digest) and the closing
// statement. The summary screen shows this same content, and the PDF draws it.
[[nodiscard]] SummaryDocument summaryContent(const FormModel& model,
                                             const QList<SubmissionFile>& files,
                                             const SummaryPeople& people,
                                             const QDateTime& confirmedAt);

} // namespace guichet::forms
