#include "SimplePdf.h"

#include <QList>

namespace guichet::sim::seed {

namespace {

// The standard fonts use WinAnsiEncoding, which is Latin-1 plus a few typographic
// characters in 0x80-0x9F; anything else becomes '?' rather than breaking the page.
char winAnsi(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF))
        return static_cast<char>(u);
    switch (u) {
    case 0x20AC:
        return static_cast<char>(0x80); // euro sign
    case 0x2019:
        return static_cast<char>(0x92); // right single quote
    case 0x201C:
        return static_cast<char>(0x93);
    case 0x201D:
        return static_cast<char>(0x94);
    case 0x2022:
        return static_cast<char>(0x95); // bullet
    case 0x2013:
        return static_cast<char>(0x96); // en dash
    case 0x2014:
        return static_cast<char>(0x97); // em dash
    default:
        return '?';
    }
}

QByteArray pdfString(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '(';
    for (const QChar c : text) {
        const char b = winAnsi(c);
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += b;
    }
    out += ')';
    return out;
}

QByteArray pageContent(const QString& title, const QStringList& lines)
{
    QByteArray s = "BT\n/F2 16 Tf\n56 780 Td\n" + pdfString(title) + " Tj\nET\n";
    s += "BT\n/F1 11 Tf\n15 TL\n56 748 Td\n";
    for (const QString& line : lines)
        s += pdfString(line) + " Tj\nT*\n";
    s += "ET\n";
    return s;
}

} // namespace

QByteArray simplePdf(const QString& title, const QStringList& lines)
{
    const QByteArray content = pageContent(title, lines);
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Title " + pdfString(title) + " /Producer (Guichet simulated portal) >>",
    };

    // The binary comment line tells transfer tools the file is not plain text.
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    pdf.reserve(pdf.size() + content.size() + 1024);
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    // Each cross-reference entry is exactly 20 bytes: 10-digit offset, generation, 'n', EOL.
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF";
    return pdf;
}

} // namespace guichet::sim::seed
