#include "AnsweringPinPrompt.h"
#include "CardStatusIndicator.h"
#include "CardTexts.h"
#include "ErrorCodes.h"
#include "NoticeBar.h"
#include "ShellFixture.h"
#include "pages/CardPage.h"
#include "pages/DiagnosticsPage.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

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
        AnsweringPinPrompt prompt;
        QStringList answers{QStringLiteral("123456"), QStringLiteral("65432100")};
        QList<PinRequest::Purpose> purposes;
        prompt.answerWith([&](const PinRequest& request) -> std::optional<QString> {
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
        AnsweringPinPrompt prompt;
        prompt.answerWith(
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
        // A log with a line that names the holder: the saved report must not.
        const QString log = shell.dir.filePath(QStringLiteral("guichet.log"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 300; ++i)
                file.write(QByteArray("2026-12-07 guichet.app: line ") + QByteArray::number(i) +
                           "\n");
            file.write("2026-12-07 guichet.portal: signed in as 1985021412399, "
                       "marie.schmit@example.lu, LU280019400644750000\n");
        }
        auto* page = shell.window->findChild<DiagnosticsPage*>();
        page->setLogSource(log, nullptr);
        shell.pcsc.insertCard(QStringLiteral("Virtual PCD 00 00"),
                              QByteArray::fromHex("3b8b800180f9a00000030800001000c8"));
        shell.window->show();
        shell.window->showPage(QStringLiteral("diagnostics"));
        QTRY_VERIFY(page->hasReport() &&
                    page->reportText().contains(QStringLiteral("atr: 3B 8B 80 01")));
        const QString text = page->reportText();
        QVERIFY2(text.contains(QStringLiteral("[%1] %2").arg(
                     diagnosis::stateText(diagnosis::CheckState::Ok),
                     diagnosis::layerTitle(diagnosis::Layer::PcscService))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("reader: Virtual PCD 00 00; card present")));
        // The simulated token's label is the holder's name; the report leaves it out.
        QVERIFY(!text.contains(QStringLiteral("Marie")));
        QVERIFY(!text.contains(QStringLiteral("1985021412399")));
        QVERIFY(!text.contains(QStringLiteral("marie.schmit@example.lu")));
        QVERIFY(!text.contains(QStringLiteral("LU280019400644750000")));
        // The last 200 log lines, no more.
        QVERIFY(text.contains(QStringLiteral("line 299")));
        QVERIFY(text.contains(QStringLiteral("line 101")));
        QVERIFY(!text.contains(QStringLiteral("line 100\n")));

        // The list shows every check; the first problem is where the page opens.
        auto* layers = shell.find<QTreeWidget>(QStringLiteral("diagnosticsLayers"));
        QCOMPARE(layers->topLevelItemCount(), page->report().checks.size());
        const diagnosis::Check* problem = page->report().firstProblem();
        if (problem) {
            QVERIFY(layers->currentItem()->font(1).bold());
            QVERIFY(shell.find<QLabel>(QStringLiteral("diagnosticsSummary"))
                        ->text()
                        .contains(diagnosis::layerTitle(problem->layer)));
        }

        const QString file = shell.dir.filePath(QStringLiteral("report.txt"));
        page->setFileChooser([&] { return file; });
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("diagnosticsSave")),
                          Qt::LeftButton);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), page->reportText());
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("diagnosticsCopy")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), page->reportText());
    }

    // The holder of a Luxembourg identity card without its middleware is told what the
    // card is, what is missing, where it was looked for and where to get it — in the
    // status bar, on My card and in the diagnosis — never that the card is unsupported.
    void aKnownCardWithoutItsMiddlewareIsNamed()
    {
        ShellFixture shell("[smartcard]\neidModules=/nonexistent/libgclib.so\n", true);
        shell.languages.setLanguage(QStringLiteral("en"));
        shell.token->setInserted(false);
        shell.pcsc.insertCard(QStringLiteral("Virtual PCD 00 00"),
                              QByteArray::fromHex("3B8F800180318065B0850300EF120FFF82900073"));
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        auto* status = shell.window->findChild<CardStatusIndicator*>();
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QStringLiteral(
                "Luxembourg identity card (2014 model): its software is not installed")),
            10000);
        const QString state = labelText(shell.window.get(), "cardState");
        QVERIFY2(state.startsWith(
                     QStringLiteral("Luxembourg identity card (2014 model) in Virtual PCD")),
                 qPrintable(state));
        QVERIFY(state.contains(Error(QStringLiteral("CARD-014")).userMessage()));
        const QString whatToDo = labelText(shell.window.get(), "cardWhatToDo");
        QVERIFY2(whatToDo.contains(QStringLiteral("/nonexistent/libgclib.so")),
                 qPrintable(whatToDo));
        QVERIFY(whatToDo.contains(QStringLiteral("LuxTrust Middleware")));
        QVERIFY(whatToDo.contains(QStringLiteral("CARD-014")));
        QVERIFY(!state.contains(Error(QStringLiteral("CARD-005")).userMessage()));

        shell.window->showPage(QStringLiteral("diagnostics"));
        auto* page = shell.window->findChild<DiagnosticsPage*>();
        QTRY_VERIFY(page->hasReport() && page->report().firstProblem());
        QCOMPARE(page->report().firstProblem()->layer, diagnosis::Layer::Card);
        QCOMPARE(page->report().firstProblem()->code, QStringLiteral("CARD-014"));
        QVERIFY(page->reportText().contains(
            QStringLiteral("module-not-found: /nonexistent/libgclib.so")));
    }

    // A card taken out while the page is shown: the checks run again by themselves.
    void diagnosticsFollowCardChanges()
    {
        ShellFixture shell({}, true);
        auto* page = shell.window->findChild<DiagnosticsPage*>();
        shell.pcsc.insertCard(QStringLiteral("Virtual PCD 00 00"),
                              QByteArray::fromHex("3b8b800180f9a00000030800001000c8"));
        shell.window->show();
        shell.window->showPage(QStringLiteral("diagnostics"));
        QTRY_VERIFY(page->hasReport() &&
                    page->reportText().contains(QStringLiteral("card present")));
        shell.pcsc.removeCard(QStringLiteral("Virtual PCD 00 00"));
        QTRY_VERIFY_WITH_TIMEOUT(page->reportText().contains(QStringLiteral("; no card")), 10000);
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

    // A blocked PIN on a card whose issuer leaves the PUK path to the holder (the
    // simulated token, like a PIV card or SoftHSM): "Unblock the PIN…" asks for the
    // PUK, then the new PIN, and the PIN is ready again.
    void unblocksABlockedPinWithThePuk()
    {
        ShellFixture shell({}, true);
        AnsweringPinPrompt prompt;
        QStringList answers{QStringLiteral("12345678"), QStringLiteral("24681357")};
        QList<PinRequest> requests;
        prompt.answerWith([&](const PinRequest& request) -> std::optional<QString> {
            requests.append(request);
            return answers.isEmpty() ? std::nullopt : std::optional(answers.takeFirst());
        });
        shell.setPinPrompt(&prompt);
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        QVERIFY(waitForToken(shell));
        shell.token->blockPin();
        shell.refreshCards();
        const auto tokenBox = [&] {
            return shell.window->findChild<QGroupBox*>(QStringLiteral("token"));
        };
        QTRY_COMPARE(labelText(tokenBox(), "tokenPin"), QStringLiteral("PIN bloqué"));
        // A layout shows a new button on the next event: wait for it.
        QPushButton* unblock = nullptr;
        QTRY_VERIFY((unblock = tokenBox()->findChild<QPushButton*>(QStringLiteral("unblockPin"))) &&
                    unblock->isVisibleTo(shell.window.get()));
        QVERIFY(unblock->isEnabled());
        QVERIFY(!tokenBox()->findChild<QLabel*>(QStringLiteral("unblockHowTo")));

        QTest::mouseClick(unblock, Qt::LeftButton);
        QTRY_COMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).purpose, PinRequest::Purpose::Puk);
        QCOMPARE(requests.at(0).tokenLabel, QStringLiteral("Marie Schmit"));
        QCOMPARE(requests.at(1).purpose, PinRequest::Purpose::NewPin);
        QTRY_COMPARE(labelText(tokenBox(), "tokenPin"),
                     QStringLiteral("PIN prêt, 3 essais restants"));
        QVERIFY(shell.window->visibleNotices().isEmpty());
        QVERIFY(!tokenBox()->findChild<QPushButton*>(QStringLiteral("unblockPin")));
        QTRY_VERIFY(tokenBox()->findChild<QPushButton*>(QStringLiteral("changePin"))->isEnabled());
        QCOMPARE(shell.token->triesLeft(), SimulatedToken::MaxTries);
        QCOMPARE(shell.window->findChild<CardStatusIndicator*>()->text(),
                 QStringLiteral("● Carte : Marie Schmit"));

        // The new PIN is the one that now signs.
        answers = {QStringLiteral("24681357")};
        TokenSigner signer(*shell.cards, QLatin1String(SimulatedToken::TokenId),
                           shell.token->tokens().first().certificates.first());
        auto signature = std::async(std::launch::async, [&] {
            return signer.signDigest(QByteArray(32, 'u'), DigestAlgorithm::Sha256);
        });
        while (signature.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        QVERIFY(signature.get().ok());
    }

    // A wrong PUK is explained with its code, and the PIN stays blocked with the button.
    void aWrongPukIsExplainedAndThePinStaysBlocked()
    {
        ShellFixture shell({}, true);
        AnsweringPinPrompt prompt;
        QStringList answers{QStringLiteral("87654321"), QStringLiteral("24681357")};
        prompt.answerWith([&](const PinRequest&) -> std::optional<QString> {
            return answers.isEmpty() ? std::nullopt : std::optional(answers.takeFirst());
        });
        shell.setPinPrompt(&prompt);
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        QVERIFY(waitForToken(shell));
        shell.token->blockPin();
        shell.refreshCards();
        QPushButton* unblock = nullptr;
        QTRY_VERIFY(
            (unblock = shell.window->findChild<QPushButton*>(QStringLiteral("unblockPin"))) &&
            unblock->isVisibleTo(shell.window.get()));
        QTest::mouseClick(unblock, Qt::LeftButton);
        QTRY_COMPARE(shell.window->visibleNotices().size(), 1);
        QCOMPARE(shell.window->visibleNotices().first()->error().code(),
                 QLatin1String(ErrorCode::PukIncorrect));
        QTRY_VERIFY(
            shell.window->findChild<QPushButton*>(QStringLiteral("unblockPin")) &&
            shell.window->findChild<QPushButton*>(QStringLiteral("unblockPin"))->isEnabled());
        QCOMPARE(
            labelText(shell.window->findChild<QGroupBox*>(QStringLiteral("token")), "tokenPin"),
            QStringLiteral("PIN bloqué"));
        QCOMPARE(shell.token->pukTriesLeft(), SimulatedToken::MaxPukTries - 1);
    }

    // The Luxembourg eID and LuxTrust devices: their issuers unblock the PIN, so the
    // page says what to do instead of offering a button that cannot work.
    void saysWhatToDoWhenTheIssuerUnblocksThePin()
    {
        ShellFixture shell;
        shell.languages.setLanguage(QStringLiteral("en"));
        shell.window->show();
        shell.window->showPage(QStringLiteral("card"));
        auto* page = shell.window->findChild<CardPage*>();
        QVERIFY(page);
        TokenStatus eid;
        eid.id = QStringLiteral("/usr/lib/pkcs11/libgclib.so#1");
        eid.readerName = QStringLiteral("Cherry SmartTerminal ST-2000 00 00");
        eid.profileId = QStringLiteral("lu-eid-2021");
        eid.profileName = QStringLiteral("Luxembourg identity card (2021 model)");
        eid.label = QStringLiteral("Marie Schmit");
        eid.modulePath = QStringLiteral("/usr/lib/pkcs11/libgclib.so");
        eid.pinState = TokenPinState::Locked;
        eid.triesLeft = 0;
        page->showTokens({eid});
        auto* box = page->findChild<QGroupBox*>(QStringLiteral("token"));
        QVERIFY(box);
        QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("unblockPin")));
        const QString eidText = labelText(box, "unblockHowTo");
        QCOMPARE(eidText, CardTexts::unblockProcedure(eid));
        QVERIFY2(eidText.contains(QStringLiteral("commune")) &&
                     eidText.contains(QStringLiteral("CTIE")) &&
                     eidText.contains(QStringLiteral("PUK")) &&
                     eidText.contains(QStringLiteral("letter")),
                 qPrintable(eidText));
        // Shown like the rest of the box (a layout shows new widgets on the next event).
        QTRY_VERIFY(box->findChild<QLabel*>(QStringLiteral("unblockHowTo"))
                        ->isVisibleTo(shell.window.get()));

        TokenStatus stick = eid;
        stick.id = QStringLiteral("/usr/lib/pkcs11/libgclib.so#2");
        stick.profileId = QStringLiteral("luxtrust-signing-stick");
        stick.profileName = QStringLiteral("LuxTrust Signing Stick");
        page->showTokens({stick});
        box = page->findChild<QGroupBox*>(QStringLiteral("token"));
        QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("unblockPin")));
        const QString stickText = labelText(box, "unblockHowTo");
        QVERIFY2(stickText.contains(QStringLiteral("LuxTrust's own portal")),
                 qPrintable(stickText));
        QVERIFY(!stickText.contains(QStringLiteral("CTIE")));

        // The same cards with a PIN that works: neither the text nor a button.
        eid.pinState = TokenPinState::Ok;
        eid.triesLeft = -1;
        page->showTokens({eid});
        box = page->findChild<QGroupBox*>(QStringLiteral("token"));
        QVERIFY(!box->findChild<QLabel*>(QStringLiteral("unblockHowTo")));
        QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("unblockPin")));
        // A card without a known profile (e.g. a PIV card through OpenSC) gets the button.
        TokenStatus piv = eid;
        piv.profileId.clear();
        piv.profileName.clear();
        piv.pinState = TokenPinState::Locked;
        page->showTokens({piv});
        box = page->findChild<QGroupBox*>(QStringLiteral("token"));
        QVERIFY(box->findChild<QPushButton*>(QStringLiteral("unblockPin")));
        QVERIFY(!box->findChild<QLabel*>(QStringLiteral("unblockHowTo")));
    }
};

QTEST_MAIN(TestCardPage)
#include "tst_cardpage.moc"
