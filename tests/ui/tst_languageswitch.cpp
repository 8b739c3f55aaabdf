#include "ErrorCodes.h"
#include "LanguageManager.h"
#include "NoticeBar.h"
#include "SettingKeys.h"
#include "ShellFixture.h"
#include "pages/DiagnosticsPage.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

// Texts that are the same in two of our languages on purpose.
bool mayBeEqual(const QString& text)
{
    static const QStringList same{
        QStringLiteral("Guichet Desktop"), QStringLiteral("Normal"),
        QStringLiteral("Version:"),        QStringLiteral("PIN"),
        QStringLiteral("Marie Schmit"),    QStringLiteral("Organisation:")};
    return same.contains(text);
}

void chooseLanguage(ShellFixture& shell, const QString& code)
{
    shell.window->showPage(QStringLiteral("settings"));
    auto* combo = shell.find<QComboBox>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
}

QMap<QString, QString> allPagesTexts(ShellFixture& shell)
{
    QMap<QString, QString> texts;
    for (const QString& id :
         {QStringLiteral("home"), QStringLiteral("card"), QStringLiteral("settings"),
          QStringLiteral("diagnostics"), QStringLiteral("about")}) {
        shell.window->showPage(id);
        const auto page = visibleTexts(shell.window.get());
        for (auto it = page.begin(); it != page.end(); ++it)
            // What was announced (a notice) is not on screen: it ends with the language.
            if (!it.key().contains(QLatin1String("Announcer")))
                texts.insert(id + QLatin1Char('/') + it.key(), it.value());
    }
    return texts;
}

void compareAllChanged(const QMap<QString, QString>& before, const QMap<QString, QString>& after,
                       bool allowSame)
{
    QCOMPARE(after.keys(), before.keys());
    int changed = 0;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QString now = after.value(it.key());
        if (now == it.value()) {
            QVERIFY2(
                allowSame && mayBeEqual(now),
                qPrintable(QStringLiteral("not re-translated: %1 = \"%2\"").arg(it.key(), now)));
        } else {
            ++changed;
        }
    }
    QVERIFY(changed > 30);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVisibleTextChangesAtOnce()
    {
        ShellFixture shell({}, true);
        shell.window->show();
        // Wait for the simulated card and the diagnostics report to be on screen.
        QTRY_VERIFY(shell.window->findChild<QGroupBox*>(QStringLiteral("token")));
        shell.window->showPage(QStringLiteral("diagnostics"));
        QTRY_VERIFY(shell.window->findChild<DiagnosticsPage*>()->hasReport());
        shell.window->showNotice(Error(ErrorCode::SettingsCorrupt, QStringLiteral("/x")));
        const auto french = allPagesTexts(shell);

        chooseLanguage(shell, QStringLiteral("de"));
        QCOMPARE(shell.languages.language(), QStringLiteral("de"));
        const auto german = allPagesTexts(shell);
        compareAllChanged(french, german, false);

        chooseLanguage(shell, QStringLiteral("en"));
        const auto english = allPagesTexts(shell);
        compareAllChanged(german, english, true);

        chooseLanguage(shell, QStringLiteral("fr"));
        QCOMPARE(allPagesTexts(shell), french);
        // The choice is saved.
        QCOMPARE(shell.settings->value(SettingKeys::Language), QStringLiteral("fr"));
    }

    void knownTranslations()
    {
        ShellFixture shell;
        shell.window->show();
        auto* nav = shell.find<QListWidget>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Paramètres"));
        chooseLanguage(shell, QStringLiteral("de"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Einstellungen"));
        chooseLanguage(shell, QStringLiteral("en"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Settings"));
    }

    void errorsOnScreenAreRetranslated()
    {
        ShellFixture shell;
        shell.window->show();
        shell.window->showNotice(Error(ErrorCode::DataFolderNotWritable));
        auto* message = shell.window->visibleNotices().first()->findChild<QLabel*>(
            QStringLiteral("noticeMessage"));
        const QString french = message->text();
        chooseLanguage(shell, QStringLiteral("de"));
        QVERIFY(message->text() != french);
        QCOMPARE(message->text(), Error(ErrorCode::DataFolderNotWritable).userMessage());
    }

    void datesFollowTheLanguage()
    {
        ShellFixture shell;
        shell.window->show();
        auto* today = shell.find<QLabel>(QStringLiteral("homeToday"));
        const int month = QDate::currentDate().month();
        QVERIFY(today->text().contains(QLocale(QLocale::French).monthName(month)));
        chooseLanguage(shell, QStringLiteral("de"));
        QVERIFY2(today->text().contains(QLocale(QLocale::German).monthName(month)),
                 qPrintable(today->text()));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        chooseLanguage(shell, QStringLiteral("en"));
        QVERIFY(today->text().contains(QLocale(QLocale::English).monthName(month)));
    }

    // Standard dialogs use Qt's own translations.
    void qtStandardButtonsAreTranslated()
    {
        ShellFixture shell;
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Annuler"));
        shell.languages.setLanguage(QStringLiteral("de"));
        QDialogButtonBox german(QDialogButtonBox::Cancel);
        QCOMPARE(german.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    }

    // Qt's own translations are files of the system's Qt: missing or damaged, the
    // language still switches (the application's texts are built in) and APP-007 says
    // what is wrong; English needs none.
    void missingOrDamagedQtTranslationIsReported()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile damaged(folder.filePath(QStringLiteral("qtbase_fr.qm")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(512, '\x5a'));
        damaged.close();

        LanguageManager manager(nullptr, folder.path());
        QVERIFY(manager.setLanguage(QStringLiteral("de")));
        QCOMPARE(manager.language(), QStringLiteral("de"));
        QVERIFY(manager.problem().has_value());
        QCOMPARE(manager.problem()->code(), QStringLiteral("APP-007"));
        QVERIFY(manager.problem()->detail().contains(QStringLiteral("qtbase_de.qm")));
        QCOMPARE(QCoreApplication::translate("ErrorCatalogue", "The command line is not valid."),
                 QStringLiteral("Die Befehlszeile ist ungültig."));

        QVERIFY(manager.setLanguage(QStringLiteral("fr")));
        QVERIFY(manager.problem().has_value());
        QVERIFY(manager.problem()->detail().contains(QStringLiteral("qtbase_fr.qm")));

        QVERIFY(manager.setLanguage(QStringLiteral("en")));
        QVERIFY(!manager.problem().has_value());

        // Qt's own folder, where the build dependencies installed them.
        LanguageManager system;
        QVERIFY(system.setLanguage(QStringLiteral("de")));
        QVERIFY2(!system.problem().has_value(),
                 qPrintable(system.problem() ? system.problem()->detail() : QString()));
    }

    void systemDefaultPicksASupportedLanguage()
    {
        QCOMPARE(LanguageManager::systemDefault({QStringLiteral("de-LU")}), QStringLiteral("de"));
        QCOMPARE(LanguageManager::systemDefault({QStringLiteral("lb-LU"), QStringLiteral("en-GB")}),
                 QStringLiteral("en"));
        QCOMPARE(LanguageManager::systemDefault({QStringLiteral("pt-PT")}), QStringLiteral("fr"));
        QCOMPARE(LanguageManager::systemDefault(QStringList{}), QStringLiteral("fr"));
        LanguageManager manager;
        QVERIFY(!manager.setLanguage(QStringLiteral("lb")));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
