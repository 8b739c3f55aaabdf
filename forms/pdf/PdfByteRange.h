#pragma once

// The /ByteRange of a PDF signature: [start1 length1 start2 length2], two pieces of
// the file that together are everything except the /Contents hex string.
#include <QByteArray>

namespace guichet::forms::pdf {

struct ByteRange
{
    qint64 start1 = 0;
    qint64 length1 = 0;
    qint64 start2 = 0;
    qint64 length2 = 0;

    // The form PAdES requires: from the start of the file to the '<' of /Contents,
    // and from just after its '>' to the end of the file.
    [[nodiscard]] bool coversWholeFileExceptGap(qint64 fileSize) const
    {
        // Each number is bounded first: the values come from the file being checked.
        return start1 == 0 && length1 > 0 && length1 < fileSize && start2 > length1 &&
               start2 <= fileSize && length2 >= 0 && length2 <= fileSize - start2 &&
               start2 + length2 == fileSize;
    }
};

// Width of each number in the /ByteRange placeholder: the numbers are patched in
// place, so the placeholder and the final text have the same length.
inline constexpr int ByteRangeNumberWidth = 10;

// "[0 0000000000 0000000000 0000000000]": valid PDF syntax before it is patched.
[[nodiscard]] QByteArray byteRangePlaceholder();
// The same text length as the placeholder, numbers padded with spaces; empty if a
// number does not fit.
[[nodiscard]] QByteArray byteRangeText(const ByteRange& range);

// SHA-256 over the two pieces, read in place (no copy of the document). Empty if the
// range does not lie inside `document`.
[[nodiscard]] QByteArray sha256OverByteRange(const QByteArray& document, const ByteRange& range);

} // namespace guichet::forms::pdf
