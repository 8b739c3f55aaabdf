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

// SUB-008 when the manifest says it is submitted on behalf of a company that is not
// the one of the space (or of any company in a private space). A manifest without
// `onBehalfOf` is the person's own, as before professional spaces had it.
std::optional<ApiResponse> checkOnBehalfOf(PortalContext& context, const ApiRequest& request,
                                           const Submission& submission)
{
    const QJsonValue claimed = submission.manifest.value(QStringLiteral("onBehalfOf"));
    if (claimed.isUndefined() || claimed.isNull())
        return std::nullopt;
    const std::optional<PortalStore::Space> space = context.store.space(request.param("spaceId"));
    const QJsonObject company =
        space ? space->json.value(QStringLiteral("company")).toObject() : QJsonObject();
    const QJsonObject named = claimed.toObject();
    const auto differs = [&](const char* key) {
        const QString value = named.value(QLatin1String(key)).toString();
        return !value.isEmpty() && value != company.value(QLatin1String(key)).toString();
    };
    if (company.isEmpty() || named.value(QStringLiteral("name")).toString().isEmpty() ||
        differs("name") || differs("rcsNumber") || differs("vatNumber"))
        return problem(request, 422, QStringLiteral("SUB-008"),
                       QStringLiteral("The submission is made on behalf of %1, not of the "
                                      "space's company")
                           .arg(named.value(QStringLiteral("name")).toString()));
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
    return checkOnBehalfOf(context, request, submission);
}

} // namespace guichet::sim::routes
