#include "AnnouncementRecorder.h"
#include "ErrorCodes.h"
#include "NoticeBar.h"
#include "Page.h"
#include "ShellFixture.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace guichet;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sidebarNavigatesBetweenPages()
    {
        ShellFixture shell;
        shell.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window.get()));
        auto* nav = shell.find<QListWidget>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 5);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Accueil"));
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("home"));

        // Keyboard navigation: Down moves to the next page.
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("card"));
        // Mouse: click the last entry.
        const QRect about = nav->visualItemRect(nav->item(4));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, about.center());
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("about"));
        QVERIFY(shell.window->showPage(QStringLiteral("home")));
        QVERIFY(!shell.window->showPage(QStringLiteral("nope")));
        QCOMPARE(nav->currentRow(), 0);
    }

    // Signed out, Home says how to start and the state of the card; the places of the
    // data and the log are on About (the help desk reads them there).
    void homeSaysHowToStartAndAboutWhereDataLives()
    {
        ShellFixture shell({}, true);
        shell.window->show();
        auto* start = shell.find<QWidget>(QStringLiteral("startPanel"));
        QVERIFY(start->isVisible());
        QVERIFY(!shell.find<QWidget>(QStringLiteral("attentionPanel"))->isVisible());
        // No portal in this fixture: no Sign in page, so no link to it.
        QVERIFY(!shell.find<QWidget>(QStringLiteral("startSignIn")));
        auto* card = shell.find<QLabel>(QStringLiteral("homeCardState"));
        // The same words as the status bar, once the card service has found the card.
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Carte")), 10000);
        QCOMPARE(card->text(), shell.find<QLabel>(QStringLiteral("cardStatus"))->text());

        auto* places = shell.find<QLabel>(QStringLiteral("aboutPlaces"));
        QVERIFY(places->text().contains(shell.context.paths.root()));
        QVERIFY(places->text().contains(QStringLiteral("prêt")));
        QVERIFY(places->text().contains(QStringLiteral("Fichier journal")));
    }

    void aboutShowsVersions()
    {
        ShellFixture shell;
        const QString versions = shell.find<QLabel>(QStringLiteral("aboutVersions"))->text();
        QVERIFY(versions.contains(QString::fromLatin1(qVersion())));
        QVERIFY2(versions.contains(QStringLiteral("OpenSSL 3")), qPrintable(versions));
        auto* licence = shell.window->findChild<QWidget*>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        QVERIFY(licence->property("plainText").toString().contains(QStringLiteral("Apache")));
    }

    void noticesExplainErrorsInPlainWords()
    {
        ShellFixture shell;
        shell.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window.get()));
        test::AnnouncementRecorder heard;
        const Error error(ErrorCode::DataFolderNotWritable, QStringLiteral("/x: <b>denied</b>"));
        shell.window->showNotice(error);
        shell.window->showNotice(error); // shown once
        QCOMPARE(shell.window->visibleNotices().size(), 1);
        // Said once, whole: what happened, what to do, the code (issue #18 §2).
        QCOMPARE(heard.texts().size(), 1);
        QVERIFY(heard.texts().first().startsWith(error.userMessage()));
        QVERIFY(heard.texts().first().contains(error.whatToDo()));
        QVERIFY(heard.texts().first().endsWith(QStringLiteral("DATA-001")));
        NoticeBar* bar = shell.window->visibleNotices().first();
        auto* code = bar->findChild<QLabel*>(QStringLiteral("noticeCode"));
        QVERIFY(code->text().contains(QStringLiteral("DATA-001")));
        QCOMPARE(bar->findChild<QLabel*>(QStringLiteral("noticeMessage"))->textFormat(),
                 Qt::PlainText);
        QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("noticeClose")),
                          Qt::LeftButton);
        QVERIFY(shell.window->visibleNotices().isEmpty());
    }

    void reportsFirstPaintOnceAndComesToFront()
    {
        ShellFixture shell;
        QSignalSpy painted(shell.window.get(), &MainWindow::firstPainted);
        shell.window->show();
        QVERIFY(painted.wait(5000));
        shell.window->update();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1);
        shell.window->showMinimized();
        shell.window->bringToFront();
        QVERIFY(shell.window->isVisible());
        QVERIFY(!shell.window->isMinimized());
    }

    void withoutAPortalHomeAndSignInSaySoAndOfferTheDemo()
    {
        int demoStarts = 0;
        ShellFixture shell({}, false, [&](ShellFixture& fixture) {
            ShellContext& context = fixture.context;
            context.portalProblem = Error(ErrorCode::PortalNotConfigured);
            context.startDemo = [&] { ++demoStarts; };
        });
        shell.window->show();
        // Home first: the reason in plain words, the code, and the way to the demo.
        shell.window->showPage(QStringLiteral("home"));
        const auto panels = shell.window->findChildren<QWidget*>(QStringLiteral("noPortalPanel"));
        QCOMPARE(panels.size(), 2); // on Home and in place of Sign in
        auto* home =
            shell.window->currentPage()->findChild<QWidget*>(QStringLiteral("noPortalPanel"));
        QVERIFY(home);
        auto* message = home->findChild<QLabel*>(QStringLiteral("noPortalMessage"));
        QCOMPARE(message->text(), QStringLiteral("Aucun portail n'est configuré."));
        auto* hint = home->findChild<QLabel*>(QStringLiteral("noPortalHint"));
        QVERIFY(hint->text().contains(QStringLiteral("CFG-005")));
        auto* demo = home->findChild<QPushButton*>(QStringLiteral("startDemo"));
        QVERIFY(demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        QCOMPARE(demoStarts, 1);

        // Sign in is there, saying the same, with the same way out.
        shell.window->showPage(QStringLiteral("signin"));
        auto* signIn =
            shell.window->currentPage()->findChild<QWidget*>(QStringLiteral("noPortalPanel"));
        QVERIFY(signIn && signIn != home);
        auto* again = signIn->findChild<QPushButton*>(QStringLiteral("startDemo"));
        QVERIFY(again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(demoStarts, 2);

        // The language switches at run time here too.
        shell.languages.setLanguage(QStringLiteral("de"));
        QCOMPARE(message->text(), QStringLiteral("Es ist kein Portal eingerichtet."));
        QCOMPARE(demo->text(), QStringLiteral("Demo starten"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
