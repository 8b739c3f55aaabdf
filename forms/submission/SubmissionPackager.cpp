#include "SubmissionPackager.h"

#include "ErrorCodes.h"
#include "PadesSigner.h"
#include "PadesVerifier.h"
#include "PdfEmbeddedFile.h"
#include "SummaryPdf.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

namespace guichet::forms {
namespace {

const QString ManifestName = QStringLiteral("submission.json");

// Measures the signer's own time inside signPdf.
class TimedSigner final : public Signer
{
public:
    TimedSigner(Signer& inner, qint64& elapsed) : m_inner(inner), m_elapsed(elapsed) {}
    QByteArray certificate() const override { return m_inner.certificate(); }
    SignatureAlgorithm algorithm() const override { return m_inner.algorithm(); }
    Result<QByteArray> signDigest(const QByteArray& digestValue, DigestAlgorithm digest) override
    {
        QElapsedTimer timer;
        timer.start();
        Result<QByteArray> out = m_inner.signDigest(digestValue, digest);
        m_elapsed += timer.nsecsElapsed();
        return out;
    }

private:
    Signer& m_inner;
    qint64& m_elapsed;
};

} // namespace

Result<SubmissionPackage> buildPackage(const PackageInput& input, Signer* signer,
                                       PackageTimings* timings)
{
    PackageTimings local;
    PackageTimings& t = timings ? *timings : local;
    QElapsedTimer timer;
    ManifestContext context = input.manifest;
    // The manifest names the certificate that really signs, whatever the caller thought.
    const bool signs = signer && input.model.definition().signatureRequired;
    if (signs)
        context.signedWith.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(signer->certificate(), QCryptographicHash::Sha256).toHex());
    else
        context.signedWith = {};
    const QByteArray manifest = buildManifest(input.model, input.files, context);

    timer.start();
    SummaryPeople people = input.people;
    if (!signs)
        people.signedWith.clear();
    const Result<QByteArray> summary = renderSummaryPdf(
        summaryContent(input.model, input.files, people, input.manifest.createdAt));
    t.renderNs = timer.nsecsElapsed();
    if (!summary)
        return summary.error();

    timer.restart();
    const Result<QByteArray> embedded =
        embedFile(summary.value(), ManifestName, manifest, QStringLiteral("application/json"),
                  QStringLiteral("Machine-readable submission (guichet-submission/1)"));
    t.embedNs = timer.nsecsElapsed();
    if (!embedded)
        return embedded.error();

    SubmissionPackage package;
    package.formId = input.model.definition().id;
    package.formTitle = input.model.definition().title;
    package.manifest = manifest;
    package.files = input.files;
    if (!input.model.definition().signatureRequired) {
        package.signedPdf = embedded.value();
        return package;
    }
    if (!signer)
        return Error(ErrorCode::PdfSigningFailed, QStringLiteral("the form needs a signature "
                                                                 "and no signing key is present"));

    timer.restart();
    TimedSigner timed(*signer, t.signerNs);
    const Result<QByteArray> signedPdf = signPdf(embedded.value(), timed, input.signature);
    t.signNs = timer.nsecsElapsed();
    if (!signedPdf)
        return signedPdf.error();

    // The portal's checks, here first: a package that would be refused stays a draft.
    timer.restart();
    const Result<PadesCheck> check = verifyPdf(signedPdf.value());
    if (!check)
        return check.error();
    if (check.value().signerCertificate != signer->certificate())
        return Error(ErrorCode::SignatureInvalid,
                     QStringLiteral("the signature names another certificate than the signer's"));
    const Result<QByteArray> carried = extractEmbeddedFile(signedPdf.value(), ManifestName);
    if (!carried || carried.value() != manifest)
        return Error(ErrorCode::SignatureInvalid,
                     QStringLiteral("the signed PDF does not carry the manifest unchanged"));
    t.verifyNs = timer.nsecsElapsed();
    package.signedPdf = signedPdf.value();
    return package;
}

} // namespace guichet::forms
