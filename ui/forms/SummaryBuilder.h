#pragma once

#include "FormModel.h"
#include "SummaryDocument.h"

#include <QDateTime>
#include <QStringList>

namespace guichet {

class AttachmentFiles;

// What the person reads before signing, made from the model: every visible answer
// with its provenance, by section, and the attachments with their digests, in the
// current language. The summary screen shows it and the summary PDF draws it, so
// the person signs exactly what they read. `files` may be null (no sizes then).
[[nodiscard]] forms::SummaryDocument buildSummaryDocument(const forms::FormModel& model,
                                                          const AttachmentFiles* files,
                                                          const QString& personName,
                                                          const QString& companyName,
                                                          const QDateTime& confirmedAt);

// One line per correction the person proposes to an authentic source.
[[nodiscard]] QStringList correctionLines(const forms::FormModel& model);

} // namespace guichet
