#pragma once

#include "FormGateway.h"
#include "FormModel.h"
#include "SummaryDocument.h"

namespace guichet::forms {

struct SummaryPeople
{
    QString personName;
    QString onBehalfOf; // the company for a professional space
};

// What the person signs, made from the model in the form's language (the one of its
// definition): every visible answer with its provenance, the files with their SHA-256
// and the closing statement. The same content the summary screen shows.
[[nodiscard]] SummaryDocument summaryContent(const FormModel& model,
                                             const QList<SubmissionFile>& files,
                                             const SummaryPeople& people,
                                             const QDateTime& confirmedAt);

} // namespace guichet::forms
