#include "PdfSignatureLocator.h"

#include "ErrorCodes.h"

#include <qpdf/QPDF.hh>

#include <exception>
#include <optional>
#include <set>

namespace guichet::forms::pdf {
namespace {

Error invalid(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::SignatureInvalid), detail);
}

std::optional<ByteRange> readByteRange(QPDFObjectHandle value)
{
    if (!value.isArray() || value.getArrayNItems() != 4)
        return std::nullopt;
    qint64 numbers[4];
    for (int i = 0; i < 4; ++i) {
        if (!value.getArrayItem(i).isInteger())
            return std::nullopt;
        numbers[i] = value.getArrayItem(i).getIntValue();
    }
    return ByteRange{numbers[0], numbers[1], numbers[2], numbers[3]};
}

QString textOf(QPDFObjectHandle dictionary, const char* key)
{
    QPDFObjectHandle value = dictionary.getKey(key);
    return value.isString() ? QString::fromStdString(value.getUTF8Value()) : QString();
}

// Walks the field tree (/Kids), with the inheritable /FT passed down and each object
// visited once (a malicious cycle must not hang the portal).
class FieldWalker
{
public:
    void walk(QPDFObjectHandle field, const std::string& inheritedType, int depth = 0)
    {
        if (depth > MaxDepth || !field.isDictionary() ||
            (field.isIndirect() && !m_seen.insert(field.getObjGen()).second))
            return;
        const std::string type =
            field.getKey("/FT").isName() ? field.getKey("/FT").getName() : inheritedType;
        QPDFObjectHandle value = field.getKey("/V");
        if (type == "/Sig" && value.isDictionary())
            consider(value);
        QPDFObjectHandle kids = field.getKey("/Kids");
        if (kids.isArray())
            for (int i = 0; i < kids.getArrayNItems(); ++i)
                walk(kids.getArrayItem(i), type, depth + 1);
    }

    std::optional<FoundSignature> last;
    int count = 0;

private:
    void consider(QPDFObjectHandle signature)
    {
        const std::optional<ByteRange> range = readByteRange(signature.getKey("/ByteRange"));
        if (!range || !signature.getKey("/Contents").isString())
            return;
        ++count;
        if (last && last->range.start2 + last->range.length2 > range->start2 + range->length2)
            return;
        FoundSignature found;
        found.range = *range;
        found.contents = QByteArray::fromStdString(signature.getKey("/Contents").getStringValue());
        if (signature.getKey("/SubFilter").isName())
            found.subFilter = QByteArray::fromStdString(signature.getKey("/SubFilter").getName());
        if (signature.getKey("/M").isString())
            found.time = QByteArray::fromStdString(signature.getKey("/M").getStringValue());
        found.name = textOf(signature, "/Name");
        found.reason = textOf(signature, "/Reason");
        last = found;
    }

    // Real forms nest a few levels; a deeper tree is built to exhaust the stack.
    static constexpr int MaxDepth = 64;
    std::set<QPDFObjGen> m_seen;
};

} // namespace

Result<FoundSignature> findLastSignature(const QByteArray& pdf)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("signed document", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle acroForm = document.getRoot().getKey("/AcroForm");
        QPDFObjectHandle fields =
            acroForm.isDictionary() ? acroForm.getKey("/Fields") : QPDFObjectHandle();
        FieldWalker walker;
        if (fields.isArray())
            for (int i = 0; i < fields.getArrayNItems(); ++i)
                walker.walk(fields.getArrayItem(i), {});
        if (!walker.last)
            return invalid(QStringLiteral("the document has no signature"));
        walker.last->signatureCount = walker.count;
        return *walker.last;
    } catch (const std::exception& e) {
        return invalid(QStringLiteral("the document is not a readable PDF (qpdf: %1)")
                           .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace guichet::forms::pdf
