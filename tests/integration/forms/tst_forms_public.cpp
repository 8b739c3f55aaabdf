// Someone without a Luxembourg card, against the simulated portal over real TLS:
// the birth-certificate copy (open without a card) is fetched without a token,
// filled in, packaged without a signature, queued through the public gateway's
// outbox and received with a PS- reference and a tracking code, which then shows
// the submission as received. A form that needs a card is refused (SUB-006).
#include "ClientStack.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FormSchemaParser.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "PublicFormGateway.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"
#include "SubmissionManifest.h"
#include "SubmissionPackager.h"
#include "TestCipher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

// Waits for one callback of the gateway.
Result<QJsonObject> wait(const std::function<void(FormGateway::JsonDone)>& call)
{
    std::optional<Result<QJsonObject>> out;
    call([&](const Result<QJsonObject>& r) { out.emplace(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return Error(ErrorCode::PortalTimeout, QStringLiteral("no answer"));
    return *out;
}

SubmitterContact ana()
{
    SubmitterContact contact;
    contact.givenName = QStringLiteral("Ana");
    contact.surname = QStringLiteral("Ferreira");
    contact.email = QStringLiteral("ana.ferreira@example.org");
    contact.nationality = QStringLiteral("PT");
    return contact;
}

} // namespace

class PublicFormTest : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    test::ClientStack m_stack; // client, store, vault, outbox in a temporary folder
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PublicFormGateway> m_gateway;

    // The form in French, parsed; fails the test when it cannot be had.
    std::optional<FormModel> fetch(const QString& formId)
    {
        const auto json = wait(
            [&](auto done) { m_gateway->fetchForm(formId, QStringLiteral("fr"), this, done); });
        if (!json) {
            qWarning() << json.error().summary() << json.error().detail();
            return std::nullopt;
        }
        auto parsed = parseFormDefinition(json.value(), QStringLiteral("fr"));
        if (!parsed)
            return std::nullopt;
        return FormModel(parsed.value());
    }

    // An unsigned package as FormSigning makes it for a public form.
    Result<SubmissionPackage> package(const FormModel& model, const QList<SubmissionFile>& files)
    {
        PackageInput input{model, files, SummaryPeople{ana().fullName(), {}}, {}, {}};
        input.manifest.language = QStringLiteral("fr");
        input.manifest.createdAt = QDateTime::currentDateTimeUtc();
        input.manifest.clientVersion = QStringLiteral("0.1.0");
        input.manifest.contact = ana().toJson();
        return buildPackage(input, nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        // No token provider at all: nobody is signed in.
        test::ClientStack::Options options;
        options.maxAttempts = 2;
        options.keyByte = 5;
        QVERIFY(m_stack.open(m_network, m_server->baseUrl(), m_tls.caCertificate(), options));
        m_drafts =
            std::move(DraftStore::open(m_stack.folder.filePath(QStringLiteral("drafts.sqlite")),
                                       guichet::test::testCipher())
                          .value());
        m_gateway =
            std::make_unique<PublicFormGateway>(*m_stack.client, *m_stack.store, m_drafts.get());
        m_gateway->attachOutbox(*m_stack.vault, *m_stack.outbox);
        m_gateway->setSubmitterContact(ana());
    }

    void whatNeedsACardIsRefused()
    {
        QVERIFY(m_gateway->spaceId().isEmpty());
        QCOMPARE(m_gateway->personName(), QStringLiteral("Ana Ferreira"));
        const auto prefill = wait([&](auto done) {
            m_gateway->fetchPrefill(QStringLiteral("F-BIRTH-CERTIFICATE-COPY"), {},
                                    QStringLiteral("fr"), this, done);
        });
        QVERIFY(prefill);
        QVERIFY(prefill.value().value(QStringLiteral("values")).toArray().isEmpty());
        const auto consent = wait([&](auto done) {
            m_gateway->giveConsent({}, QStringLiteral("F-BIRTH-CERTIFICATE-COPY"), this, done);
        });
        QVERIFY(!consent);
        QCOMPARE(consent.error().code(), QString::fromLatin1(ErrorCode::AuthTokenMissing));
        QVERIFY(!m_gateway->queueCorrection({}));
    }

    void birthCertificateWithoutACard()
    {
        std::optional<FormModel> model = fetch(QStringLiteral("F-BIRTH-CERTIFICATE-COPY"));
        QVERIFY(model);
        QVERIFY(!model->definition().signatureRequired);

        const QByteArray passport = "%PDF-1.4\n% a passport scan for the test\n%%EOF\n";
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(passport, QCryptographicHash::Sha256).toHex());
        const FormField* idField = model->definition().field(QStringLiteral("requesterId"));
        QVERIFY(idField);
        SubmissionFile file;
        file.requirementId = idField->attachmentRequirementId;
        file.fileName = QStringLiteral("passport.pdf");
        file.mediaType = QStringLiteral("application/pdf");
        file.size = passport.size();
        file.sha256 = sha256;
        file.content = passport;

        model->setValue(QStringLiteral("documentKind"), QStringLiteral("extract"));
        model->setValue(QStringLiteral("copies"), 1);
        model->setValue(QStringLiteral("usage"), QStringLiteral("marriage"));
        model->setValue(QStringLiteral("surname"), QStringLiteral("Ferreira"));
        model->setValue(QStringLiteral("givenName"), QStringLiteral("Ana"));
        model->setValue(QStringLiteral("birthDate"), QStringLiteral("1990-07-21"));
        model->setValue(QStringLiteral("requesterRole"), QStringLiteral("self"));
        model->setValue(QStringLiteral("requesterId"),
                        QJsonObject{{QStringLiteral("sha256"), sha256},
                                    {QStringLiteral("fileName"), file.fileName},
                                    {QStringLiteral("mediaType"), file.mediaType},
                                    {QStringLiteral("size"), file.size},
                                    {QStringLiteral("requirementId"), file.requirementId}});
        model->setValue(QStringLiteral("deliveryAddress"),
                        QJsonObject{{QStringLiteral("street"), QStringLiteral("Rua Augusta")},
                                    {QStringLiteral("houseNumber"), QStringLiteral("12")},
                                    {QStringLiteral("postalCode"), QStringLiteral("1100-053")},
                                    {QStringLiteral("locality"), QStringLiteral("Lisboa")},
                                    {QStringLiteral("country"), QStringLiteral("PT")}});
        model->setValue(QStringLiteral("email"), QStringLiteral("ana.ferreira@example.org"));
        const QList<FieldIssue> issues = model->validate(QDate::currentDate());
        for (const FieldIssue& issue : issues)
            qWarning() << issue.fieldId << issue.message;
        QVERIFY(issues.isEmpty());

        const Result<SubmissionPackage> built = package(*model, {file});
        QVERIFY2(built, qPrintable(built ? QString() : built.error().detail()));
        const QJsonObject manifest = QJsonDocument::fromJson(built.value().manifest).object();
        QVERIFY(manifest.value(QStringLiteral("spaceId")).isNull());
        QCOMPARE(manifest.value(QStringLiteral("contact")).toObject(), ana().toJson());

        QSignalSpy sent(m_gateway.get(), &FormGateway::publicSubmissionSent);
        QSignalSpy refused(m_gateway.get(), &FormGateway::submissionRefused);
        const Result<QString> queued = m_gateway->queueSubmission(built.value());
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().detail()));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !refused.isEmpty(), 30000);
        if (!refused.isEmpty())
            QFAIL(qPrintable(refused.first().at(1).value<Error>().detail()));
        const QString reference = sent.first().at(1).toString();
        const QString trackingCode = sent.first().at(2).toString();
        QVERIFY2(reference.startsWith(QLatin1String("PS-")), qPrintable(reference));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"))
                    .match(trackingCode)
                    .hasMatch());
        // Shown once: nothing of it is left in the public store.
        const auto left = m_stack.store->outbox().list();
        QVERIFY(left && left.value().isEmpty());

        // Followed with the tracking code (a header, never in the URL).
        net::PortalRequest follow;
        follow.path = QStringLiteral("/public/submissions/%1").arg(reference);
        follow.headers.append({"Tracking-Code", trackingCode.toLatin1()});
        follow.useEtagCache = false;
        std::optional<Result<net::PortalResponse>> answer;
        m_stack.client->send(follow, this,
                             [&](const Result<net::PortalResponse>& r) { answer.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        QVERIFY2(*answer, qPrintable(*answer ? QString() : answer->error().detail()));
        const auto status =
            net::PortalClient::jsonOf(answer->value(), QStringLiteral("getPublicSubmission"));
        QVERIFY(status);
        QCOMPARE(status.value().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("received"));
    }

    void cardOnlyFormIsRefusedWithSub006()
    {
        std::optional<FormModel> model = fetch(QStringLiteral("F-COST-OF-LIVING-ALLOWANCE"));
        QVERIFY(model);
        // Whatever the answers, the portal refuses the procedure itself first; the
        // packager would refuse to leave a card form unsigned, so the package is made
        // by hand, as a modified client would send it.
        ManifestContext context;
        context.language = QStringLiteral("fr");
        context.createdAt = QDateTime::currentDateTimeUtc();
        context.contact = ana().toJson();
        SubmissionPackage built;
        built.formId = model->definition().id;
        built.formTitle = model->definition().title;
        built.manifest = buildManifest(*model, {}, context);
        built.signedPdf = "%PDF-1.4\n%%EOF\n";
        QSignalSpy sent(m_gateway.get(), &FormGateway::publicSubmissionSent);
        QSignalSpy refused(m_gateway.get(), &FormGateway::submissionRefused);
        QVERIFY(m_gateway->queueSubmission(built));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !refused.isEmpty(), 30000);
        QVERIFY(sent.isEmpty());
        const Error error = refused.first().at(1).value<Error>();
        QVERIFY2(error.detail().contains(QLatin1String("SUB-006")), qPrintable(error.detail()));
    }
};

QTEST_MAIN(PublicFormTest)
#include "tst_forms_public.moc"
