#pragma once

// An incremental update (ISO 32000-1, 7.5.6) appended to an existing PDF: new and
// changed objects, then a cross-reference section of the same kind as the file's
// last one (a classic table, or a cross-reference stream), whose trailer points back
// with /Prev. The bytes before the update are never touched, which is what keeps
// earlier signatures valid.
#include <QByteArray>
#include <QMap>

#include <optional>

namespace guichet::forms::pdf {

// Where the file's last cross-reference section is, read from its last startxref.
struct LastXref
{
    qint64 offset = 0;
    bool isStream = false; // a cross-reference stream rather than an "xref" table
};
[[nodiscard]] std::optional<LastXref> findLastXref(const QByteArray& pdf);

class PdfIncrementalUpdate
{
public:
    // `trailerSize` is the /Size of the last trailer: new objects are numbered from
    // it. `root`, `info`, `id` are the trailer values to carry over, as PDF text
    // (empty when absent).
    PdfIncrementalUpdate(const QByteArray& original, LastXref lastXref, int trailerSize,
                         QByteArray root, QByteArray info, QByteArray id);

    // A number for a new object (generation 0).
    [[nodiscard]] int newObjectNumber() { return m_nextNumber++; }
    // The text of an object between "N G obj" and "endobj" (a dictionary or array;
    // not a stream). Putting an existing number replaces that object.
    void putObject(int number, int generation, QByteArray body);

    struct Written
    {
        QByteArray update;               // to append to the original bytes
        QMap<int, qint64> objectOffsets; // object number -> offset in the whole file
    };
    // The update, laid out for appending right after the original's last byte.
    [[nodiscard]] Written write();

private:
    [[nodiscard]] QByteArray classicXref(const QMap<int, qint64>& offsets) const;
    [[nodiscard]] QByteArray xrefStream(QMap<int, qint64> offsets, qint64 streamOffset);
    [[nodiscard]] QByteArray trailerEntries(int size) const;

    struct Object
    {
        int generation = 0;
        QByteArray body;
    };
    const QByteArray& m_original;
    LastXref m_lastXref;
    int m_trailerSize;
    int m_nextNumber;
    QByteArray m_root;
    QByteArray m_info;
    QByteArray m_id;
    QMap<int, Object> m_objects;
};

} // namespace guichet::forms::pdf
