#include "PackageSignatureCheck.h"

#include "AuthService.h"
#include "CertificateParser.h"
#include "PadesVerifier.h"
#include "PdfEmbeddedFile.h"
#include "Problems.h"
#include "TrustStore.h"

namespace guichet::sim::routes {
namespace {

// The name the client gives the manifest inside the PDF.
const QString EmbeddedManifestName = QStringLiteral("submission.json");

QByteArray packagePart(const Submission& submission)
{
    for (const MultipartPart& part : submission.files)
        if (part.name == QLatin1String("package"))
            return part.body;
    return {};
}

// SUB-002 unless the certificate chains to a trusted CA (as at login) and carries the
// identifier of the person whose session this is.
std::optional<ApiResponse> checkSigner(PortalContext& context, const ApiRequest& request,
                                       const forms::PadesCheck& signature)
{
    TrustStore trust;
    for (const QByteArray& ca : context.auth.trustedCertificates())
        (void)trust.addCertificate(ca);
    if (const Status trusted = trust.verify(signature.signerCertificate,
                                            signature.otherCertificates, context.clock.now());
        !trusted)
        return problem(request, 422, QStringLiteral("SUB-002"),
                       QStringLiteral("The signing certificate is not from a trusted issuer: ") +
                           trusted.error().detail());
    const Result<CertificateInfo> info = parseCertificate(signature.signerCertificate);
    const std::optional<PortalStore::Persona> person = context.store.persona(request.personaKey);
    const QString holder = !info                                   ? QString()
                           : info.value().nationalNumber.isEmpty() ? info.value().luxTrustSsn
                                                                   : info.value().nationalNumber;
    if (!person || holder.isEmpty() || holder != person->holderNumber)
        return problem(request, 422, QStringLiteral("SUB-002"),
                       QStringLiteral("The signing certificate's subject serial number differs "
                                      "from the authenticated identity."));
    return std::nullopt;
}

} // namespace

std::optional<ApiResponse> checkSignedPackage(PortalContext& context, const ApiRequest& request,
                                              const Submission& submission)
{
    const QByteArray package = packagePart(submission);
    if (package.isEmpty())
        return problem(request, 422, QStringLiteral("SUB-001"),
                       QStringLiteral("The package part is missing"));
    const Result<forms::PadesCheck> signature = forms::verifyPdf(package);
    if (!signature)
        return problem(request, 422, QStringLiteral("SUB-001"), signature.error().detail());
    if (std::optional<ApiResponse> refused = checkSigner(context, request, signature.value()))
        return refused;
    const Result<QByteArray> embedded = forms::extractEmbeddedFile(package, EmbeddedManifestName);
    if (!embedded)
        return problem(request, 422, QStringLiteral("SUB-007"),
                       QStringLiteral("The signed PDF has no submission.json"));
    if (embedded.value() != submission.manifestBytes)
        return problem(request, 422, QStringLiteral("SUB-007"),
                       QStringLiteral("The submission part differs from the submission.json "
                                      "signed in the PDF"));
    return std::nullopt;
}

} // namespace guichet::sim::routes
