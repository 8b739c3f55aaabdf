#pragma once

// The package the application sends with a submission, made the way the application
// makes it: a summary PDF drawn by QPdfWriter, submission.json embedded, then signed
// as PAdES B-B. Needs a QGuiApplication (QTEST_MAIN with Qt6::Gui linked) and
// guichet_forms_pdf.
#include "PadesSigner.h"
#include "PdfEmbeddedFile.h"
#include "Signer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace guichet::test {

// A PDF of `pages` A4 pages of text, written by Qt's own PDF writer.
inline QByteArray makeQtPdf(int pages, const QString& title = QStringLiteral("Summary"))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Guichet Desktop tests"));
    QString html = QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    for (int page = 1; page <= pages; ++page) {
        html += QStringLiteral("<h2 style=\"page-break-before: %1\">Section %2</h2>")
                    .arg(page == 1 ? QStringLiteral("auto") : QStringLiteral("always"))
                    .arg(page);
        for (int line = 0; line < 12; ++line)
            html += QStringLiteral("<p>Question %1.%2 — réponse « exemple » %2</p>")
                        .arg(page)
                        .arg(line);
    }
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    buffer.close();
    return bytes;
}

// Summary PDF -> embed `manifest` as submission.json -> PAdES signature.
inline Result<QByteArray> makeSignedPackage(const QByteArray& manifest, Signer& signer,
                                            int pages = 2)
{
    const Result<QByteArray> withManifest = forms::embedFile(
        makeQtPdf(pages), QStringLiteral("submission.json"), manifest,
        QStringLiteral("application/json"), QStringLiteral("Machine-readable submission"));
    if (!withManifest)
        return withManifest.error();
    forms::PadesOptions options;
    options.signingTime = QDateTime::currentDateTimeUtc();
    options.reason = QStringLiteral("Submission to the portal");
    return forms::signPdf(withManifest.value(), signer, options);
}

} // namespace guichet::test
