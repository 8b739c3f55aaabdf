#pragma once

// The form side of a PDF signature: an invisible signature field (a field merged
// with its widget annotation) on page 1, listed in the page's /Annots and in the
// AcroForm's /Fields, with /SigFlags 3 (signatures exist; append only).
#include "PdfIncrementalUpdate.h"

#include <QString>

#include <qpdf/QPDF.hh>

#include <optional>

namespace guichet::forms::pdf {

// Puts the field and every object it changes (page or its /Annots array, catalog or
// AcroForm or its /Fields array) into `update`. `signatureNumber` is the signature
// dictionary's object. Returns why it cannot, or nothing. May throw qpdf's exceptions.
[[nodiscard]] std::optional<QString> addSignatureField(QPDF& document, PdfIncrementalUpdate& update,
                                                       int signatureNumber);

} // namespace guichet::forms::pdf
