#include "SummaryPdf.h"

#include "ErrorCodes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

// The summary is drawn with QTextLayout and QPainter rather than from HTML through
// QTextDocument: no text is ever parsed as markup (answers come from the person and the
// portal), a table row can be kept on one page (QTextDocument splits rows), and laying
// out a few hundred short texts this way is fast. Two passes: the layout pass places
// every line on a page, then the paint pass draws the pages, now that "Page X of Y"
// knows Y.
namespace guichet::forms {
namespace {

// Dots per inch of the PDF's coordinate system; every length below is in points.
constexpr qreal Resolution = 300;
constexpr qreal pt(qreal points)
{
    return points * Resolution / 72.0;
}

constexpr qreal HeaderHeight = 22; // the header's text and rule, then a gap
constexpr qreal FooterHeight = 22;
constexpr qreal LabelColumnShare = 0.34; // of the text width
constexpr qreal ColumnGap = 10;
constexpr qreal RowPadding = 3.5;
constexpr qreal RepetitionIndent = 22; // room for the marker "10."

const QColor TextColor(0x1a, 0x1a, 0x1a);
const QColor QuietColor(0x55, 0x5a, 0x60); // provenance and details, still readable
const QColor RuleColor(0xbb, 0xbb, 0xbb);

QFont makeFont(const char* family, QFont::StyleHint hint, qreal pointSize, bool bold = false)
{
    QFont font(QString::fromLatin1(family));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Metrics independent of the screen, as a PDF has no pixels to snap to.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleHint(hint); // for the fallback when DejaVu is missing
    // No ligatures: a PDF reader would extract "ﬁ" (U+FB01) for "fi", and the text
    // taken from the signed summary must equal the answers. Scripts that need shaping
    // are still shaped.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

struct Fonts
{
    QFont title = makeFont("DejaVu Sans", QFont::SansSerif, 16, true);
    QFont heading = makeFont("DejaVu Sans", QFont::SansSerif, 12, true);
    QFont label = makeFont("DejaVu Sans", QFont::SansSerif, 9.5, true);
    QFont body = makeFont("DejaVu Sans", QFont::SansSerif, 9.5);
    QFont small = makeFont("DejaVu Sans", QFont::SansSerif, 8);
    QFont digest = makeFont("DejaVu Sans Mono", QFont::TypeWriter, 8);
    QFont margin = makeFont("DejaVu Sans", QFont::SansSerif, 8); // header and footer
};

// A text of the document as QTextLayout shows it: '\n' becomes a line break, other
// control characters a space; composed (NFC), as unshaped text draws "e" and a
// combining accent as two glyphs.
QString plainText(const QString& original)
{
    QString text = original.normalized(QString::NormalizationForm_C);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar& c : text) {
        if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return text;
}

// "SHA-256  e3b0c442 98fc1c14 9afbf4c8 996fb924" and the second half aligned below it:
// groups of eight are easier to compare by eye, and the spaces let the digest wrap in
// a narrow column (WrapAtWordBoundaryOrAnywhere still breaks a malformed one).
QString digestText(const QString& hex)
{
    const QString prefix = QStringLiteral("SHA-256  ");
    QString text = prefix;
    for (qsizetype i = 0; i < hex.size(); i += 8) {
        if (i > 0 && i % 32 == 0)
            text += QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' '));
        else if (i > 0)
            text += QLatin1Char(' ');
        text += hex.mid(i, 8);
    }
    return text;
}

// Dates and sizes formatted as the application does for this language.
QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Luxembourg);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, QLocale::Luxembourg);
}

// A horizontal line under a table row, or a stronger one under a heading; always at
// the bottom of its block.
struct Rule
{
    QLineF line;
    bool strong = false;
};

// One laid-out line, positioned relative to its block (layout pass) or its page.
struct PlacedLine
{
    const QTextLayout* layout = nullptr;
    int index = 0;
    QPointF at; // top left of the line
    QColor color;
    qreal height = 0;
};

// What is kept together on a page if it fits: a table row, a heading, a paragraph.
struct Block
{
    std::vector<PlacedLine> lines;
    std::vector<Rule> rules;
    qreal height = 0;
};

struct Page
{
    std::vector<PlacedLine> lines;
    std::vector<Rule> rules;
};

// A text of one font and colour in a table's right-hand column.
struct Piece
{
    QString text;
    const QFont* font;
    QColor color;
};

// The layout pass: turns texts into blocks and places the blocks on pages.
class Composer
{
public:
    Composer(const QPaintDevice* device, QSizeF area)
        : m_device(device), m_width(area.width()), m_top(pt(HeaderHeight)),
          m_bottom(area.height() - pt(FooterHeight)), m_y(m_top), m_pages(1)
    {}

    const std::vector<Page>& pages() const { return m_pages; }

    // Lays out text in a column of the block; returns the height it takes.
    qreal addText(Block& block, const QString& text, const QFont& font, const QColor& color,
                  QPointF at, qreal width)
    {
        if (text.isEmpty())
            return 0;
        auto layout = std::make_unique<QTextLayout>(plainText(text), font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true); // the paint pass then draws without shaping again
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setLeadingIncluded(true);
            line.setPosition(QPointF(0, y));
            block.lines.push_back(
                {layout.get(), line.lineNumber(), at + QPointF(0, y), color, line.height()});
            y += line.height();
        }
        layout->endLayout();
        m_layouts.push_back(std::move(layout));
        block.height = std::max(block.height, at.y() + y);
        return y;
    }

    Block paragraph(const QString& text, const QFont& font, qreal spaceBefore = 0)
    {
        Block block;
        addText(block, text, font, TextColor, QPointF(0, pt(spaceBefore)), m_width);
        return block;
    }

    Block heading(const QString& text, const QFont& font)
    {
        Block block = paragraph(text, font, 14);
        block.height += pt(3);
        block.rules.push_back({QLineF(0, block.height, m_width, block.height), true});
        block.height += pt(1);
        return block;
    }

    // A table row: the label in bold on the left, the pieces one below the other on the
    // right; marker ("1.") is drawn in the indent, for the repetitions of a group.
    Block row(const QString& label, const std::vector<Piece>& pieces, const Fonts& fonts,
              qreal indent = 0, const QString& marker = {})
    {
        Block block;
        const qreal left = pt(indent);
        const qreal labelWidth = m_width * LabelColumnShare - left;
        const qreal rightX = m_width * LabelColumnShare + pt(ColumnGap);
        const QPointF top(0, pt(RowPadding));
        if (!marker.isEmpty())
            addText(block, marker, fonts.label, TextColor, top, left);
        addText(block, label, fonts.label, TextColor, top + QPointF(left, 0), labelWidth);
        qreal y = top.y();
        for (const Piece& piece : pieces)
            y += addText(block, piece.text, *piece.font, piece.color, QPointF(rightX, y),
                         m_width - rightX);
        block.height += pt(RowPadding);
        block.rules.push_back({QLineF(left, block.height, m_width, block.height)});
        return block;
    }

    // Places a block at the cursor, on the next page if it (and the start of what must
    // follow it) does not fit here but would fit on a page. A block taller than a page
    // flows on line by line; its rules (all at its bottom) go where it ends.
    void place(const Block& block, qreal keepWithNext = 0)
    {
        const qreal needed = block.height + keepWithNext;
        if (m_y > m_top && m_y + needed > m_bottom && needed <= m_bottom - m_top)
            newPage();
        qreal shift = m_y; // where the block's top is on the current page
        std::vector<PlacedLine> lines = block.lines;
        std::stable_sort(lines.begin(), lines.end(),
                         [](const auto& a, const auto& b) { return a.at.y() < b.at.y(); });
        for (PlacedLine line : lines) {
            if (shift + line.at.y() + line.height > m_bottom && shift + line.at.y() > m_top) {
                newPage();
                shift = m_top - line.at.y();
            }
            line.at.ry() += shift;
            m_pages.back().lines.push_back(line);
        }
        for (const Rule& rule : block.rules)
            m_pages.back().rules.push_back({rule.line.translated(0, shift), rule.strong});
        m_y = shift + block.height;
    }

    void skip(qreal points) { m_y = std::min(m_y + pt(points), m_bottom); }

    // How much of a following block to keep with a heading: its first lines at most.
    qreal keepAmount(const Block& next) const
    {
        return std::min(next.height, (m_bottom - m_top) / 4);
    }

private:
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_top;
    }

    const QPaintDevice* m_device;
    qreal m_width;
    qreal m_top;
    qreal m_bottom;
    qreal m_y;
    std::vector<Page> m_pages;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
};

QString formattedTime(const QDateTime& time, const QLocale& locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ") +
           locale.toString(local.time(), QLocale::ShortFormat) + QStringLiteral(" (") +
           local.timeZoneAbbreviation() + QLatin1Char(')');
}

void composeFacts(Composer& composer, const SummaryDocument& doc, const Fonts& fonts)
{
    const QLocale locale = localeFor(doc.language);
    composer.place(composer.paragraph(doc.formTitle, fonts.title));
    composer.place(composer.paragraph(
        QCoreApplication::translate("SummaryPdf", "Summary of your answers, to be signed"),
        fonts.body, 4));
    composer.skip(8);
    const auto fact = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            composer.place(composer.row(label, {{value, &fonts.body, TextColor}}, fonts));
    };
    fact(QCoreApplication::translate("SummaryPdf", "Form"),
         QCoreApplication::translate("SummaryPdf", "%1, version %2")
             .arg(doc.formId, doc.formVersion));
    fact(QCoreApplication::translate("SummaryPdf", "Procedure"), doc.procedureId);
    fact(QCoreApplication::translate("SummaryPdf", "Administration"), doc.administration);
    fact(QCoreApplication::translate("SummaryPdf", "Submitted by"), doc.personName);
    if (doc.onBehalfOf.isEmpty())
        fact(QCoreApplication::translate("SummaryPdf", "Space"),
             QCoreApplication::translate("SummaryPdf", "Private space"));
    else
        fact(QCoreApplication::translate("SummaryPdf", "On behalf of"), doc.onBehalfOf);
    fact(QCoreApplication::translate("SummaryPdf", "Signed with"), doc.signedWith);
    fact(QCoreApplication::translate("SummaryPdf", "Confirmed on"),
         formattedTime(doc.confirmedAt, locale));
}

std::vector<Piece> answerPieces(const QString& answer, const QString& provenance,
                                const Fonts& fonts)
{
    return {{answer, &fonts.body, TextColor}, {provenance, &fonts.small, QuietColor}};
}

void composeSection(Composer& composer, const SummarySection& section, const Fonts& fonts)
{
    // Built before placing, so the heading and each group's label can be kept with the
    // row that follows them.
    std::vector<Block> blocks;
    std::vector<bool> keepWithNext;
    for (const SummaryRow& row : section.rows) {
        const bool isGroup = !row.repetitions.isEmpty();
        const QString answer = row.answer.isEmpty() && !isGroup ? QStringLiteral("—") : row.answer;
        blocks.push_back(
            composer.row(row.label, answerPieces(answer, row.provenance, fonts), fonts));
        keepWithNext.push_back(isGroup);
        for (qsizetype r = 0; r < row.repetitions.size(); ++r) {
            const QList<SummaryField>& fields = row.repetitions.at(r);
            for (qsizetype f = 0; f < fields.size(); ++f) {
                const SummaryField& field = fields.at(f);
                const QString marker =
                    f == 0 ? QString::number(r + 1) + QLatin1Char('.') : QString();
                blocks.push_back(composer.row(field.label,
                                              answerPieces(field.answer, field.provenance, fonts),
                                              fonts, RepetitionIndent, marker));
                keepWithNext.push_back(false);
            }
        }
    }
    const Block heading = composer.heading(section.title, fonts.heading);
    composer.place(heading, blocks.empty() ? 0 : composer.keepAmount(blocks.front()));
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool keep = keepWithNext[i] && i + 1 < blocks.size();
        composer.place(blocks[i], keep ? composer.keepAmount(blocks[i + 1]) : 0);
    }
}

void composeAttachments(Composer& composer, const SummaryDocument& doc, const Fonts& fonts)
{
    const QLocale locale = localeFor(doc.language);
    std::vector<Block> blocks;
    for (const SummaryAttachment& file : doc.attachments) {
        const QString size =
            QCoreApplication::translate("SummaryPdf", "%1 (%2 bytes)")
                .arg(locale.formattedDataSize(file.sizeBytes, 1, QLocale::DataSizeSIFormat),
                     locale.toString(file.sizeBytes));
        const QString origin =
            file.alreadyInSpace
                ? QCoreApplication::translate("SummaryPdf", "Document already in your space")
                : QCoreApplication::translate("SummaryPdf", "File attached to this submission");
        blocks.push_back(
            composer.row(file.requirement,
                         {{file.fileName, &fonts.body, TextColor},
                          {file.mediaType + QStringLiteral(" · ") + size, &fonts.small, QuietColor},
                          {digestText(file.sha256Hex), &fonts.digest, TextColor},
                          {origin, &fonts.small, QuietColor}},
                         fonts));
    }
    if (blocks.empty())
        blocks.push_back(composer.paragraph(
            QCoreApplication::translate("SummaryPdf", "No attachments."), fonts.body, 4));
    composer.place(
        composer.heading(QCoreApplication::translate("SummaryPdf", "Attachments"), fonts.heading),
        composer.keepAmount(blocks.front()));
    for (const Block& block : blocks)
        composer.place(block);
}

// The paint pass for the parts every page has: the form's title and id at the top,
// who signs and "Page X of Y" at the bottom.
void paintMargins(QPainter& painter, const SummaryDocument& doc, const Fonts& fonts, QSizeF area,
                  int pageNumber, int pageCount)
{
    painter.setFont(fonts.margin);
    const QFontMetricsF metrics(fonts.margin, painter.device());
    const qreal lineHeight = metrics.height();
    const QString formRef = QCoreApplication::translate("SummaryPdf", "%1, version %2")
                                .arg(doc.formId, doc.formVersion);
    const qreal refWidth = metrics.horizontalAdvance(formRef);
    const QString title = metrics.elidedText(doc.formTitle.simplified(), Qt::ElideRight,
                                             area.width() - refWidth - pt(ColumnGap));
    painter.setPen(TextColor);
    painter.drawText(QRectF(0, 0, area.width(), lineHeight), Qt::AlignLeft, title);
    painter.setPen(QuietColor);
    painter.drawText(QRectF(0, 0, area.width(), lineHeight), Qt::AlignRight, formRef);

    const qreal footerTop = area.height() - lineHeight;
    const QString signer = doc.onBehalfOf.isEmpty()
                               ? doc.personName
                               : QCoreApplication::translate("SummaryPdf", "%1, on behalf of %2")
                                     .arg(doc.personName, doc.onBehalfOf);
    const QString page =
        QCoreApplication::translate("SummaryPdf", "Page %1 of %2").arg(pageNumber).arg(pageCount);
    const qreal pageWidth = metrics.horizontalAdvance(page);
    painter.drawText(
        QRectF(0, footerTop, area.width() - pageWidth - pt(ColumnGap), lineHeight), Qt::AlignLeft,
        metrics.elidedText(signer, Qt::ElideRight, area.width() - pageWidth - pt(ColumnGap)));
    painter.drawText(QRectF(0, footerTop, area.width(), lineHeight), Qt::AlignRight, page);

    painter.setPen(QPen(RuleColor, pt(0.5)));
    painter.drawLine(QLineF(0, lineHeight + pt(3), area.width(), lineHeight + pt(3)));
    painter.drawLine(QLineF(0, footerTop - pt(4), area.width(), footerTop - pt(4)));
}

void paintPage(QPainter& painter, const Page& page)
{
    for (const Rule& rule : page.rules) {
        painter.setPen(rule.strong ? QPen(TextColor, pt(0.8)) : QPen(RuleColor, pt(0.5)));
        painter.drawLine(rule.line);
    }
    QColor current;
    for (const PlacedLine& placed : page.lines) {
        if (placed.color != current) {
            current = placed.color;
            painter.setPen(current);
        }
        const QTextLine line = placed.layout->lineAt(placed.index);
        line.draw(&painter, placed.at - line.position());
    }
}

} // namespace

Result<QByteArray> renderSummaryPdf(const SummaryDocument& document)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error(ErrorCode::SummaryPdfFailed, QStringLiteral("no QGuiApplication (fonts)"));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    writer.setResolution(int(Resolution));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 15, 20, 12), QPageLayout::Millimeter));
    writer.setTitle(document.formTitle);
    writer.setCreator(QStringLiteral("Guichet Desktop " GUICHET_VERSION));

    const Fonts fonts;
    const QSizeF area(writer.width(), writer.height()); // inside the page margins
    Composer composer(&writer, area);
    composeFacts(composer, document, fonts);
    for (const SummarySection& section : document.sections)
        composeSection(composer, section, fonts);
    composeAttachments(composer, document, fonts);
    if (!document.closingStatement.isEmpty())
        composer.place(composer.paragraph(document.closingStatement, fonts.body, 18));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::SummaryPdfFailed, QStringLiteral("cannot paint on the PDF"));
    const auto& pages = composer.pages();
    const int pageCount = int(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage())
            return Error(ErrorCode::SummaryPdfFailed, QStringLiteral("cannot add a page"));
        paintMargins(painter, document, fonts, area, i + 1, pageCount);
        paintPage(painter, pages[std::size_t(i)]);
    }
    if (!painter.end() || !bytes.startsWith("%PDF-"))
        return Error(ErrorCode::SummaryPdfFailed, QStringLiteral("the PDF writer failed"));
    return bytes;
}

} // namespace guichet::forms
