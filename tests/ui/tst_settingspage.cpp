#include "ErrorCodes.h"
#include "Logging.h"
#include "SettingKeys.h"
#include "SettingsPage.h"
#include "ShellFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

Q_LOGGING_CATEGORY(lcSettingsProbe, "guichet.settingsprobe")

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLevelIsSavedAndApplied()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* combo = shell.find<QComboBox>(QStringLiteral("logLevelCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("debug")));
        QCOMPARE(shell.settings->value(SettingKeys::LogLevel), QStringLiteral("debug"));
        QVERIFY(lcSettingsProbe().isDebugEnabled());
        combo->setCurrentIndex(combo->findData(QStringLiteral("warning")));
        QVERIFY(!lcSettingsProbe().isInfoEnabled());
        applyLogLevel(LogLevel::Info);
    }

    void pinPadUseCanBeTurnedOff()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* box = shell.find<QCheckBox>(QStringLiteral("usePinPad"));
        QVERIFY(box->isChecked());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QVERIFY(!box->isChecked());
        QCOMPARE(shell.settings->value(SettingKeys::UsePinPad), false);
        // Another settings object on the same file (the card thread's) sees it at once.
        Settings cardThreadView(shell.dir.filePath(QStringLiteral("user.ini")), QString());
        QCOMPARE(cardThreadView.value(SettingKeys::UsePinPad), false);
    }

    void lockedSettingsCannotBeChanged()
    {
        ShellFixture shell(
            "[ui]\nlanguage=de\n[policy]\nlocked=ui/language, storage/dataDirectory\n");
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* combo = shell.find<QComboBox>(QStringLiteral("languageCombo"));
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
        auto* note = shell.find<QLabel>(QStringLiteral("languageLock"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Géré par votre administrateur."));
        QVERIFY(!shell.find<QPushButton>(QStringLiteral("changeDataFolder"))->isEnabled());
        QVERIFY(shell.find<QComboBox>(QStringLiteral("logLevelCombo"))->isEnabled());
        QVERIFY(!shell.find<QLabel>(QStringLiteral("logLevelLock"))->isVisible());
    }

    void unwritableFolderIsRefusedWithItsCode()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* page = shell.window->findChild<SettingsPage*>();
        const QString blocker = shell.dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        page->setFolderChooser([&] { return blocker + QStringLiteral("/data"); });
        QSignalSpy errors(page, &SettingsPage::errorOccurred);
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("changeDataFolder")),
                          Qt::LeftButton);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<Error>().code(),
                 QLatin1String(ErrorCode::DataFolderNotWritable));
        QCOMPARE(shell.window->visibleNotices().size(), 1);
        QCOMPARE(shell.settings->value(SettingKeys::DataDirectory), QString());
    }

    void newFolderIsSavedForNextStart()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* page = shell.window->findChild<SettingsPage*>();
        const QString target = shell.dir.filePath(QStringLiteral("elsewhere"));
        page->setFolderChooser([&] { return target; });
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("changeDataFolder")),
                          Qt::LeftButton);
        QCOMPARE(shell.settings->value(SettingKeys::DataDirectory), target);
        QCOMPARE(shell.find<QLabel>(QStringLiteral("dataFolderPath"))->text(), target);
        QVERIFY(shell.find<QLabel>(QStringLiteral("dataFolderNote"))
                    ->text()
                    .contains(QStringLiteral("prochain démarrage")));
        // Cancelling the dialog changes nothing.
        page->setFolderChooser([] { return QString(); });
        QTest::mouseClick(shell.find<QPushButton>(QStringLiteral("changeDataFolder")),
                          Qt::LeftButton);
        QCOMPARE(shell.settings->value(SettingKeys::DataDirectory), target);
    }

    void portalSettingsAreCheckedBeforeTheyAreKept()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* page = shell.window->findChild<SettingsPage*>();
        QSignalSpy errors(page, &SettingsPage::errorOccurred);
        auto* url = shell.find<QLineEdit>(QStringLiteral("portalUrl"));
        auto* caFile = shell.find<QLineEdit>(QStringLiteral("portalCaFile"));
        auto* save = shell.find<QPushButton>(QStringLiteral("savePortalSettings"));

        // Plain http to another computer: refused, nothing kept.
        url->setText(QStringLiteral("http://portal.example.lu"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.last().first().value<Error>().code(),
                 QLatin1String(ErrorCode::PortalAddressNotSecure));
        QVERIFY(shell.settings->value(SettingKeys::PortalUrl).isEmpty());

        // A certificate file that cannot be read: refused too.
        url->setText(QStringLiteral("https://portal.example.lu"));
        caFile->setText(shell.dir.filePath(QStringLiteral("missing.pem")));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.last().first().value<Error>().code(),
                 QLatin1String(ErrorCode::PortalCaFileUnreadable));
        QVERIFY(shell.settings->value(SettingKeys::PortalUrl).isEmpty());

        // Both right: kept for the next start, with a manual proxy.
        caFile->clear();
        auto* mode = shell.find<QComboBox>(QStringLiteral("proxyMode"));
        auto* host = shell.find<QLineEdit>(QStringLiteral("proxyHost"));
        QVERIFY(!host->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        QVERIFY(host->isEnabled());
        host->setText(QStringLiteral("proxy.example.lu"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(shell.settings->value(SettingKeys::PortalUrl),
                 QStringLiteral("https://portal.example.lu"));
        QCOMPARE(shell.settings->value(SettingKeys::ProxyMode), QStringLiteral("manual"));
        QCOMPARE(shell.settings->value(SettingKeys::ProxyHost), QStringLiteral("proxy.example.lu"));
    }

    void aLockedPortalCannotBeChanged()
    {
        ShellFixture shell(
            "[portal]\nurl=https://portal.example.lu\n[policy]\nlocked=portal/url\n");
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* url = shell.find<QLineEdit>(QStringLiteral("portalUrl"));
        QCOMPARE(url->text(), QStringLiteral("https://portal.example.lu"));
        QVERIFY(!url->isEnabled());
        QVERIFY(shell.find<QLineEdit>(QStringLiteral("portalCaFile"))->isEnabled());
        QVERIFY(shell.find<QLabel>(QStringLiteral("portalSettingsNote"))
                    ->text()
                    .contains(QStringLiteral("administrateur")));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
