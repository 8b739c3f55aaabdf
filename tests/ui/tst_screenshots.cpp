#include "Page.h"
#include "ScreenshotWriter.h"
#include "ShellFixture.h"

#include <QImage>
#include <QTest>

using namespace guichet;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryPageInEveryLanguage()
    {
        ShellFixture shell;
        ScreenshotWriter writer(*shell.window, shell.languages);
        const QString folder = shell.dir.filePath(QStringLiteral("shots"));
        const Result<QStringList> written =
            writer.writeAll(folder, LanguageManager::supportedLanguages());
        QVERIFY(written.ok());
        QCOMPARE(written.value().size(), 15); // 5 pages x 3 languages
        for (const QString& file : written.value()) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.size(), shell.window->size());
        }
        QVERIFY(written.value().contains(folder + QStringLiteral("/settings-de.png")));
        // The window is left as it was.
        QCOMPARE(shell.languages.language(), QStringLiteral("fr"));
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("home"));
    }

    void reportsAnUnwritableFolder()
    {
        ShellFixture shell;
        const QString blocker = shell.dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ScreenshotWriter writer(*shell.window, shell.languages);
        const Result<QStringList> written = writer.writeAll(blocker, {QStringLiteral("en")});
        QVERIFY(!written);
        QCOMPARE(written.error().code(), QStringLiteral("APP-005"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
