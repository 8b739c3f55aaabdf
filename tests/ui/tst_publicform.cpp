// Someone without a Luxembourg card uses "My forms" as the app offers it before
// sign-in, against the simulated portal over real TLS and without any token: the
// birth-certificate copy is filled in through its widgets, the summary says nothing
// is signed, "Submit" asks who is submitting, and the portal's reference and
// tracking code come back on screen with a Copy button. The code then finds the
// submission on the portal; the draft and the outbox entry are gone.
#include "ClientStack.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "FieldRow.h"
#include "FormPage.h"
#include "FormsPage.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "PublicFormGateway.h"
#include "SimulatedToken.h"
#include "SubmitterContactDialog.h"
#include "TestCipher.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

const QString BirthCertificate = QStringLiteral("F-BIRTH-CERTIFICATE-COPY");
const QByteArray PassportScan = "%PDF-1.4\n% a passport scan for the test\n%%EOF\n";

// A choice as a person makes it: a radio button for short lists, the drop-down
// otherwise (the editor follows user choices only).
bool choose(QWidget* form, const QString& fieldId, const QString& value)
{
    if (auto* radio =
            form->findChild<QRadioButton*>(QStringLiteral("option_%1_%2").arg(fieldId, value))) {
        radio->click();
        return true;
    }
    auto* list = form->findChild<QComboBox*>(QStringLiteral("input_") + fieldId);
    if (!list || list->findData(value) < 0)
        return false;
    list->setCurrentIndex(list->findData(value));
    Q_EMIT list->activated(list->currentIndex());
    return true;
}

bool type(QWidget* form, const QString& objectName, const QString& text)
{
    auto* line = form->findChild<QLineEdit*>(objectName);
    if (!line)
        return false;
    line->setFocus();
    QTest::keyClicks(line, text);
    Q_EMIT line->editingFinished();
    return true;
}

} // namespace

class PublicFormScreenTest : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token; // only for the portal's trust anchors
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QNetworkAccessManager m_network;
    test::ClientStack m_stack; // client, store, vault, outbox in a temporary folder
    std::unique_ptr<forms::DraftStore> m_drafts;
    std::unique_ptr<forms::PublicFormGateway> m_gateway;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_stack.folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
        // No token provider: nobody is signed in.
        test::ClientStack::Options options;
        options.maxAttempts = net::RetryPolicy{}.maxAttempts; // the app's own policy
        options.baseDelayMs = net::RetryPolicy{}.baseDelayMs;
        options.storeName = QStringLiteral("public.sqlite");
        options.keyByte = 7;
        QVERIFY(m_stack.open(m_network, m_server->baseUrl(), m_tls.caCertificate(), options));
        m_drafts = std::move(
            forms::DraftStore::open(m_stack.folder.filePath(QStringLiteral("drafts.sqlite")),
                                    guichet::test::testCipher())
                .value());
        m_gateway = std::make_unique<forms::PublicFormGateway>(*m_stack.client, *m_stack.store,
                                                               m_drafts.get());
        m_gateway->attachOutbox(*m_stack.vault, *m_stack.outbox);
    }

    void fillAndSubmitWithoutACard()
    {
        FormsPage page(*m_gateway, nullptr, nullptr);
        QSignalSpy errors(&page, &FormsPage::errorOccurred);
        page.resize(1000, 800);
        page.show();

        QSignalSpy opened(&page, &FormsPage::formOpened);
        page.startForm(BirthCertificate);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        FormPage* form = page.currentForm();
        QVERIFY(form);
        QVERIFY(!form->model().definition().signatureRequired);
        QVERIFY2(errors.isEmpty(), "the draft could not be made");

        QVERIFY(choose(form, QStringLiteral("documentKind"), QStringLiteral("extract")));
        QVERIFY(type(form, QStringLiteral("input_copies"), QStringLiteral("2")));
        QVERIFY(choose(form, QStringLiteral("usage"), QStringLiteral("marriage")));
        QVERIFY(type(form, QStringLiteral("input_surname"), QStringLiteral("Ferreira")));
        QVERIFY(type(form, QStringLiteral("input_givenName"), QStringLiteral("Ana")));
        QVERIFY(type(form, QStringLiteral("input_birthDate"), QStringLiteral("1990-07-21")));
        QVERIFY(choose(form, QStringLiteral("requesterRole"), QStringLiteral("self")));
        const QString scan = writeFile(QStringLiteral("passport.pdf"), PassportScan);
        form->setFileChooser([scan](QWidget*) { return scan; });
        form->findChild<QPushButton*>(QStringLiteral("chooseFile_requesterId"))->click();
        QVERIFY(type(form, QStringLiteral("input_deliveryAddress_street"),
                     QStringLiteral("Rua <b>Augusta</b>")));
        QVERIFY(
            type(form, QStringLiteral("input_deliveryAddress_houseNumber"), QStringLiteral("12")));
        QVERIFY(type(form, QStringLiteral("input_deliveryAddress_postalCode"),
                     QStringLiteral("1100-053")));
        QVERIFY(
            type(form, QStringLiteral("input_deliveryAddress_locality"), QStringLiteral("Lisboa")));
        QVERIFY(choose(form, QStringLiteral("deliveryAddress_country"), QStringLiteral("PT")));
        QVERIFY(type(form, QStringLiteral("input_email"), QStringLiteral("ana@example.org")));
        QCOMPARE(form->model().value(QStringLiteral("copies")).toInt(), 2);
        QCOMPARE(form->model().value(QStringLiteral("birthDate")).toString(),
                 QStringLiteral("1990-07-21"));
        QCOMPARE(form->model()
                     .value(QStringLiteral("deliveryAddress"))
                     .toObject()
                     .value(u"country")
                     .toString(),
                 QStringLiteral("PT"));
        for (const forms::FieldIssue& issue : form->model().validate(QDate::currentDate()))
            qWarning() << issue.fieldId << issue.message;
        QVERIFY2(form->continueToSummary(), "the form has issues");

        // The summary says it goes unsigned, and the button says what it does.
        QVERIFY(form->isShowingSummary());
        auto* submit = form->findChild<QPushButton*>(QStringLiteral("summarySign"));
        QVERIFY(submit && submit->isEnabled());
        QVERIFY(!submit->text().contains(QStringLiteral("sign"), Qt::CaseInsensitive));
        QCOMPARE(submit->accessibleName(), QStringLiteral("Submit without a signature"));
        // What was typed is shown as typed, markup included.
        bool streetShown = false;
        for (QLabel* label : form->findChildren<QLabel*>(QStringLiteral("summaryAnswer"))) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            streetShown =
                streetShown || label->text().contains(QStringLiteral("Rua <b>Augusta</b>"));
        }
        QVERIFY(streetShown);

        // "Submit" asks who is submitting: no card says it.
        submit->click();
        SubmitterContactDialog* contact = nullptr;
        QTRY_VERIFY((contact = page.findChild<SubmitterContactDialog*>()) != nullptr);
        auto* ok = contact->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // name and e-mail are required
        const QList<QLineEdit*> lines = contact->findChildren<QLineEdit*>();
        QVERIFY(lines.size() >= 3);
        QTest::keyClicks(lines.at(0), QStringLiteral("Ana"));
        QTest::keyClicks(lines.at(1), QStringLiteral("Ferreira"));
        QTest::keyClicks(lines.at(2), QStringLiteral("ana.ferreira@example.org"));
        QTRY_VERIFY(ok->isEnabled());
        QSignalSpy sent(m_gateway.get(), &forms::FormGateway::publicSubmissionSent);
        ok->click();

        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !errors.isEmpty(), 60000);
        if (!errors.isEmpty())
            QFAIL(qPrintable(errors.first().first().value<Error>().summary() + u' ' +
                             errors.first().first().value<Error>().detail()));
        const QString reference = sent.first().at(1).toString();
        const QString trackingCode = sent.first().at(2).toString();
        QVERIFY2(reference.startsWith(QStringLiteral("PS-")), qPrintable(reference));
        QVERIFY(!trackingCode.isEmpty());

        // Shown once, with a button that copies the code.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("trackingCodeBox"))) !=
                    nullptr);
        QVERIFY(box->text().contains(reference));
        QVERIFY(box->text().contains(trackingCode));
        box->findChild<QPushButton*>(QStringLiteral("copyTrackingCode"))->click();
        QCOMPARE(QApplication::clipboard()->text(), trackingCode);
        box->close();

        // Nothing is left behind: no draft, no outbox entry, no files in the vault.
        QVERIFY(!page.currentForm());
        QTRY_VERIFY(m_drafts->list(QString()).value().isEmpty());
        QTRY_VERIFY(m_stack.store->outbox().list().value().isEmpty());

        // The portal has it, and the code shown is the one that follows it.
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
        QCOMPARE(status.value().object().value(u"status").toString(), QStringLiteral("received"));
        QCOMPARE(status.value().object().value(u"reference").toString(), reference);
    }
};

QTEST_MAIN(PublicFormScreenTest)
#include "tst_publicform.moc"
