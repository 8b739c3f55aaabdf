// Feeds: the bytes as a signed PDF to findLastSignature (qpdf reads the file, our code
// walks the AcroForm field tree and reads /ByteRange and /Contents), then the found
// /ByteRange to the range checks and sha256OverByteRange, and a PAdES-looking file
// (/SubFilter /ETSI.CAdES.detached) to the whole verifyPdf. Why: signed packages come
// back from the portal and from other people (a dossier's documents); a cycle in the
// field tree, a deep tree, or /ByteRange numbers pointing anywhere must give a clean
// "invalid signature", never a hang or a read outside the file.
#include "FuzzSupport.h"
#include "PadesVerifier.h"
#include "PdfByteRange.h"
#include "PdfSignatureLocator.h"

using namespace guichet;
using namespace guichet::forms::pdf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray pdf = fuzz::bytes(data, size);
    const Result<FoundSignature> found = findLastSignature(pdf);
    if (!found)
        return 0;
    const ByteRange& range = found.value().range;
    fuzz::check(found.value().signatureCount >= 1, "a found signature is counted");

    const bool covers = range.coversWholeFileExceptGap(pdf.size());
    const QByteArray digest = sha256OverByteRange(pdf, range);
    fuzz::check(digest.isEmpty() || digest.size() == 32, "a digest is SHA-256 or nothing");
    fuzz::check(!covers || digest.size() == 32, "a range covering the file can be hashed");
    const QByteArray text = byteRangeText(range);
    fuzz::check(text.isEmpty() || text.size() == byteRangePlaceholder().size(),
                "a /ByteRange text has the placeholder's length");

    if (found.value().subFilter == "/ETSI.CAdES.detached") {
        const Result<forms::PadesCheck> check = forms::verifyPdf(pdf);
        fuzz::check(check || !check.error().code().isEmpty(), "a refusal has a code");
        fuzz::check(!check || covers, "a verified signature covers the whole file");
    }
    return 0;
}
