#include "PadesSigner.h"

#include "CadesSignature.h"
#include "ErrorCodes.h"
#include "PdfByteRange.h"
#include "PdfDate.h"
#include "PdfIncrementalUpdate.h"
#include "PdfObjectText.h"
#include "PdfSignatureField.h"

#include <qpdf/QPDF.hh>

#include <algorithm>
#include <exception>

namespace guichet::forms {
namespace {

using namespace pdf;

// A sanity bound: even a time-stamped CMS with a long chain is far smaller.
constexpr int MaximumReservedBytes = 1024 * 1024;

Error signingFailed(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::PdfSigningFailed), detail);
}

// The signature dictionary with its two placeholders first, so that they are the
// first "/ByteRange " and "/Contents <" after the object's start whatever the
// text strings after them contain.
QByteArray signatureDictionary(const PadesOptions& options)
{
    const QDateTime time =
        options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc();
    QByteArray text = "<< /ByteRange " + byteRangePlaceholder() + " /Contents <" +
                      QByteArray(2 * options.reservedSignatureBytes, '0') +
                      "> /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (" +
                      pdfDate(time) + ')';
    if (!options.signerName.isEmpty())
        text += " /Name " + textStringText(options.signerName);
    if (!options.reason.isEmpty())
        text += " /Reason " + textStringText(options.reason);
    return text + " >>";
}

struct PreparedUpdate
{
    QByteArray bytes;
    qint64 signatureOffset = 0; // of "N 0 obj" of the signature dictionary, in the whole file
};

// Parses the document with qpdf and lays out the incremental update carrying the
// signature field and the dictionary with its placeholders.
Result<PreparedUpdate> prepareUpdate(const QByteArray& pdf, const PadesOptions& options)
{
    const std::optional<LastXref> lastXref = findLastXref(pdf);
    if (!lastXref)
        return signingFailed(QStringLiteral("no cross-reference section found"));
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        // An update appended to a damaged file would point into the damage: refuse it.
        document.setAttemptRecovery(false);
        document.processMemoryFile("document to sign", pdf.constData(), size_t(pdf.size()));
        if (document.isEncrypted())
            return signingFailed(QStringLiteral("the document is encrypted"));
        QPDFObjectHandle trailer = document.getTrailer();
        if (!trailer.getKey("/Size").isInteger() || !trailer.getKey("/Root").isIndirect())
            return signingFailed(QStringLiteral("the trailer has no /Size or /Root"));
        const auto text = [&](const char* key) {
            QPDFObjectHandle value = trailer.getKey(key);
            return value.isNull() ? QByteArray() : QByteArray::fromStdString(value.unparse());
        };
        PdfIncrementalUpdate update(pdf, *lastXref, trailer.getKey("/Size").getIntValueAsInt(),
                                    text("/Root"), text("/Info"), text("/ID"));
        const int signatureNumber = update.newObjectNumber();
        update.putObject(signatureNumber, 0, signatureDictionary(options));
        if (const std::optional<QString> refused =
                addSignatureField(document, update, signatureNumber))
            return signingFailed(*refused);
        PdfIncrementalUpdate::Written written = update.write();
        return PreparedUpdate{std::move(written.update),
                              written.objectOffsets.value(signatureNumber)};
    } catch (const std::exception& e) {
        return signingFailed(QStringLiteral("qpdf: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<QByteArray> signPdf(const QByteArray& pdf, Signer& signer, const PadesOptions& options)
{
    if (options.reservedSignatureBytes < 1 || options.reservedSignatureBytes > MaximumReservedBytes)
        return signingFailed(QStringLiteral("reserved signature size %1 out of range")
                                 .arg(options.reservedSignatureBytes));
    Result<PreparedUpdate> prepared = prepareUpdate(pdf, options);
    if (!prepared)
        return prepared.error();

    // The one copy of the document: the signed file being built.
    QByteArray out;
    out.reserve(pdf.size() + prepared.value().bytes.size());
    out.append(pdf);
    out.append(prepared.value().bytes);
    prepared.value().bytes.clear();

    const qint64 signatureAt = prepared.value().signatureOffset;
    const qsizetype byteRangeKey = out.indexOf("/ByteRange ", signatureAt);
    const qsizetype contentsKey = out.indexOf("/Contents <", signatureAt);
    if (signatureAt <= 0 || byteRangeKey < 0 || contentsKey < 0)
        return signingFailed(QStringLiteral("the signature placeholders were not found"));
    const qsizetype byteRangeAt = byteRangeKey + 11;
    const qsizetype contentsAt = contentsKey + 10; // the '<'
    const qint64 contentsEnd = contentsAt + 2 * qint64(options.reservedSignatureBytes) + 2;
    const ByteRange range{0, contentsAt, contentsEnd, out.size() - contentsEnd};
    const QByteArray rangeText = byteRangeText(range);
    if (rangeText.size() != byteRangePlaceholder().size() || contentsEnd > out.size() ||
        out.at(contentsEnd - 1) != '>')
        return signingFailed(QStringLiteral("the signature placeholders were not found"));
    std::copy(rangeText.cbegin(), rangeText.cend(), out.begin() + byteRangeAt);

    const QByteArray digest = sha256OverByteRange(out, range);
    Result<QByteArray> cms = makeCadesSignature(digest, signer, options.chainCertificates);
    if (!cms)
        return cms.error();
    if (cms.value().size() > options.reservedSignatureBytes)
        return signingFailed(QStringLiteral("the signature needs %1 bytes, %2 are reserved")
                                 .arg(cms.value().size())
                                 .arg(options.reservedSignatureBytes));
    const QByteArray hex = cms.value().toHex().toUpper();
    std::copy(hex.cbegin(), hex.cend(), out.begin() + contentsAt + 1);
    return out;
}

} // namespace guichet::forms
