// PAdES baseline B-B signatures of summary PDFs (forms/pdf), checked by the code under
// test and, independently, by poppler's pdfsig and OpenSSL's command line. Every
// signed PDF and the CA certificates are left in ${GUICHET_BINARY_DIR}/test-artifacts/
// (pades-*) for checks with other tools.
#include "ErrorCodes.h"
#include "PadesSigner.h"
#include "PadesTestTools.h"
#include "PadesVerifier.h"
#include "PdfEmbeddedFile.h"
#include "QpdfRewrites.h"
#include "SignedPackage.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace guichet;
using namespace guichet::test;

namespace {

const QByteArray SignKey(sim::SimulatedToken::SignatureKeyId);
const QDateTime SigningTime(QDate(2026, 3, 10), QTime(17, 44, 3), Qt::UTC);

QByteArray manifestBytes()
{
    return QJsonDocument(QJsonObject{{"format", "guichet-submission/1"},
                                     {"formId", "F-COST-OF-LIVING-ALLOWANCE"},
                                     {"answers", "élève, 25 rue de la Gare"}})
        .toJson(QJsonDocument::Compact);
}

forms::PadesOptions options()
{
    forms::PadesOptions o;
    o.signingTime = SigningTime;
    o.signerName = QStringLiteral("Marie Schmit");
    o.reason = QStringLiteral("Demande signée — allocation de vie chère");
    return o;
}

QString pki(const QString& file)
{
    return qEnvironmentVariable("GUICHET_TEST_PKI") + u'/' + file;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFormsPades : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token; // Marie's card: EC P-256
    QString m_artifacts;
    QString m_simCaPath;
    QString m_testCaPath;
    NssTrust m_nss;
    QByteArray m_summary; // QPdfWriter output with submission.json embedded

    QString keep(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_artifacts + QStringLiteral("/pades-") + name;
        (void)writeFile(path, bytes);
        return path;
    }

    std::unique_ptr<SoftwareRsaSigner> rsaSigner()
    {
        return std::make_unique<SoftwareRsaSigner>(
            readAll(pki(QStringLiteral("citizen-sign.cert.der"))),
            readAll(pki(QStringLiteral("citizen-sign.key.pem"))));
    }

    // pdfsig must call every signature valid and its certificate trusted (it exits 0
    // whatever it finds, so its text is what counts).
    void checkWithPdfsig(const QString& path, int signatures)
    {
        const CommandRun run =
            runCommand(QStringLiteral("pdfsig"), {"-nssdir", m_nss.databaseArgument(), path});
        QVERIFY2(run.output.count(QStringLiteral("Signature is Valid.")) == signatures,
                 qPrintable(run.output));
        QVERIFY2(run.output.count(QStringLiteral("Certificate is Trusted.")) == signatures,
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("ETSI.CAdES.detached")),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("Total document signed")),
                 qPrintable(run.output));
    }

    // openssl cms on the bytes cut out by hand: the signature verifies to the CA, has
    // signing-certificate-v2 and no signingTime.
    void checkWithOpenSsl(const QString& name, const QByteArray& pdf, const QString& caPath)
    {
        const CutSignature cut = cutLastSignature(pdf);
        QVERIFY(!cut.cms.isEmpty());
        const QString cms = keep(name + QStringLiteral(".cms.der"), cut.cms);
        const QString content = keep(name + QStringLiteral(".signedbytes.bin"), cut.signedBytes);
        const CommandRun verify =
            runCommand(QStringLiteral("openssl"),
                       {"cms", "-verify", "-binary", "-inform", "DER", "-in", cms, "-content",
                        content, "-CAfile", caPath, "-purpose", "any", "-out", "/dev/null"});
        QVERIFY2(verify.exitCode == 0 &&
                     verify.output.contains(QStringLiteral("Verification successful")),
                 qPrintable(verify.output));
        const CommandRun print = runCommand(
            QStringLiteral("openssl"), {"cms", "-cmsout", "-print", "-inform", "DER", "-in", cms});
        QCOMPARE(print.exitCode, 0);
        QVERIFY2(print.output.contains(QStringLiteral("signingCertificateV2")),
                 qPrintable(print.output));
        QVERIFY2(!print.output.contains(QStringLiteral("signingTime")), qPrintable(print.output));
        QVERIFY(print.output.contains(QStringLiteral("contentType")));
        QVERIFY(print.output.contains(QStringLiteral("messageDigest")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_artifacts = QStringLiteral(GUICHET_BINARY_DIR) + QStringLiteral("/test-artifacts");
        QVERIFY(QDir().mkpath(m_artifacts));
        m_simCaPath = keep(QStringLiteral("simulated-card-ca.pem"),
                           pemOfCertificate(m_token.pki().caCertificateDer()));
        m_testCaPath =
            keep(QStringLiteral("test-pki-ca.pem"), readAll(pki(QStringLiteral("ca.cert.pem"))));
        QVERIFY(QFile::exists(pki(QStringLiteral("citizen-sign.key.pem"))));
        QVERIFY(m_nss.create({readAll(m_simCaPath), readAll(m_testCaPath)}));

        const Result<QByteArray> summary = forms::embedFile(
            makeQtPdf(2), QStringLiteral("submission.json"), manifestBytes(),
            QStringLiteral("application/json"), QStringLiteral("Machine-readable submission"));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail()));
        m_summary = summary.value();
    }

    void embedsTheSubmissionAndPdfdetachListsIt()
    {
        const Result<QByteArray> extracted =
            forms::extractEmbeddedFile(m_summary, QStringLiteral("submission.json"));
        QVERIFY(extracted.ok());
        QCOMPARE(extracted.value(), manifestBytes());
        const QString path = keep(QStringLiteral("unsigned-summary.pdf"), m_summary);
        const CommandRun list = runCommand(QStringLiteral("pdfdetach"), {"-list", path});
        QVERIFY2(list.exitCode == 0 && list.output.contains(QStringLiteral("submission.json")),
                 qPrintable(list.output));
        // The associated-file entry of PDF/A-3 and the checksum in /Params.
        QVERIFY(m_summary.contains("/AFRelationship /Data"));
        QVERIFY(m_summary.contains("/CheckSum"));
        QCOMPARE(forms::extractEmbeddedFile(m_summary, QStringLiteral("other.json")).error().code(),
                 QLatin1String(ErrorCode::SummaryPdfFailed));
    }

    void signsWithTheSimulatedToken()
    {
        SimulatedTokenSigner token(m_token, SignKey);
        CountingSigner signer(token);
        const Result<QByteArray> signedPdf = forms::signPdf(m_summary, signer, options());
        QVERIFY2(signedPdf.ok(),
                 qPrintable(signedPdf.ok() ? QString() : signedPdf.error().detail()));
        QCOMPARE(signer.calls, 1); // one PIN entry
        // An incremental update: the original bytes are untouched.
        QVERIFY(signedPdf.value().startsWith(m_summary));

        const Result<forms::PadesCheck> check = forms::verifyPdf(signedPdf.value());
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().detail()));
        QCOMPARE(check.value().signerCertificate, token.certificate());
        QCOMPARE(check.value().signingTime, SigningTime);
        QCOMPARE(check.value().reason, options().reason);
        QCOMPARE(check.value().signerName, options().signerName);
        QCOMPARE(check.value().signatureCount, 1);
        const Result<QByteArray> embedded =
            forms::extractEmbeddedFile(signedPdf.value(), QStringLiteral("submission.json"));
        QVERIFY(embedded.ok());
        QCOMPARE(embedded.value(), manifestBytes());

        const QString path = keep(QStringLiteral("simulated-token-ecdsa.pdf"), signedPdf.value());
        checkWithPdfsig(path, 1);
        checkWithOpenSsl(QStringLiteral("simulated-token-ecdsa"), signedPdf.value(), m_simCaPath);
        const CommandRun list = runCommand(QStringLiteral("pdfdetach"), {"-list", path});
        QVERIFY2(list.output.contains(QStringLiteral("submission.json")), qPrintable(list.output));
    }

    void signsQtPdfWriterOutputWithASoftwareRsaKey()
    {
        const std::unique_ptr<SoftwareRsaSigner> rsa = rsaSigner();
        QVERIFY(rsa->isValid());
        CountingSigner signer(*rsa);
        forms::PadesOptions o = options();
        o.chainCertificates = {
            QByteArray::fromBase64(readAll(m_testCaPath)
                                       .replace("-----BEGIN CERTIFICATE-----", "")
                                       .replace("-----END CERTIFICATE-----", ""))};
        const QByteArray plain = makeQtPdf(3); // straight from QPdfWriter, no embedded file
        const Result<QByteArray> signedPdf = forms::signPdf(plain, signer, o);
        QVERIFY2(signedPdf.ok(),
                 qPrintable(signedPdf.ok() ? QString() : signedPdf.error().detail()));
        QCOMPARE(signer.calls, 1);
        const Result<forms::PadesCheck> check = forms::verifyPdf(signedPdf.value());
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().detail()));
        QCOMPARE(check.value().signerCertificate, rsa->certificate());
        QCOMPARE(check.value().otherCertificates, o.chainCertificates);
        const QString path = keep(QStringLiteral("software-rsa.pdf"), signedPdf.value());
        checkWithPdfsig(path, 1);
        checkWithOpenSsl(QStringLiteral("software-rsa"), signedPdf.value(), m_testCaPath);
    }

    void signsPdfsWithObjectStreams_data()
    {
        QTest::addColumn<bool>("linearize");
        QTest::newRow("object streams") << false;
        QTest::newRow("object streams, linearized") << true;
    }

    void signsPdfsWithObjectStreams()
    {
        QFETCH(bool, linearize);
        const QByteArray input = rewrittenByQpdf(m_summary, true, linearize);
        QVERIFY(input.contains("/ObjStm"));
        QVERIFY(input.contains("/XRef"));
        SimulatedTokenSigner signer(m_token, SignKey);
        const Result<QByteArray> signedPdf = forms::signPdf(input, signer, options());
        QVERIFY2(signedPdf.ok(),
                 qPrintable(signedPdf.ok() ? QString() : signedPdf.error().detail()));
        // The update's cross-reference section is a stream too, chained with /Prev.
        const QByteArray update = signedPdf.value().mid(input.size());
        QVERIFY(update.contains("/Type /XRef"));
        QVERIFY(update.contains("/Prev "));
        QVERIFY(!update.contains("\nxref\n"));
        QVERIFY(forms::verifyPdf(signedPdf.value()).ok());
        QCOMPARE(forms::extractEmbeddedFile(signedPdf.value(), QStringLiteral("submission.json"))
                     .value(),
                 manifestBytes());
        const QString path = keep(linearize ? QStringLiteral("object-streams-linearized.pdf")
                                            : QStringLiteral("object-streams.pdf"),
                                  signedPdf.value());
        checkWithPdfsig(path, 1);
    }

    void joinsAnExistingForm()
    {
        const QByteArray input =
            rewrittenByQpdf(m_summary, false, false, addDirectFormWithTextField);
        SimulatedTokenSigner signer(m_token, SignKey);
        const Result<QByteArray> signedPdf = forms::signPdf(input, signer, options());
        QVERIFY2(signedPdf.ok(),
                 qPrintable(signedPdf.ok() ? QString() : signedPdf.error().detail()));
        QVERIFY(forms::verifyPdf(signedPdf.value()).ok());
        // The catalog (holding the form) and the page (holding /Annots) were rewritten
        // with what they had plus the signature field.
        const QByteArray update = signedPdf.value().mid(input.size());
        QVERIFY(update.contains("/DA (/Helv 0 Tf 0 g)"));
        QVERIFY(update.contains("/SigFlags 3"));
        QVERIFY(update.contains("/T (Signature1)"));
        QVERIFY(update.contains("/AF ["));
        const QString path = keep(QStringLiteral("existing-form.pdf"), signedPdf.value());
        checkWithPdfsig(path, 1);
        QCOMPARE(forms::extractEmbeddedFile(signedPdf.value(), QStringLiteral("submission.json"))
                     .value(),
                 manifestBytes());
    }

    void secondSignatureKeepsTheFirstValid()
    {
        SimulatedTokenSigner token(m_token, SignKey);
        const Result<QByteArray> once = forms::signPdf(m_summary, token, options());
        QVERIFY(once.ok());
        const std::unique_ptr<SoftwareRsaSigner> rsa = rsaSigner();
        const Result<QByteArray> twice = forms::signPdf(once.value(), *rsa, options());
        QVERIFY2(twice.ok(), qPrintable(twice.ok() ? QString() : twice.error().detail()));
        QVERIFY(twice.value().startsWith(once.value()));
        const Result<forms::PadesCheck> check = forms::verifyPdf(twice.value());
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().detail()));
        QCOMPARE(check.value().signatureCount, 2);
        QCOMPARE(check.value().signerCertificate, rsa->certificate());

        const QString path = keep(QStringLiteral("two-signatures.pdf"), twice.value());
        const CommandRun run =
            runCommand(QStringLiteral("pdfsig"), {"-nssdir", m_nss.databaseArgument(), path});
        QVERIFY2(run.output.contains(QStringLiteral("Signature #2")), qPrintable(run.output));
        QVERIFY2(run.output.count(QStringLiteral("Signature is Valid.")) == 2,
                 qPrintable(run.output));
        QVERIFY2(run.output.count(QStringLiteral("Certificate is Trusted.")) == 2,
                 qPrintable(run.output));
        // The first one covers the file as it was; the second the whole file.
        QCOMPARE(run.output.count(QStringLiteral("Total document signed")), 1);
    }

    void oneChangedByteIsCaught()
    {
        SimulatedTokenSigner signer(m_token, SignKey);
        const Result<QByteArray> signedPdf = forms::signPdf(m_summary, signer, options());
        QVERIFY(signedPdf.ok());
        // A byte of the binary comment on the second line: the PDF still reads, only the
        // signed bytes differ.
        QByteArray changed = signedPdf.value();
        const qsizetype comment = changed.indexOf("\n%") + 2;
        QVERIFY(comment > 2 && comment < 20);
        changed[comment] = char(changed.at(comment) ^ 0x01);
        const QString path = keep(QStringLiteral("one-byte-changed.pdf"), changed);
        const CommandRun run =
            runCommand(QStringLiteral("pdfsig"), {"-nssdir", m_nss.databaseArgument(), path});
        QVERIFY2(run.output.contains(QStringLiteral("Signature #1")), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("Signature is Valid.")),
                 qPrintable(run.output));
        const Result<forms::PadesCheck> check = forms::verifyPdf(changed);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code(), QLatin1String(ErrorCode::SignatureInvalid));
        QVERIFY2(check.error().detail().contains(QStringLiteral("changed after signing")),
                 qPrintable(check.error().detail()));

        // A corrupted signature value (the card's answer damaged) is caught too.
        SimulatedTokenSigner tampering(m_token, SignKey, true);
        const Result<QByteArray> badValue = forms::signPdf(m_summary, tampering, options());
        QVERIFY(badValue.ok());
        QCOMPARE(forms::verifyPdf(badValue.value()).error().code(),
                 QLatin1String(ErrorCode::SignatureInvalid));
        QVERIFY(!runCommand(QStringLiteral("pdfsig"),
                            {"-nssdir", m_nss.databaseArgument(),
                             keep(QStringLiteral("bad-signature-value.pdf"), badValue.value())})
                     .output.contains(QStringLiteral("Signature is Valid.")));
    }

    void signatureTooBigIsRefused()
    {
        SimulatedTokenSigner signer(m_token, SignKey);
        forms::PadesOptions o = options();
        o.reservedSignatureBytes = 256;
        const Result<QByteArray> signedPdf = forms::signPdf(m_summary, signer, o);
        QVERIFY(!signedPdf.ok());
        QCOMPARE(signedPdf.error().code(), QLatin1String(ErrorCode::PdfSigningFailed));
        QVERIFY2(signedPdf.error().detail().contains(QStringLiteral("reserved")),
                 qPrintable(signedPdf.error().detail()));
    }

    void unsignedOrDamagedPdfsAreRefused()
    {
        const Result<forms::PadesCheck> unsignedCheck = forms::verifyPdf(m_summary);
        QCOMPARE(unsignedCheck.error().code(), QLatin1String(ErrorCode::SignatureInvalid));
        QVERIFY(unsignedCheck.error().detail().contains(QStringLiteral("no signature")));
        QCOMPARE(forms::verifyPdf("not a PDF").error().code(),
                 QLatin1String(ErrorCode::SignatureInvalid));
        SimulatedTokenSigner signer(m_token, SignKey);
        QCOMPARE(forms::signPdf("not a PDF", signer, options()).error().code(),
                 QLatin1String(ErrorCode::PdfSigningFailed));

        // Bytes appended after the signature are not covered by it.
        const Result<QByteArray> signedPdf = forms::signPdf(m_summary, signer, options());
        QVERIFY(signedPdf.ok());
        const Result<forms::PadesCheck> appended =
            forms::verifyPdf(signedPdf.value() + "% appended\n");
        QCOMPARE(appended.error().code(), QLatin1String(ErrorCode::SignatureInvalid));
        QVERIFY(appended.error().detail().contains(QStringLiteral("whole file")));
    }

    // Figures for the notes: a 20-page summary, signing time without the card's own time.
    void twentyPageFigures()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray pages = makeQtPdf(20);
        const qint64 renderMs = timer.elapsed();
        timer.restart();
        const Result<QByteArray> withManifest =
            forms::embedFile(pages, QStringLiteral("submission.json"), manifestBytes(),
                             QStringLiteral("application/json"), {});
        QVERIFY(withManifest.ok());
        const double embedMs = double(timer.nsecsElapsed()) / 1e6;

        SimulatedTokenSigner token(m_token, SignKey);
        QList<double> signing;
        QList<double> verifying;
        QByteArray last;
        for (int run = 0; run < 15; ++run) {
            CountingSigner signer(token);
            timer.restart();
            const Result<QByteArray> signedPdf =
                forms::signPdf(withManifest.value(), signer, options());
            const qint64 total = timer.nsecsElapsed();
            QVERIFY(signedPdf.ok());
            signing.append(double(total - signer.nanosecondsInSigner) / 1e6);
            timer.restart();
            QVERIFY(forms::verifyPdf(signedPdf.value()).ok());
            verifying.append(double(timer.nsecsElapsed()) / 1e6);
            last = signedPdf.value();
        }
        std::sort(signing.begin(), signing.end());
        std::sort(verifying.begin(), verifying.end());
        keep(QStringLiteral("twenty-pages.pdf"), last);
        const CommandRun info =
            runCommand(QStringLiteral("pdfinfo"), {m_artifacts + "/pades-twenty-pages.pdf"});
        qInfo("20-page summary: %lld bytes signed (%s); render %lld ms, embed %.2f ms, sign "
              "without the card median %.2f ms (min %.2f, max %.2f), verify median %.2f ms",
              qint64(last.size()),
              qPrintable(
                  info.output.split(u'\n').filter(QStringLiteral("Pages:")).value(0).simplified()),
              renderMs, embedMs, signing.at(signing.size() / 2), signing.first(), signing.last(),
              verifying.at(verifying.size() / 2));
        QVERIFY(info.output.contains(QRegularExpression(QStringLiteral("Pages:\\s+2[0-9]"))));
    }
};

QTEST_MAIN(TestFormsPades)
#include "tst_forms_pades.moc"
