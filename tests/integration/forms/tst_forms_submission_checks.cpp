// The simulated portal's checks of a signed submission (POST /spaces/{id}/dossiers),
// over real TLS, in the order of docs/api/portal.yaml: form version (SUB-004), PAdES
// signature (SUB-001), signer = the signed-in person (SUB-002), submission part = the
// embedded submission.json (SUB-007), attachments (SUB-003).
#include "AuthService.h"
#include "EcdsaEncoding.h"
#include "PdfEmbeddedFile.h"
#include "PortalServer.h"
#include "PortalTestClient.h"
#include "PortalTls.h"
#include "SignedPackage.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QTest>

using namespace guichet;
using guichet::test::PortalAnswer;
using guichet::test::PortalTestClient;

namespace {

const QString Dossiers = QStringLiteral("/api/v1/spaces/sp-priv-marie-schmit/dossiers");
const QByteArray AuthKey(sim::SimulatedToken::AuthenticationKeyId);
const QByteArray SignKey(sim::SimulatedToken::SignatureKeyId);

QHttpPart part(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
               const QByteArray& bytes)
{
    QHttpPart part;
    QByteArray disposition = "form-data; name=\"" + name + '"';
    if (!fileName.isEmpty())
        disposition += "; filename=\"" + fileName + '"';
    part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
    part.setHeader(QNetworkRequest::ContentTypeHeader, type);
    part.setBody(bytes);
    return part;
}

// A cost-of-living allowance manifest (no attachments unless `attachmentDigest` is
// given), as compact JSON bytes: what is embedded and what is sent.
QByteArray manifest(const QString& version = QStringLiteral("1.0.0"),
                    const QString& givenName = QStringLiteral("Marie"),
                    const QString& attachmentDigest = {})
{
    QJsonArray attachments;
    if (!attachmentDigest.isEmpty())
        attachments.append(QJsonObject{{"requirementId", "income"},
                                       {"fileName", "income.pdf"},
                                       {"mediaType", "application/pdf"},
                                       {"size", 1234},
                                       {"sha256", attachmentDigest}});
    const QJsonObject object{
        {"format", "guichet-submission/1"},
        {"procedureId", "P-CIT-COST-OF-LIVING-ALLOWANCE"},
        {"formId", "F-COST-OF-LIVING-ALLOWANCE"},
        {"formVersion", version},
        {"language", "en"},
        {"spaceId", "sp-priv-marie-schmit"},
        {"answers", QJsonArray{QJsonObject{{"fieldId", "givenName"}, {"value", givenName}},
                               QJsonObject{{"fieldId", "surname"}, {"value", "Schmit"}}}},
        {"attachments", attachments},
        {"createdAt", "2026-03-10T17:44:03Z"},
        {"client", QJsonObject{{"name", "Guichet Desktop"}, {"version", "0.1.0"}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

#define CHECK_REFUSED(answer, expectedStatus, expectedCode)                                        \
    do {                                                                                           \
        const PortalAnswer& a_ = (answer);                                                         \
        QVERIFY2(a_.contractProblems.isEmpty(), qPrintable(a_.contractProblems.join(u'\n')));      \
        QVERIFY2(a_.status == (expectedStatus) && a_.code() == QLatin1String(expectedCode),        \
                 qPrintable(QStringLiteral("status %1, body %2")                                   \
                                .arg(a_.status)                                                    \
                                .arg(QString::fromUtf8(a_.body.left(400)))));                      \
    } while (false)

class TestFormsSubmissionChecks : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_marie;
    sim::SimulatedToken m_paul{sim::SimulatedPki::demoPersonas().at(2)};
    sim::SimulatedToken m_untrustedMarie; // Marie's identity from a CA the portal does not know
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    std::unique_ptr<PortalTestClient> m_client;

    PortalAnswer post(const QByteArray& submission, const QByteArray& package,
                      const QByteArray& attachment = {})
    {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(part("submission", {}, "application/json", submission));
        multipart->append(part("package", "summary.pdf", "application/pdf", package));
        if (!attachment.isEmpty())
            multipart->append(part("attachments", "income.pdf", "application/pdf", attachment));
        return m_client->postMultipart(Dossiers, multipart);
    }

    QByteArray signedBy(sim::SimulatedToken& token, const QByteArray& embeddedManifest,
                        bool tamper = false)
    {
        test::SimulatedTokenSigner signer(token, SignKey, tamper);
        const Result<QByteArray> package = test::makeSignedPackage(embeddedManifest, signer);
        return package.ok() ? package.value() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_marie.pki().caCertificateDer(), m_paul.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        m_client = std::make_unique<PortalTestClient>(m_server->baseUrl(), m_tls.caCertificate());

        // Sign in as Marie with her authentication key (Web eID token scheme).
        const QString origin = m_server->baseUrl().toString(QUrl::RemovePath);
        const PortalAnswer challenge =
            m_client->send("POST", QStringLiteral("/api/v1/auth/challenge"));
        const QString nonce = challenge.json().value(QStringLiteral("nonce")).toString();
        test::SimulatedTokenSigner signer(m_marie, AuthKey);
        const Result<QByteArray> der =
            signer.signDigest(sim::AuthService::signedValue(origin, nonce, QStringLiteral("ES256")),
                              DigestAlgorithm::Sha256);
        QVERIFY(der.ok());
        const QJsonObject request{
            {"certificate", QString::fromLatin1(signer.certificate().toBase64())},
            {"algorithm", "ES256"},
            {"signature",
             QString::fromLatin1(ecdsaDerToRaw(der.value(), signer.certificate()).toBase64())},
            {"nonce", nonce},
            {"origin", origin}};
        const PortalAnswer token = m_client->send(
            "POST", QStringLiteral("/api/v1/auth/token"),
            QJsonDocument(request).toJson(QJsonDocument::Compact), "application/json");
        QCOMPARE(token.status, 200);
        m_client->setAccessToken(token.json().value(QStringLiteral("accessToken")).toString());
    }

    void acceptsACorrectlySignedPackage()
    {
        const QByteArray submission = manifest();
        const QByteArray package = signedBy(m_marie, submission);
        QVERIFY(!package.isEmpty());
        const PortalAnswer receipt = post(submission, package);
        QVERIFY2(receipt.contractProblems.isEmpty(),
                 qPrintable(receipt.contractProblems.join(u'\n')));
        QVERIFY2(receipt.status == 201, receipt.body.constData());
        // The dossier keeps the signed package as its document.
        const PortalAnswer dossier =
            m_client->get(Dossiers + u'/' + receipt.json().value(QStringLiteral("id")).toString());
        QCOMPARE(dossier.status, 200);
        QVERIFY(dossier.json().value(QStringLiteral("packageDocumentId")).isString());
    }

    void refusesAnUnsignedPackage()
    {
        const QByteArray submission = manifest();
        const Result<QByteArray> unsignedPdf =
            forms::embedFile(test::makeQtPdf(1), QStringLiteral("submission.json"), submission,
                             QStringLiteral("application/json"), {});
        QVERIFY(unsignedPdf.ok());
        CHECK_REFUSED(post(submission, unsignedPdf.value()), 422, "SUB-001");
        CHECK_REFUSED(post(submission, "%PDF-1.4\nnot really\n%%EOF\n"), 422, "SUB-001");
        // A signature value that does not verify.
        CHECK_REFUSED(post(submission, signedBy(m_marie, submission, true)), 422, "SUB-001");
    }

    void refusesAPackageSignedWithAnotherCard()
    {
        const QByteArray submission = manifest();
        const PortalAnswer paul = post(submission, signedBy(m_paul, submission));
        CHECK_REFUSED(paul, 422, "SUB-002");
        QVERIFY(paul.json().value("detail").toString().contains("differs"));
        // The right name and number, but from an issuer the portal does not trust.
        const PortalAnswer untrusted = post(submission, signedBy(m_untrustedMarie, submission));
        CHECK_REFUSED(untrusted, 422, "SUB-002");
        QVERIFY(untrusted.json().value("detail").toString().contains("trusted issuer"));
    }

    void refusesASubmissionThatDiffersFromTheSignedOne()
    {
        const QByteArray submission = manifest();
        QByteArray sent = manifest(QStringLiteral("1.0.0"), QStringLiteral("MariE"));
        QCOMPARE(sent.size(), submission.size()); // one byte apart
        CHECK_REFUSED(post(sent, signedBy(m_marie, submission)), 422, "SUB-007");
        // Same content, other bytes (pretty-printed): still not the signed file.
        const QByteArray pretty =
            QJsonDocument::fromJson(submission).toJson(QJsonDocument::Indented);
        CHECK_REFUSED(post(pretty, signedBy(m_marie, submission)), 422, "SUB-007");
    }

    void checksRunInTheOrderOfTheContract()
    {
        // Old form version before the signature: SUB-004 even for an unsigned package.
        const QByteArray old = manifest(QStringLiteral("0.9.0"));
        CHECK_REFUSED(post(old, test::makeQtPdf(1)), 422, "SUB-004");
        // The signature before the attachments: SUB-001 with a wrong attachment too.
        const QByteArray attachment = "%PDF-1.4\n% income\n%%EOF\n";
        const QByteArray withAttachment =
            manifest(QStringLiteral("1.0.0"), QStringLiteral("Marie"), QString(64, u'0'));
        CHECK_REFUSED(post(withAttachment, test::makeQtPdf(1), attachment), 422, "SUB-001");
        // Signed correctly, wrong attachment digest: now SUB-003.
        CHECK_REFUSED(post(withAttachment, signedBy(m_marie, withAttachment), attachment), 422,
                      "SUB-003");
    }
};

QTEST_MAIN(TestFormsSubmissionChecks)
#include "tst_forms_submission_checks.moc"
