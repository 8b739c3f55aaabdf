#include "LogSink.h"
#include "Logging.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

Q_LOGGING_CATEGORY(lcTestRoom, "guichet.testroom")

class TestLogSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRedactedLinesToFile()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink;
            QVERIFY(sink.openFile(dir.path()).ok());
            sink.install();
            sink.redactor().addSensitiveValue(QStringLiteral("Paul Weber"));
            applyLogLevel(LogLevel::Info);
            qCInfo(lcTestRoom) << "login of Paul Weber, national number 1990123112398";
            qCDebug(lcTestRoom) << "debug line not wanted at info level";
            path = sink.filePath();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY2(content.contains(QStringLiteral(" I guichet.testroom: login of [personal]")),
                 qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("[national-number]")));
        QVERIFY(!content.contains(QStringLiteral("Weber")));
        QVERIFY(!content.contains(QStringLiteral("1990123112398")));
        QVERIFY(!content.contains(QStringLiteral("debug line")));
    }

    void logLevelControlsCategories()
    {
        applyLogLevel(LogLevel::Debug);
        QVERIFY(lcTestRoom().isDebugEnabled());
        applyLogLevel(LogLevel::Warning);
        QVERIFY(!lcTestRoom().isInfoEnabled());
        QVERIFY(lcTestRoom().isWarningEnabled());
        applyLogLevel(LogLevel::Info);
        QVERIFY(lcTestRoom().isInfoEnabled());
        QVERIFY(!lcTestRoom().isDebugEnabled());
    }

    void levelNamesRoundTrip()
    {
        for (LogLevel level : {LogLevel::Warning, LogLevel::Info, LogLevel::Debug})
            QCOMPARE(logLevelFromName(logLevelName(level)), level);
        QVERIFY(!logLevelFromName(QStringLiteral("verbose")));
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
