// The heart of the product end to end, against the simulated portal over real TLS:
// Marie opens the criminal-record extract form, it is pre-filled from the national
// register (automatic) and her space (personal), she gives the consent the form asks
// for and the bulletin arrives with that provenance, she answers the rest, the
// summary PDF is signed with her card's signature key, the package goes through the
// outbox, the reference comes back, and after a sync the dossier is in her store
// with its first tracking event. Offline, the form she opened before still opens.
#include "AuthClient.h"
#include "ClientStack.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FormSchemaParser.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
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
#include "SyncEngine.h"
#include "TestCipher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

const QString Marie = QString::fromLatin1(sim::seed::kMariePrivateSpace);
const QString FormId = QStringLiteral("F-CRIMINAL-RECORD-EXTRACT");

// Waits for one callback of the gateway.
Result<QJsonObject> wait(const std::function<void(FormGateway::JsonDone)>& call)
{
    std::optional<Result<QJsonObject>> out;
    call([&](const Result<QJsonObject>& r) { out.emplace(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return Error(ErrorCode::PortalTimeout, QStringLiteral("no answer"));
    return *out;
}

} // namespace

class FormFlowTest : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    QString m_access;
    test::ClientStack m_stack; // client, store, vault, outbox in a temporary folder
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PortalFormGateway> m_gateway;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        m_access =
            test::signInToPortal(m_network, m_server->baseUrl(), m_tls.caCertificate(), m_token);
        QVERIFY(!m_access.isEmpty());

        test::ClientStack::Options options;
        options.accessToken = [this] { return m_access; };
        options.maxAttempts = 2;
        options.keyByte = 3;
        QVERIFY(m_stack.open(m_network, m_server->baseUrl(), m_tls.caCertificate(), options));
        m_drafts =
            std::move(DraftStore::open(m_stack.folder.filePath(QStringLiteral("drafts.sqlite")),
                                       guichet::test::testCipher())
                          .value());
        m_gateway = std::make_unique<PortalFormGateway>(
            *m_stack.client, *m_stack.store, *m_stack.vault, *m_stack.outbox,
            PortalFormGateway::Identity{Marie, QStringLiteral("Marie Schmit"), {}, m_drafts.get()});
    }

    void fromFormToDossier()
    {
        const auto json = wait(
            [&](auto done) { m_gateway->fetchForm(FormId, QStringLiteral("fr"), this, done); });
        QVERIFY2(json, qPrintable(json ? QString() : json.error().summary()));
        auto parsed = parseFormDefinition(json.value(), QStringLiteral("fr"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail()));
        QVERIFY(parsed.value().signatureRequired);
        FormModel model(parsed.value());

        // Pre-fill: the national register automatically, a consent still to give.
        auto prefill = wait([&](auto done) {
            m_gateway->fetchPrefill(FormId, model.definition().version, QStringLiteral("fr"), this,
                                    done);
        });
        QVERIFY2(prefill, qPrintable(prefill ? QString() : prefill.error().summary()));
        model.mergePrefill(prefill.value());
        QCOMPARE(model.answer(QStringLiteral("surname")).value.toString(),
                 QStringLiteral("Schmit"));
        QCOMPARE(model.answer(QStringLiteral("nationalNumber")).provenance.origin,
                 ValueOrigin::Automatic);
        QCOMPARE(model.consentsNeeded().size(), 1);
        const ConsentNeeded consent = model.consentsNeeded().first();
        QCOMPARE(consent.source, QStringLiteral("criminal-record"));
        QVERIFY(!consent.purposeText.isEmpty());
        QVERIFY(!model.value(QStringLiteral("bulletinPreview")).isString());

        // The consent is recorded on the portal, then the data comes with it.
        auto given = wait([&](auto done) { m_gateway->giveConsent(consent, FormId, this, done); });
        QVERIFY2(given, qPrintable(given ? QString() : given.error().summary()));
        QCOMPARE(given.value().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        prefill = wait([&](auto done) {
            m_gateway->fetchPrefill(FormId, model.definition().version, QStringLiteral("fr"), this,
                                    done);
        });
        QVERIFY(prefill);
        model.mergePrefill(prefill.value());
        QVERIFY(model.consentsNeeded().isEmpty());
        const Answer bulletin = model.answer(QStringLiteral("bulletinPreview"));
        QCOMPARE(bulletin.provenance.origin, ValueOrigin::Consent);
        QVERIFY(!bulletin.provenance.consentId.isEmpty());

        // What the person answers, then the checks the summary needs.
        QCOMPARE(model.setValue(QStringLiteral("purpose"), QStringLiteral("employment")),
                 EditOutcome::Changed);
        model.setValue(QStringLiteral("extractLanguage"), QStringLiteral("fr"));
        model.setValue(QStringLiteral("deliveryMode"), QStringLiteral("space"));
        const QList<FieldIssue> issues = model.validate(QDate::currentDate());
        for (const FieldIssue& issue : issues)
            qWarning() << issue.fieldId << issue.message;
        QVERIFY(issues.isEmpty());

        // Kept as a draft first, as the screen does.
        DraftSummary summary;
        summary.spaceId = Marie;
        summary.formId = FormId;
        summary.formVersion = model.definition().version;
        summary.procedureId = model.definition().procedureId;
        summary.title = model.definition().title;
        const QString draftId = m_drafts->create(summary).value();
        QVERIFY(m_drafts->save(draftId, model.toDraftJson(), QDateTime::currentDateTimeUtc()));

        // Signed with the card's signature key (one PIN entry).
        test::SimulatedTokenSigner signer(m_token, QByteArray(sim::SimulatedToken::SignatureKeyId));
        PackageInput input{model, {}, SummaryPeople{QStringLiteral("Marie Schmit"), {}}, {}, {}};
        input.manifest.language = QStringLiteral("fr");
        input.manifest.spaceId = Marie;
        input.manifest.createdAt = QDateTime::currentDateTimeUtc();
        input.manifest.clientVersion = QStringLiteral("0.1.0");
        input.signature.signingTime = input.manifest.createdAt;
        input.signature.reason = QStringLiteral("Demande d'extrait du casier judiciaire");
        PackageTimings timings;
        const Result<SubmissionPackage> package = buildPackage(input, &signer, &timings);
        QVERIFY2(package, qPrintable(package ? QString() : package.error().detail()));
        qInfo("package: render %.1f ms, embed %.1f ms, sign %.1f ms (of which the token %.1f "
              "ms), self-check %.1f ms",
              timings.renderNs / 1e6, timings.embedNs / 1e6, timings.signNs / 1e6,
              timings.signerNs / 1e6, timings.verifyNs / 1e6);
        const QString artifacts = QStringLiteral(GUICHET_BINARY_DIR "/test-artifacts");
        QDir().mkpath(artifacts);
        QFile out(artifacts + QStringLiteral("/criminal-record-extract-marie.pdf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(package.value().signedPdf);
        out.close();

        // Through the outbox: queued durably, sent, the reference comes back.
        QSignalSpy sent(m_gateway.get(), &FormGateway::submissionSent);
        QSignalSpy refused(m_gateway.get(), &FormGateway::submissionRefused);
        const Result<QString> queued = m_gateway->queueSubmission(package.value());
        QVERIFY(queued);
        QVERIFY(m_drafts->discard(draftId));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !refused.isEmpty(), 30000);
        if (!refused.isEmpty())
            QFAIL(qPrintable(refused.first().at(1).value<Error>().summary() + QLatin1Char(' ') +
                             refused.first().at(1).value<Error>().detail()));
        const QString reference = sent.first().at(1).toString();
        QVERIFY2(reference.startsWith(QLatin1String("D-")), qPrintable(reference));
        QVERIFY(!sent.first().at(2).toString().isEmpty());

        // After a sync the dossier is there, received, with its first event.
        sync::SyncEngine engine(*m_stack.client, *m_stack.store);
        engine.setSpaces({Marie});
        QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().toBool());
        const auto dossier =
            m_stack.store->objects().object(Marie, QStringLiteral("dossier"), reference);
        QVERIFY(dossier && dossier.value());
        const QJsonObject d = QJsonDocument::fromJson(dossier.value()->json).object();
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        store::ObjectFilter events;
        events.spaceId = Marie;
        events.kind = QStringLiteral("event");
        events.dossierId = reference;
        QVERIFY(m_stack.store->objects().count(events).valueOr(0) >= 1);
    }

    // The form opened before opens again when the portal cannot be reached.
    void aKeptFormOpensOffline()
    {
        sim::Fault down;
        down.kind = sim::Fault::Kind::ServerError;
        down.times = 10;
        m_server->faults().set(QStringLiteral("GET /forms/{formId}"), down);
        const auto json = wait(
            [&](auto done) { m_gateway->fetchForm(FormId, QStringLiteral("fr"), this, done); });
        m_server->faults().clearAll();
        QVERIFY2(json, qPrintable(json ? QString() : json.error().summary()));
        QCOMPARE(json.value().value(QStringLiteral("id")).toString(), FormId);
        // A form never opened is an error, not an empty form.
        m_server->faults().set(QStringLiteral("GET /forms/{formId}"), down);
        const auto never = wait([&](auto done) {
            m_gateway->fetchForm(QStringLiteral("F-VAT-REGISTRATION"), QStringLiteral("fr"), this,
                                 done);
        });
        m_server->faults().clearAll();
        QVERIFY(!never);
    }
};

QTEST_MAIN(FormFlowTest)
#include "tst_forms_flow.moc"
