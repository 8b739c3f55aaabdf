#include "PdfByteRange.h"

#include "PdfOpenSsl.h"

namespace guichet::forms::pdf {
namespace {

QByteArray paddedNumber(qint64 value)
{
    QByteArray text = QByteArray::number(value);
    if (text.size() > ByteRangeNumberWidth)
        return {};
    return text.leftJustified(ByteRangeNumberWidth, ' ');
}

} // namespace

QByteArray byteRangePlaceholder()
{
    const QByteArray zeros(ByteRangeNumberWidth, '0');
    return "[0 " + zeros + ' ' + zeros + ' ' + zeros + ']';
}

QByteArray byteRangeText(const ByteRange& range)
{
    if (range.start1 != 0)
        return {};
    const QByteArray length1 = paddedNumber(range.length1);
    const QByteArray start2 = paddedNumber(range.start2);
    const QByteArray length2 = paddedNumber(range.length2);
    if (length1.isEmpty() || start2.isEmpty() || length2.isEmpty())
        return {};
    return "[0 " + length1 + ' ' + start2 + ' ' + length2 + ']';
}

QByteArray sha256OverByteRange(const QByteArray& document, const ByteRange& range)
{
    const qint64 size = document.size();
    if (range.start1 < 0 || range.length1 < 0 || range.start2 < 0 || range.length2 < 0 ||
        range.start1 > size || range.length1 > size - range.start1 || range.start2 > size ||
        range.length2 > size - range.start2)
        return {};
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    const auto* data = reinterpret_cast<const unsigned char*>(document.constData());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), data + range.start1, size_t(range.length1)) != 1 ||
        EVP_DigestUpdate(context.get(), data + range.start2, size_t(range.length2)) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest, &digestLength) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(digestLength));
}

} // namespace guichet::forms::pdf
