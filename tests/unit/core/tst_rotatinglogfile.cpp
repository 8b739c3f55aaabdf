#include "ErrorCodes.h"
#include "RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

class TestRotatingLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLines()
    {
        QTemporaryDir dir;
        RotatingLogFile log(dir.path(), QStringLiteral("app"));
        QVERIFY(log.open().ok());
        log.write(QStringLiteral("first"));
        log.write(QStringLiteral("second é"));
        QFile file(log.currentPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("first\nsecond \xc3\xa9\n"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void rotatesAndKeepsALimitedNumberOfFiles()
    {
        QTemporaryDir dir;
        RotatingLogFile log(dir.path(), QStringLiteral("app"), 100, 2);
        QVERIFY(log.open().ok());
        for (int i = 0; i < 40; ++i)
            log.write(QStringLiteral("line %1 with some padding").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(QFile::exists(log.rotatedPath(1)));
        QVERIFY(QFile::exists(log.rotatedPath(2)));
        QVERIFY(!QFile::exists(log.rotatedPath(3)));
        QVERIFY(QFileInfo(log.currentPath()).size() <= 100);
        // The newest line is in the current file, older ones in .1, .2.
        QFile current(log.currentPath());
        QVERIFY(current.open(QIODevice::ReadOnly));
        QVERIFY(current.readAll().contains("line 39"));
        QFile older(log.rotatedPath(1));
        QVERIFY(older.open(QIODevice::ReadOnly));
        QVERIFY(!older.readAll().contains("line 39"));
    }

    void reportsUnwritableFolder()
    {
        QTemporaryDir dir;
        // A file where the folder should be: cannot be created, even as root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        RotatingLogFile log(blocker + QStringLiteral("/logs"), QStringLiteral("app"));
        const Status status = log.open();
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::LogFileUnavailable));
        log.write(QStringLiteral("ignored, no crash"));
    }
};

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "tst_rotatinglogfile.moc"
