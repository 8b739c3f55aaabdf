#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace guichet::forms {

// Adds a file to a PDF as an associated file of the document (PDF/A-3 style): listed
// in the EmbeddedFiles name tree and in the catalog's /AF with /AFRelationship /Data,
// its /Params carrying size and MD5 checksum, /Subtype the media type. The PDF is
// rewritten completely (not an incremental update): embed before signing. A file of
// the same name is replaced. Fails with SummaryPdfFailed (SIGN-002).
[[nodiscard]] Result<QByteArray> embedFile(const QByteArray& pdf, const QString& fileName,
                                           const QByteArray& content, const QString& mediaType,
                                           const QString& description);

// The exact bytes of the embedded file `fileName`. SummaryPdfFailed (SIGN-002) when
// the PDF cannot be read or has no such file.
[[nodiscard]] Result<QByteArray> extractEmbeddedFile(const QByteArray& pdf,
                                                     const QString& fileName);

} // namespace guichet::forms
