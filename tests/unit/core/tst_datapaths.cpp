#include "DataPaths.h"
#include "ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

class TestDataPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityFoldersAreSeparateAndAnonymous()
    {
        QTemporaryDir dir;
        const DataPaths paths(dir.path());
        const QString alice = paths.identityDirectory(QStringLiteral("1985021412399"));
        const QString bob = paths.identityDirectory(QStringLiteral("1990123112398"));
        QVERIFY(alice != bob);
        QVERIFY(!alice.contains(QStringLiteral("1985021412399")));
        QVERIFY(alice.startsWith(paths.identitiesDirectory() + QLatin1Char('/')));
        // Stable across runs and insensitive to stray whitespace.
        QCOMPARE(paths.identityDirectory(QStringLiteral(" 1985021412399\n")), alice);
        QCOMPARE(DataPaths::identityFolderName(QStringLiteral("x")).size(), 32);
    }

    void layoutUnderRoot()
    {
        const DataPaths paths(QStringLiteral("/data/guichet/"));
        QCOMPARE(paths.root(), QStringLiteral("/data/guichet"));
        QCOMPARE(paths.logDirectory(), QStringLiteral("/data/guichet/logs"));
    }

    void defaultRootIsTheApplicationDataFolder()
    {
        QVERIFY(!DataPaths::defaultRoot().isEmpty());
        QCOMPARE(DataPaths().root(), QDir::cleanPath(DataPaths::defaultRoot()));
    }

    void ensureWritableCreatesPrivateFolder()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(DataPaths::ensureWritable(target).ok());
        QVERIFY(QDir(target).exists());
        const auto perms = QFile::permissions(target);
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
        QVERIFY(QDir(target)
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }

    void anExistingFolderKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(chosen));
        const auto before = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(chosen, before));
        QVERIFY(DataPaths::ensureWritable(chosen).ok());
        QCOMPARE(QFile::permissions(chosen) &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 before);
        // What the application makes inside it is private.
        const QString own = QDir(chosen).filePath(QStringLiteral("identities/x"));
        QVERIFY(DataPaths::ensureWritable(own).ok());
        QVERIFY(!(QFile::permissions(own) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void ensureWritableReportsFailure()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status status = DataPaths::ensureWritable(blocker + QStringLiteral("/sub"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::DataFolderNotWritable));
        QVERIFY(!DataPaths::ensureWritable(QString()));
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
