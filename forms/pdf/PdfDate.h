#pragma once

// PDF date strings (ISO 32000-1, 7.9.4): "D:YYYYMMDDHHmmSS+HH'mm'".
#include <QByteArray>
#include <QDateTime>

namespace guichet::forms::pdf {

// Always written in UTC ("+00'00'"), to the second.
[[nodiscard]] QByteArray pdfDate(const QDateTime& time);
// Reads every form the standard allows (missing trailing parts, Z, +HH'mm', the
// "D:" prefix optional); an invalid QDateTime when the text is not a PDF date.
[[nodiscard]] QDateTime parsePdfDate(const QByteArray& text);

} // namespace guichet::forms::pdf
