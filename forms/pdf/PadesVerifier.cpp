#include "PadesVerifier.h"

#include "CadesVerification.h"
#include "ErrorCodes.h"
#include "PdfByteRange.h"
#include "PdfDate.h"
#include "PdfSignatureLocator.h"

#include <algorithm>
#include <cctype>

namespace guichet::forms {
namespace {

using namespace pdf;

Error invalid(const QString& detail)
{
    return Error(QLatin1String(ErrorCode::SignatureInvalid), detail);
}

// The gap between the two pieces must be exactly the /Contents hex string of this
// signature: '<', hex digits, '>'. Anything else there would be unsigned content.
std::optional<Error> checkGap(const QByteArray& pdf, const FoundSignature& signature)
{
    const ByteRange& range = signature.range;
    if (!range.coversWholeFileExceptGap(pdf.size()))
        return invalid(QStringLiteral("/ByteRange [%1 %2 %3 %4] does not cover the whole "
                                      "file of %5 bytes")
                           .arg(range.start1)
                           .arg(range.length1)
                           .arg(range.start2)
                           .arg(range.length2)
                           .arg(pdf.size()));
    const qsizetype open = qsizetype(range.length1);
    const qsizetype close = qsizetype(range.start2) - 1;
    if (pdf.at(open) != '<' || pdf.at(close) != '>')
        return invalid(QStringLiteral("the /ByteRange gap is not a hex string"));
    const auto first = pdf.cbegin() + open + 1;
    const auto last = pdf.cbegin() + close;
    if (!std::all_of(first, last, [](char c) { return std::isxdigit(uchar(c)) != 0; }) ||
        (close - open - 1) % 2 != 0)
        return invalid(QStringLiteral("the /ByteRange gap holds more than hex digits"));
    if (QByteArray::fromHex(QByteArray::fromRawData(&*first, close - open - 1)) !=
        signature.contents)
        return invalid(QStringLiteral("the /ByteRange gap is not this signature's /Contents"));
    return std::nullopt;
}

} // namespace

Result<PadesCheck> verifyPdf(const QByteArray& pdf)
{
    const Result<FoundSignature> found = findLastSignature(pdf);
    if (!found)
        return found.error();
    const FoundSignature& signature = found.value();
    if (signature.subFilter != "/ETSI.CAdES.detached")
        return invalid(QStringLiteral("/SubFilter is %1, not /ETSI.CAdES.detached")
                           .arg(QString::fromLatin1(signature.subFilter)));
    if (const std::optional<Error> gap = checkGap(pdf, signature))
        return *gap;
    const QByteArray digest = sha256OverByteRange(pdf, signature.range);
    const Result<CadesSigner> signer = verifyCadesSignature(signature.contents, digest);
    if (!signer)
        return signer.error();

    PadesCheck check;
    check.signerCertificate = signer.value().certificate;
    check.otherCertificates = signer.value().otherCertificates;
    check.signingTime = parsePdfDate(signature.time);
    check.signerName = signature.name;
    check.reason = signature.reason;
    check.signatureCount = signature.signatureCount;
    return check;
}

} // namespace guichet::forms
