#pragma once

// Writes qpdf objects back as PDF text for an incremental update, with some entries
// replaced: the rest of a changed dictionary must be carried over exactly (indirect
// references stay references).
#include <QByteArray>

#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <string>

namespace guichet::forms::pdf {

// "N G R".
[[nodiscard]] QByteArray referenceText(int number, int generation = 0);
[[nodiscard]] QByteArray referenceText(QPDFObjectHandle indirectObject);
// A dictionary's own entries (not resolved through its reference), with the keys of
// `replaced` ("/Annots" -> text) set to the given text.
[[nodiscard]] QByteArray dictionaryText(QPDFObjectHandle dictionary,
                                        const std::map<std::string, QByteArray>& replaced);
// An array's items plus one more at the end; a null or non-array handle counts as empty.
[[nodiscard]] QByteArray arrayTextWith(QPDFObjectHandle array, const QByteArray& appended);
// A PDF text string (PDFDocEncoding, or UTF-16BE for other characters).
[[nodiscard]] QByteArray textStringText(const QString& text);

} // namespace guichet::forms::pdf
