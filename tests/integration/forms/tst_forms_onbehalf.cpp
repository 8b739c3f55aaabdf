// Signing on behalf of a company, against the simulated portal over real TLS: Luc Weber
// fills a form in the space of Weber Constructions S.A. and signs it with the
// professional certificate of his signing stick that names the company. The manifest
// and the summary PDF say it is submitted on behalf of the company (name and register
// number) by him, with that certificate; the portal accepts it in the company's space,
// and refuses the same claim sent to the space of his other company (SUB-008).
#include "AuthClient.h"
#include "CertificateParser.h"
#include "ClientStack.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FormSchemaParser.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PadesVerifier.h"
#include "PortalClient.h"
#include "PortalFormGateway.h"
#include "PortalServer.h"
#include "PortalSignIn.h"
#include "PortalTls.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SpaceIds.h"
#include "SubmissionPackager.h"
#include "TestCipher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

const QString Weber = QString::fromLatin1(sim::seed::kWeberConstructionsSpace);
const QString Bakery = QString::fromLatin1(sim::seed::kBoulangerieWeberSpace);
const QString FormId = QStringLiteral("F-CRIMINAL-RECORD-EXTRACT");
const Company WeberConstructions{QStringLiteral("Weber Constructions S.A."),
                                 QStringLiteral("B123456"), QStringLiteral("LU12345613")};

Result<QJsonObject> wait(const std::function<void(FormGateway::JsonDone)>& call)
{
    std::optional<Result<QJsonObject>> out;
    call([&](const Result<QJsonObject>& r) { out.emplace(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return Error(ErrorCode::PortalTimeout, QStringLiteral("no answer"));
    return *out;
}

// The PDF's text without any whitespace (pdftotext wraps and spaces as it likes).
QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("summary.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                file.fileName(), QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class OnBehalfTest : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_stick{sim::SimulatedPki::demoPersonas().at(1)}; // Luc Weber
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    QString m_access;
    test::ClientStack m_stack; // client, store, vault, outbox in a temporary folder
    std::unique_ptr<DraftStore> m_drafts;

    std::unique_ptr<PortalFormGateway> gatewayFor(const QString& spaceId, const Company& company)
    {
        return std::make_unique<PortalFormGateway>(
            *m_stack.client, *m_stack.store, *m_stack.vault, *m_stack.outbox,
            PortalFormGateway::Identity{spaceId, QStringLiteral("Luc Weber"), company,
                                        m_drafts.get()});
    }

    // The criminal-record extract, answered and signed with the stick's key `keyId`,
    // submitted from `spaceId` on behalf of `company`.
    Result<SubmissionPackage> package(FormGateway& gateway, const QByteArray& keyId)
    {
        const auto json =
            wait([&](auto done) { gateway.fetchForm(FormId, QStringLiteral("en"), this, done); });
        if (!json)
            return json.error();
        auto parsed = parseFormDefinition(json.value(), QStringLiteral("en"));
        if (!parsed)
            return parsed.error();
        FormModel model(parsed.value());
        model.setValue(QStringLiteral("purpose"), QStringLiteral("employment"));
        model.setValue(QStringLiteral("extractLanguage"), QStringLiteral("fr"));
        model.setValue(QStringLiteral("deliveryMode"), QStringLiteral("space"));

        test::SimulatedTokenSigner signer(m_stick, keyId);
        const Result<CertificateInfo> info = parseCertificate(signer.certificate());
        if (!info)
            return info.error();
        const Company company = gateway.company();
        PackageInput input{model,
                           {},
                           SummaryPeople{gateway.personName(), company.nameWithIdentifier(),
                                         info.value().holderName + QStringLiteral(", ") +
                                             info.value().organisation},
                           {},
                           {}};
        input.manifest.language = QStringLiteral("en");
        input.manifest.spaceId = gateway.spaceId();
        input.manifest.createdAt = QDateTime::currentDateTimeUtc();
        input.manifest.clientVersion = QStringLiteral("0.1.0");
        input.manifest.onBehalfOf = company;
        input.manifest.submittedBy = gateway.personName();
        input.manifest.signedWith = {
            {}, info.value().holderName, info.value().organisation, info.value().issuerCommonName};
        input.signature.signingTime = input.manifest.createdAt;
        return buildPackage(input, &signer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_stick.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        m_access =
            test::signInToPortal(m_network, m_server->baseUrl(), m_tls.caCertificate(), m_stick);
        QVERIFY(!m_access.isEmpty());

        test::ClientStack::Options options;
        options.accessToken = [this] { return m_access; };
        options.maxAttempts = 1;
        options.keyByte = 4;
        QVERIFY(m_stack.open(m_network, m_server->baseUrl(), m_tls.caCertificate(), options));
        m_drafts =
            std::move(DraftStore::open(m_stack.folder.filePath(QStringLiteral("drafts.sqlite")),
                                       guichet::test::testCipher())
                          .value());
    }

    void acceptedInTheCompanysSpace()
    {
        const QByteArray companyKey = sim::SimulatedToken::companySignatureKeyId(0);
        const QByteArray certificate = m_stick.pki().companySignatures().at(0).certificateDer;
        QCOMPARE(parseCertificate(certificate).value().organisation, WeberConstructions.name);

        auto gateway = gatewayFor(Weber, WeberConstructions);
        const Result<SubmissionPackage> built = package(*gateway, companyKey);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().detail()));

        // The manifest names the company, the person and the certificate really used.
        const QJsonObject manifest = QJsonDocument::fromJson(built.value().manifest).object();
        QCOMPARE(manifest.value(u"spaceId").toString(), Weber);
        const QJsonObject company = manifest.value(u"onBehalfOf").toObject();
        QCOMPARE(company.value(u"name").toString(), WeberConstructions.name);
        QCOMPARE(company.value(u"rcsNumber").toString(), WeberConstructions.rcsNumber);
        QCOMPARE(manifest.value(u"submittedBy").toObject().value(u"name").toString(),
                 QStringLiteral("Luc Weber"));
        const QJsonObject signedWith = manifest.value(u"signedWith").toObject();
        QCOMPARE(signedWith.value(u"sha256").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(certificate, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(signedWith.value(u"organisation").toString(), WeberConstructions.name);
        const Result<PadesCheck> signature = verifyPdf(built.value().signedPdf);
        QVERIFY(signature);
        QCOMPARE(signature.value().signerCertificate, certificate);

        // The summary says it too, as the person signs it.
        const QString text = pdfText(built.value().signedPdf);
        QVERIFY2(!text.isEmpty(), "pdftotext is needed");
        QVERIFY2(text.contains(squeezed(WeberConstructions.nameWithIdentifier())),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("LucWeber")));
        QVERIFY(text.contains(squeezed(QStringLiteral("Luc Weber, Weber Constructions S.A."))));

        // The portal accepts it in the company's space.
        QSignalSpy sent(gateway.get(), &FormGateway::submissionSent);
        QSignalSpy refused(gateway.get(), &FormGateway::submissionRefused);
        QVERIFY(gateway->queueSubmission(built.value()));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !refused.isEmpty(), 30000);
        if (!refused.isEmpty())
            QFAIL(qPrintable(refused.first().at(1).value<Error>().detail()));
        const QString dossierId = sent.first().at(1).toString();
        QVERIFY(m_server->store().item(Weber, QStringLiteral("dossier"), dossierId).has_value());
    }

    void refusedInAnotherCompanysSpace()
    {
        // Sent to the bakery's space while claiming Weber Constructions: SUB-008.
        auto gateway = gatewayFor(Bakery, WeberConstructions);
        const Result<SubmissionPackage> built =
            package(*gateway, sim::SimulatedToken::companySignatureKeyId(0));
        QVERIFY2(built, qPrintable(built ? QString() : built.error().detail()));
        QSignalSpy sent(gateway.get(), &FormGateway::submissionSent);
        QSignalSpy refused(gateway.get(), &FormGateway::submissionRefused);
        QVERIFY(gateway->queueSubmission(built.value()));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !refused.isEmpty(), 30000);
        QVERIFY(sent.isEmpty());
        const Error error = refused.first().at(1).value<Error>();
        QVERIFY2(error.detail().contains(u"SUB-008"), qPrintable(error.detail()));
    }
};

QTEST_MAIN(OnBehalfTest)
#include "tst_forms_onbehalf.moc"
