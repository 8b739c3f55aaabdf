#pragma once

// Finds the signature dictionaries of a PDF through its AcroForm signature fields.
#include "PdfByteRange.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace guichet::forms::pdf {

struct FoundSignature
{
    ByteRange range;
    QByteArray contents;  // /Contents, decoded (the CMS followed by the padding)
    QByteArray subFilter; // "/ETSI.CAdES.detached", ...
    QByteArray time;      // /M as written
    QString name;
    QString reason;
    int signatureCount = 0; // signed signature fields in the document
};

// The signature covering the most of the file (the last one made). SignatureInvalid
// when the document cannot be read or has no signed signature field.
[[nodiscard]] Result<FoundSignature> findLastSignature(const QByteArray& pdf);

} // namespace guichet::forms::pdf
