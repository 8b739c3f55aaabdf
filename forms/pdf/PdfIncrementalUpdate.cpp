#include "PdfIncrementalUpdate.h"

#include <QList>

#include <cctype>

namespace guichet::forms::pdf {
namespace {

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// Runs of consecutive object numbers: the subsections of a classic table and the
// pairs of a stream's /Index.
QList<QPair<int, int>> consecutiveRuns(const QList<int>& sortedNumbers)
{
    QList<QPair<int, int>> runs; // first number, count
    for (const int number : sortedNumbers) {
        if (!runs.isEmpty() && runs.last().first + runs.last().second == number)
            ++runs.last().second;
        else
            runs.append({number, 1});
    }
    return runs;
}

void appendBigEndian(QByteArray& out, quint64 value, int width)
{
    for (int shift = (width - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xFF));
}

} // namespace

std::optional<LastXref> findLastXref(const QByteArray& pdf)
{
    const qsizetype keyword = pdf.lastIndexOf("startxref");
    if (keyword < 0)
        return std::nullopt;
    qsizetype position = keyword + 9;
    while (position < pdf.size() && isPdfWhitespace(pdf.at(position)))
        ++position;
    const qsizetype digits = position;
    while (position < pdf.size() && std::isdigit(uchar(pdf.at(position))))
        ++position;
    bool ok = false;
    const qint64 offset = pdf.mid(digits, position - digits).toLongLong(&ok);
    if (!ok || offset <= 0 || offset >= keyword)
        return std::nullopt;
    qsizetype section = qsizetype(offset);
    while (section < pdf.size() && isPdfWhitespace(pdf.at(section)))
        ++section;
    if (pdf.mid(section, 4) == "xref")
        return LastXref{offset, false};
    // Otherwise it must be "N G obj" starting a cross-reference stream.
    if (section < pdf.size() && std::isdigit(uchar(pdf.at(section))) &&
        pdf.mid(section, 40).contains("obj"))
        return LastXref{offset, true};
    return std::nullopt;
}

PdfIncrementalUpdate::PdfIncrementalUpdate(const QByteArray& original, LastXref lastXref,
                                           int trailerSize, QByteArray root, QByteArray info,
                                           QByteArray id)
    : m_original(original), m_lastXref(lastXref), m_trailerSize(trailerSize),
      m_nextNumber(trailerSize), m_root(std::move(root)), m_info(std::move(info)),
      m_id(std::move(id))
{}

void PdfIncrementalUpdate::putObject(int number, int generation, QByteArray body)
{
    m_objects.insert(number, Object{generation, std::move(body)});
}

QByteArray PdfIncrementalUpdate::trailerEntries(int size) const
{
    QByteArray text = "/Size " + QByteArray::number(size) + " /Root " + m_root;
    if (!m_info.isEmpty())
        text += " /Info " + m_info;
    if (!m_id.isEmpty())
        text += " /ID " + m_id;
    text += " /Prev " + QByteArray::number(m_lastXref.offset);
    return text;
}

PdfIncrementalUpdate::Written PdfIncrementalUpdate::write()
{
    Written written;
    QByteArray& out = written.update;
    // The update starts on a line of its own.
    if (!m_original.endsWith('\n') && !m_original.endsWith('\r'))
        out += '\n';
    const qint64 base = m_original.size();
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        written.objectOffsets.insert(it.key(), base + out.size());
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(it.value().generation) +
               " obj\n" + it.value().body + "\nendobj\n";
    }
    const qint64 xrefOffset = base + out.size();
    if (m_lastXref.isStream)
        out += xrefStream(written.objectOffsets, xrefOffset);
    else
        out += classicXref(written.objectOffsets);
    out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return written;
}

QByteArray PdfIncrementalUpdate::classicXref(const QMap<int, qint64>& offsets) const
{
    QByteArray table = "xref\n";
    for (const auto& [first, count] : consecutiveRuns(offsets.keys())) {
        table += QByteArray::number(first) + ' ' + QByteArray::number(count) + '\n';
        for (int number = first; number < first + count; ++number)
            // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', CR LF.
            table += QByteArray::number(offsets.value(number)).rightJustified(10, '0') + ' ' +
                     QByteArray::number(m_objects.value(number).generation).rightJustified(5, '0') +
                     " n\r\n";
    }
    const int size = std::max(m_trailerSize, offsets.isEmpty() ? 0 : offsets.lastKey() + 1);
    table += "trailer\n<< " + trailerEntries(size) + " >>\n";
    return table;
}

QByteArray PdfIncrementalUpdate::xrefStream(QMap<int, qint64> offsets, qint64 streamOffset)
{
    // The stream is an object too and lists itself.
    const int streamNumber = newObjectNumber();
    offsets.insert(streamNumber, streamOffset);
    int offsetWidth = 4;
    while (offsetWidth < 8 && (quint64(streamOffset) >> (offsetWidth * 8)) != 0)
        ++offsetWidth;

    QByteArray index;
    QByteArray data;
    for (const auto& [first, count] : consecutiveRuns(offsets.keys())) {
        index += QByteArray::number(first) + ' ' + QByteArray::number(count) + ' ';
        for (int number = first; number < first + count; ++number) {
            data += char(1); // type 1: an object at a file offset (never in an object stream)
            appendBigEndian(data, quint64(offsets.value(number)), offsetWidth);
            appendBigEndian(data, quint64(m_objects.value(number).generation), 2);
        }
    }
    const int size = std::max(m_trailerSize, streamNumber + 1);
    return QByteArray::number(streamNumber) + " 0 obj\n<< /Type /XRef " + trailerEntries(size) +
           " /Index [" + index.trimmed() + "] /W [1 " + QByteArray::number(offsetWidth) +
           " 2] /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream\nendobj\n";
}

} // namespace guichet::forms::pdf
