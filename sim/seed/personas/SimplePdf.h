#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace guichet::sim::seed {

// A one-page A4 PDF (PDF 1.4, Helvetica) with a bold title and a few lines of text:
// enough for the simulated portal to hand out real, openable documents without
// shipping binary files. The output depends only on the arguments, so seeds stay
// deterministic and their SHA-256 can be checked.
QByteArray simplePdf(const QString& title, const QStringList& lines);

} // namespace guichet::sim::seed
