// "My forms" as a person uses it, against the simulated portal over TLS: open the
// criminal-record extract form, see it pre-filled, give the consent from its panel,
// answer, read the summary, sign with the simulated card (PIN through the dialog's
// seam), and see the portal's reference come back; the draft is gone, the dossier
// exists on the portal. A draft left open is listed and resumes with its answers.
#include "AnnouncementRecorder.h"
#include "AnsweringPinPrompt.h"
#include "AuthClient.h"
#include "ClientStack.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FieldRow.h"
#include "FormSigning.h"
#include "FormsPage.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PortalFormGateway.h"
#include "PortalServer.h"
#include "PortalSignIn.h"
#include "PortalTls.h"
#include "ShellFixture.h"
#include "SimulatedTokenSigner.h"
#include "SpaceIds.h"
#include "TestCipher.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

namespace {

const QString Marie = QString::fromLatin1(sim::seed::kMariePrivateSpace);
const QString FormId = QStringLiteral("F-CRIMINAL-RECORD-EXTRACT");

// Marie's space as the app opens it after sign-in, over the real portal.
struct MarieSpace
{
    explicit MarieSpace(ShellFixture& shell)
    {
        server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{shell.token->pki().caCertificateDer()});
        if (!server->start(tls.serverConfiguration()).ok())
            qFatal("portal did not start");
        access =
            test::signInToPortal(network, server->baseUrl(), tls.caCertificate(), *shell.token);
        if (access.isEmpty())
            qFatal("login failed");
        test::ClientStack::Options options;
        options.accessToken = [this] { return access; };
        options.maxAttempts = net::RetryPolicy{}.maxAttempts; // the app's own policy
        options.baseDelayMs = net::RetryPolicy{}.baseDelayMs;
        options.keyByte = 5;
        if (!stack.open(network, server->baseUrl(), tls.caCertificate(), options))
            qFatal("client, store or vault did not open");
        drafts =
            std::move(forms::DraftStore::open(shell.dir.filePath(QStringLiteral("drafts.sqlite")),
                                              guichet::test::testCipher())
                          .value());
        gateway = std::make_unique<forms::PortalFormGateway>(
            *stack.client, *stack.store, *stack.vault, *stack.outbox,
            forms::PortalFormGateway::Identity{
                Marie, QStringLiteral("Marie Schmit"), {}, drafts.get()});
    }

    sim::PortalTls tls;
    std::unique_ptr<sim::PortalServer> server;
    QNetworkAccessManager network;
    QString access;
    test::ClientStack stack; // client, store, vault, outbox
    std::unique_ptr<forms::DraftStore> drafts;
    std::unique_ptr<forms::PortalFormGateway> gateway;
};

} // namespace

class TestFormsFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillSignAndSubmit()
    {
        ShellFixture shell({}, true);
        MarieSpace space(shell);
        AnsweringPinPrompt prompt;
        int signaturePins = 0;
        prompt.answerWith([&](const PinRequest& request) -> std::optional<QString> {
            if (request.purpose == PinRequest::Purpose::Authenticate)
                return std::nullopt;
            ++signaturePins;
            return QStringLiteral("123456");
        });
        shell.setPinPrompt(&prompt);
        FormsPage page(*space.gateway, shell.cards.get(), &shell.languages);
        QSignalSpy errors(&page, &FormsPage::errorOccurred);
        page.resize(1000, 800);
        page.show();
        shell.refreshCards();
        QTRY_VERIFY_WITH_TIMEOUT(page.signing().signatureKey().has_value(), 10000);

        QSignalSpy opened(&page, &FormsPage::formOpened);
        page.startForm(FormId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        FormPage* form = page.currentForm();
        QVERIFY(form);
        QSignalSpy merged(form, &FormPage::prefillMerged);
        QTRY_VERIFY_WITH_TIMEOUT(
            form->model().value(QStringLiteral("surname")).toString() == u"Schmit", 30000);
        QVERIFY(form->row(QStringLiteral("surname"))
                    ->provenanceLabel()
                    ->text()
                    .contains(forms::sourceDisplayName(QStringLiteral("rnpp-identity"))));

        // The consent panel explains, then "I agree" brings the bulletin with its source.
        auto* agree = form->findChild<QPushButton*>(QStringLiteral("consentAgree"));
        QVERIFY(agree);
        agree->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            form->model().answer(QStringLiteral("bulletinPreview")).provenance.origin ==
                forms::ValueOrigin::Consent,
            30000);

        auto* purpose = form->findChild<QComboBox*>(QStringLiteral("input_purpose"));
        QVERIFY(purpose);
        QVERIFY(purpose->findData(QStringLiteral("employment")) > 0);
        // As a person choosing in the list (the editor follows user choices only).
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("employment")));
        Q_EMIT purpose->activated(purpose->currentIndex());
        form->findChild<QRadioButton*>(QStringLiteral("option_extractLanguage_fr"))->click();
        form->findChild<QRadioButton*>(QStringLiteral("option_deliveryMode_space"))->click();
        QTRY_VERIFY(form->model().value(QStringLiteral("purpose")).isString());
        for (const forms::FieldIssue& issue : form->model().validate(QDate::currentDate()))
            qWarning() << issue.fieldId << issue.message;
        QVERIFY2(form->continueToSummary(), "the form has issues");
        QVERIFY(form->isShowingSummary());

        // Sign: one PIN for the signature key, then the outbox, then the reference.
        auto* sign = form->findChild<QPushButton*>(QStringLiteral("summarySign"));
        QSignalSpy sent(space.gateway.get(), &forms::FormGateway::submissionSent);
        test::AnnouncementRecorder heard;
        QSignalSpy queued(&page.signing(), &FormSigning::queued);
        sign->click();
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !errors.isEmpty(), 60000);
        if (!errors.isEmpty())
            QFAIL(qPrintable(errors.first().first().value<Error>().summary() + u' ' +
                             errors.first().first().value<Error>().detail()));
        QCOMPARE(signaturePins, 1);
        QVERIFY(!page.currentForm()); // back to the list
        const QString dossierId = sent.first().at(1).toString();
        auto* status = page.findChild<QLabel*>(QStringLiteral("formsStatus"));
        QTRY_VERIFY(status->text().contains(dossierId));
        // Issue #18 §2: queued, then the reference, each said once wherever the focus is.
        QVERIFY2(heard.texts().size() == 2, qPrintable(heard.texts().join(u'|')));
        QCOMPARE(heard.count(queued.first().at(1).toString()), 1); // "… is signed and saved"
        QCOMPARE(heard.count(sent.first().at(2).toString()), 1);

        // A second submission: each one has its line, found by its outbox id (they were
        // once kept as sentences and, with two, shown twice each), reworded by a switch.
        Q_EMIT page.signing().queued(QStringLiteral("second"), QStringLiteral("Second form"));
        QVERIFY(status->text().contains(QStringLiteral("Second form")));
        Q_EMIT space.gateway->submissionSent(QStringLiteral("second"), QStringLiteral("DOS-2"),
                                             QStringLiteral("REF-2"));
        const QStringList lines = status->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.filter(dossierId).size(), 1);
        QCOMPARE(lines.filter(QStringLiteral("DOS-2")).size(), 1);
        const QString french = status->text();
        shell.languages.setLanguage(QStringLiteral("de"));
        QVERIFY(status->text() != french);
        QCOMPARE(status->text().split(u'\n').size(), 2);
        QVERIFY(status->text().contains(QStringLiteral("DOS-2")));
        shell.languages.setLanguage(QStringLiteral("fr"));
        QVERIFY(space.drafts->list(Marie).value().isEmpty());
        QVERIFY(
            space.server->store().item(Marie, QStringLiteral("dossier"), dossierId).has_value());
    }

    void aDraftIsListedAndResumes()
    {
        ShellFixture shell({}, true);
        MarieSpace space(shell);
        FormsPage page(*space.gateway, shell.cards.get(), &shell.languages);
        page.show();
        QSignalSpy opened(&page, &FormsPage::formOpened);
        page.startForm(FormId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        FormPage* form = page.currentForm();
        form->findChild<QRadioButton*>(QStringLiteral("option_deliveryMode_post"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            form->findChild<QLabel*>(QStringLiteral("draftStatus"))->text().contains(u':'), 10000);
        form->requestClose();
        QTRY_VERIFY(!page.currentForm());
        auto* list = page.findChild<QListWidget*>(QStringLiteral("draftList"));
        QCOMPARE(list->count(), 1);
        const QString draftId = space.drafts->list(Marie).value().first().id;
        page.resumeDraft(draftId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QCOMPARE(page.currentForm()->model().value(QStringLiteral("deliveryMode")).toString(),
                 QStringLiteral("post"));
        // The address for the post appears, as the rule says.
        QVERIFY(page.currentForm()->model().isVisible(QStringLiteral("postalAddress")));
        // Closed again: the draft stays listed (taking down its chosen radios is no edit).
        page.currentForm()->requestClose();
        QTRY_VERIFY(!page.currentForm());
        QTest::qWait(50); // the form is deleted later
        QCOMPARE(list->count(), 1);
    }
};

QTEST_MAIN(TestFormsFlow)
#include "tst_formsflow.moc"
