#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace guichet::CsvWriter {

// A CSV file as RFC 4180 describes it: fields holding the separator, a double quote
// or a line break are quoted (quotes doubled), records end with CRLF. UTF-8 with a
// byte order mark, without which spreadsheet programs read accents as Windows-1252.
//
// The separator is a comma, or a semicolon where spreadsheets expect one: where the
// decimal mark is a comma (French, German), Excel splits fields on semicolons only.
//
// A field starting with = + - @ (or a tab or carriage return) gets a leading
// apostrophe: spreadsheet programs would otherwise run it as a formula, and the
// texts come from the portal (OWASP "CSV injection").
[[nodiscard]] QByteArray document(const QStringList& header, const QList<QStringList>& rows,
                                  QChar separator = u',');

// One field as it appears in the file (quoted when needed).
[[nodiscard]] QString field(const QString& value, QChar separator = u',');

// The separator the spreadsheet programs of a locale expect.
[[nodiscard]] QChar separatorFor(const QLocale& locale);

} // namespace guichet::CsvWriter
