#pragma once

#include "Result.h"
#include "SummaryDocument.h"

#include <QByteArray>

namespace guichet::forms {

// Draws the summary a person signs into a PDF 1.6 (A4, one header and one "Page X of Y"
// footer per page, the PDF's title set to the form's title). Answers are laid out as a
// table: label in bold, answer, then its provenance in smaller grey text; a row moves to
// the next page rather than being split, unless it is taller than a page. Every text is
// drawn literally (never parsed as markup). Needs a QGuiApplication (fonts); works with
// the offscreen platform. Fails with SummaryPdfFailed (SIGN-002).
[[nodiscard]] Result<QByteArray> renderSummaryPdf(const SummaryDocument& document);

} // namespace guichet::forms
