// Feeds: the first 32 bytes as the SHA-256 of the signed bytes and the rest as the
// /Contents of a PDF signature (a DER CMS ContentInfo, maybe followed by the zero
// padding of the reserved space) to verifyCadesSignature. Why: the CMS of a signed
// package is outside input; OpenSSL decodes it, our code picks the signer's
// certificate, reads the signed attributes and the signing-certificate-v2 attribute,
// and must refuse everything but one PAdES signer without leaking or crashing.
#include "CadesVerification.h"
#include "FuzzSupport.h"

using namespace guichet;
using namespace guichet::forms::pdf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    constexpr std::size_t DigestSize = 32;
    if (size < DigestSize)
        return 0;
    const QByteArray digest = fuzz::bytes(data, DigestSize);
    const QByteArray cms = fuzz::bytes(data + DigestSize, size - DigestSize);
    const Result<CadesSigner> signer = verifyCadesSignature(cms, digest);
    if (signer)
        fuzz::check(!signer.value().certificate.isEmpty(), "a signer has a certificate");
    else
        fuzz::check(!signer.error().code().isEmpty(), "a refusal has a code");
    return 0;
}
