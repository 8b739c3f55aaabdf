#include "CardStatusIndicator.h"
#include "ErrorCodes.h"
#include "GuiPinPrompt.h"
#include "NoticeBar.h"
#include "ShellFixture.h"
#include "pages/DiagnosticsPage.h"

#include <QCryptographicHash>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <future>

using namespace guichet;
using guichet::sim::SimulatedToken;

namespace {

QGroupBox* waitForToken(ShellFixture& shell)
{
    QGroupBox* box = nullptr;
    [&] { QTRY_VERIFY((box = shell.window->findChild<QGroupBox*>(QStringLiteral("token")))); }();
    return box;
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

class TestCardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCardItsCertificatesAndPin()
    {
        ShellFixture shell({}, true);
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        QGroupBox* box = waitForToken(shell);
        QVERIFY(box);
        QCOMPARE(box->title(), QStringLiteral("Marie Schmit"));
        QVERIFY(
            labelText(box, "tokenFacts").startsWith(QStringLiteral("Carte d'identité simulée")));
        QCOMPARE(labelText(box, "tokenPin"), QStringLiteral("PIN prêt, 3 essais restants"));
        auto* table = box->findChild<QTableWidget*>(QStringLiteral("certificateTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Connexion"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Signature de documents"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Guichet Demo Root CA (503bcd)"));
        QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("Valable jusqu'au")));
        QCOMPARE(labelText(shell.window.get(), "cardState"),
                 QStringLiteral("Votre carte est prête."));
        // The reader without a card is listed too.
        auto* readers = shell.find<QListWidget>(QStringLiteral("readerList"));
        QTRY_COMPARE(readers->item(0)->text(), QStringLiteral("Virtual PCD 00 00 — pas de carte"));
        auto* status = shell.window->findChild<CardStatusIndicator*>();
        QCOMPARE(status->text(), QStringLiteral("● Carte : Marie Schmit"));
    }

    void explainsWhyNoCardCanBeUsed()
    {
        ShellFixture shell({}, true);
        shell.token->setInserted(false);
        shell.pcsc.setServiceRunning(false);
        shell.window->show();
        shell.refreshCards();
        QTRY_COMPARE(labelText(shell.window.get(), "cardState"),
                     Error(ErrorCode::PcscServiceNotRunning).userMessage());
        QCOMPARE(labelText(shell.window.get(), "cardWhatToDo"),
                 Error(ErrorCode::PcscServiceNotRunning).whatToDo());
        auto* status = shell.window->findChild<CardStatusIndicator*>();
        QCOMPARE(status->text(),
                 QStringLiteral("○ Le service de cartes à puce n'est pas démarré."));
        shell.pcsc.setServiceRunning(true);
        QTRY_COMPARE(labelText(shell.window.get(), "cardState"),
                     Error(ErrorCode::NoCard).userMessage());
    }

    void changesThePinThroughTheDialogs()
    {
        ShellFixture shell({}, true);
        GuiPinPrompt prompt(shell.window.get());
        QStringList answers{QStringLiteral("123456"), QStringLiteral("65432100")};
        QList<PinRequest::Purpose> purposes;
        prompt.setAnswerForTests([&](const PinRequest& request) -> std::optional<QString> {
            purposes.append(request.purpose);
            return answers.isEmpty() ? std::nullopt : std::optional(answers.takeFirst());
        });
        shell.setPinPrompt(&prompt);
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        QGroupBox* box = waitForToken(shell);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("changePin")),
                          Qt::LeftButton);
        QTRY_COMPARE(purposes.size(), 2);
        QCOMPARE(purposes, (QList<PinRequest::Purpose>{PinRequest::Purpose::CurrentPin,
                                                       PinRequest::Purpose::NewPin}));
        QTRY_VERIFY(shell.window->visibleNotices().isEmpty());
        // The new PIN is the one that now signs.
        answers = {QStringLiteral("65432100")};
        TokenSigner signer(*shell.cards, QLatin1String(SimulatedToken::TokenId),
                           shell.token->tokens().first().certificates.first());
        auto signature = std::async(std::launch::async, [&] {
            return signer.signDigest(QByteArray(32, 'x'), DigestAlgorithm::Sha256);
        });
        while (signature.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        QVERIFY(signature.get().ok());
    }

    void wrongPinIsShownWithTriesLeftAndBlockingDisablesChange()
    {
        ShellFixture shell({}, true);
        GuiPinPrompt prompt(shell.window.get());
        prompt.setAnswerForTests(
            [](const PinRequest&) { return std::optional(QStringLiteral("000000")); });
        shell.setPinPrompt(&prompt);
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        QGroupBox* box = waitForToken(shell);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("changePin")),
                          Qt::LeftButton);
        // The failure is explained with its code, and the card page shows the count.
        QTRY_COMPARE(shell.window->visibleNotices().size(), 1);
        QCOMPARE(shell.window->visibleNotices().first()->error().code(),
                 QLatin1String(ErrorCode::PinIncorrect));
        QTRY_COMPARE(
            labelText(shell.window->findChild<QGroupBox*>(QStringLiteral("token")), "tokenPin"),
            QStringLiteral("Un PIN incorrect a été saisi depuis le dernier PIN correct"));
        shell.token->blockPin();
        shell.refreshCards();
        QTRY_COMPARE(
            labelText(shell.window->findChild<QGroupBox*>(QStringLiteral("token")), "tokenPin"),
            QStringLiteral("PIN bloqué"));
        QVERIFY(!shell.window->findChild<QGroupBox*>(QStringLiteral("token"))
                     ->findChild<QPushButton*>(QStringLiteral("changePin"))
                     ->isEnabled());
        QCOMPARE(shell.window->findChild<CardStatusIndicator*>()->text(),
                 QStringLiteral("○ Carte : Marie Schmit (PIN bloqué)"));
    }

    void diagnosticsReportIsPlainAndImpersonal()
    {
        ShellFixture shell({}, true);
        shell.pcsc.insertCard(QStringLiteral("Virtual PCD 00 00"),
                              QByteArray::fromHex("3b8b800180f9a00000030800001000c8"));
        shell.window->show();
        shell.window->showPage(QStringLiteral("diagnostics"));
        auto* report = shell.find<QPlainTextEdit>(QStringLiteral("diagnosticsReport"));
        QTRY_VERIFY(report->toPlainText().contains(QStringLiteral("ATR: 3B 8B 80 01")));
        const QString text = report->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Service de cartes à puce (PC/SC) : démarré")));
        QVERIFY(text.contains(QStringLiteral("Lecteurs : 1")));
        QVERIFY(!text.contains(QStringLiteral("Marie")));
        QVERIFY(!text.contains(QStringLiteral("1985021412399")));
        auto* page = shell.window->findChild<DiagnosticsPage*>();
        const QString file = shell.dir.filePath(QStringLiteral("report.txt"));
        page->setFileChooser([&] { return file; });
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("diagnosticsSave")),
                          Qt::LeftButton);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), page->reportText());
    }

    // The help desk reads a code to the caller's screen: typed loosely, explained in the
    // page's language, and again after a switch; an unknown code says so (APP-008).
    void diagnosticsExplainsATypedCode()
    {
        ShellFixture shell({}, true);
        shell.window->show();
        shell.window->showPage(QStringLiteral("diagnostics"));
        auto* page = shell.window->findChild<DiagnosticsPage*>();
        auto* field = shell.find<QLineEdit>(QStringLiteral("diagnosticsExplainCode"));
        QTest::keyClicks(field, QStringLiteral("net-4"));
        QTest::keyClick(field, Qt::Key_Return);
        const Error timeout(QStringLiteral("NET-004"));
        QVERIFY2(page->explanationText().startsWith(timeout.summary()),
                 qPrintable(page->explanationText()));
        QVERIFY(page->explanationText().contains(timeout.whatToDo()));
        const QString french = page->explanationText();

        shell.languages.setLanguage(QStringLiteral("en"));
        QVERIFY(page->explanationText().startsWith(QStringLiteral("NET-004: ")));
        QVERIFY(page->explanationText() != french);
        QVERIFY(page->explanationText().contains(QStringLiteral("What to do: ")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("<b>ZZZ-1</b>"));
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("diagnosticsExplain")),
                          Qt::LeftButton);
        QVERIFY2(page->explanationText().startsWith(QStringLiteral("APP-008: ")),
                 qPrintable(page->explanationText()));
    }
};

QTEST_MAIN(TestCardPage)
#include "tst_cardpage.moc"
