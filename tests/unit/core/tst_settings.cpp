#include "ErrorCodes.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString user() const { return m_dir.filePath(QStringLiteral("user.ini")); }
    QString system() const { return m_dir.filePath(QStringLiteral("system.ini")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(user());
        QFile::remove(system());
    }

    void defaultsWhenNothingStored()
    {
        Settings settings(user(), system());
        QVERIFY(settings.loadProblems().isEmpty());
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        QCOMPARE(settings.value(SettingKeys::LogLevel), QStringLiteral("info"));
        QVERIFY(!settings.isLocked(SettingKeys::Language));
    }

    void storesAndReloadsValues()
    {
        {
            Settings settings(user(), system());
            QSignalSpy changed(&settings, &Settings::valueChanged);
            QVERIFY(settings.setValue(SettingKeys::Language, QStringLiteral("de")).ok());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().first().toString(), QStringLiteral("ui/language"));
        }
        Settings reloaded(user(), system());
        QCOMPARE(reloaded.value(SettingKeys::Language), QStringLiteral("de"));
    }

    void refusesInvalidValues()
    {
        Settings settings(user(), system());
        const Status status = settings.setValue(SettingKeys::Language, QStringLiteral("xx"));
        QVERIFY(!status);
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::SettingValueInvalid));
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        QVERIFY(!settings.setValue(SettingKeys::DataDirectory, QStringLiteral("relative/path")));
    }

    void invalidStoredValueIsReportedAndIgnored()
    {
        writeFile(user(), "[logging]\nlevel=chatty\n");
        Settings settings(user(), system());
        QCOMPARE(settings.loadProblems().size(), 1);
        QCOMPARE(settings.loadProblems().first().code(),
                 QLatin1String(ErrorCode::SettingValueInvalid));
        QCOMPARE(settings.value(SettingKeys::LogLevel), QStringLiteral("info"));
    }

    void systemFileGivesDefaults()
    {
        writeFile(system(), "[logging]\nlevel=debug\n");
        Settings settings(user(), system());
        QCOMPARE(settings.value(SettingKeys::LogLevel), QStringLiteral("debug"));
        QVERIFY(settings.setValue(SettingKeys::LogLevel, QStringLiteral("warning")).ok());
        QCOMPARE(settings.value(SettingKeys::LogLevel), QStringLiteral("warning"));
    }

    void administratorLocksAValue()
    {
        writeFile(user(), "[ui]\nlanguage=en\n");
        writeFile(system(), "[ui]\nlanguage=de\n[policy]\nlocked=ui/language\n");
        Settings settings(user(), system());
        QVERIFY(settings.isLocked(SettingKeys::Language));
        QVERIFY(!settings.isLocked(SettingKeys::LogLevel));
        QCOMPARE(settings.value(SettingKeys::Language), QStringLiteral("de"));
        const Status status = settings.setValue(SettingKeys::Language, QStringLiteral("fr"));
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::SettingLocked));
        QCOMPARE(settings.value(SettingKeys::Language), QStringLiteral("de"));
    }

    void damagedUserFileIsKeptAsideNotOverwritten()
    {
        const QByteArray garbage("\x00\x01\xff\xfe[ui\nlanguage=\xff\xfe", 17);
        writeFile(user(), garbage);
        Settings settings(user(), system());
        QCOMPARE(settings.loadProblems().size(), 1);
        const Error problem = settings.loadProblems().first();
        QCOMPARE(problem.code(), QLatin1String(ErrorCode::SettingsCorrupt));
        // The damaged content survives, byte for byte, in the file named in the error.
        QFile aside(problem.detail());
        QVERIFY2(aside.open(QIODevice::ReadOnly), qPrintable(problem.detail()));
        QCOMPARE(aside.readAll(), garbage);
        QVERIFY(problem.detail().startsWith(user() + QStringLiteral(".damaged-")));
        // Defaults apply and a new value can be saved.
        QCOMPARE(settings.value(SettingKeys::LogLevel), QStringLiteral("info"));
        QVERIFY(settings.setValue(SettingKeys::Language, QStringLiteral("fr")).ok());
        QFile::remove(problem.detail());
    }

    void damagedSystemFileIsIgnored()
    {
        writeFile(system(), QByteArray("[policy]\nlocked=ui/language\n\x00\x00", 30));
        Settings settings(user(), system());
        QCOMPARE(settings.loadProblems().size(), 1);
        QVERIFY(!settings.isLocked(SettingKeys::Language));
        QVERIFY(QFile::exists(system()));
    }

    void unwritableFileIsReported()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        writeFile(blocker, "a file, not a folder");
        Settings settings(blocker + QStringLiteral("/guichet.ini"), system());
        const Status status = settings.setValue(SettingKeys::Language, QStringLiteral("en"));
        QCOMPARE(status.error().code(), QLatin1String(ErrorCode::SettingsNotWritable));
        // The value still applies for this session.
        QCOMPARE(settings.value(SettingKeys::Language), QStringLiteral("en"));
    }

    void tableIsComplete()
    {
        QStringList keys;
        for (const SettingDefinition* setting : SettingKeys::allSettings()) {
            QVERIFY(!setting->description.isEmpty());
            QVERIFY2(setting->accepts(setting->defaultValue), qPrintable(setting->key));
            QVERIFY(!keys.contains(setting->key));
            keys.append(setting->key);
        }
        QVERIFY(keys.contains(QStringLiteral("ui/language")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
