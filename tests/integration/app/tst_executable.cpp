// Runs the real guichet executable the way a person would from a terminal.
#include "SimulatedPki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class AppRunner
{
public:
    AppRunner()
    {
        env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("GUICHET_INSTANCE_NAME"),
                   QStringLiteral("guichet-exe-") + QFileInfo(home.path()).fileName());
        env.insert(QStringLiteral("GUICHET_SYSTEM_SETTINGS"),
                   home.filePath(QStringLiteral("sys.ini")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }

    Run run(const QStringList& args)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_EXECUTABLE), args);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString userSettingsFile() const
    {
        return home.filePath(QStringLiteral("config/guichet-desktop/guichet.ini"));
    }

    QTemporaryDir home;
    QProcessEnvironment env;
};

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsVersion()
    {
        AppRunner app;
        const Run run = app.run({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Guichet Desktop " GUICHET_VERSION));
    }

    void printsHelpInTheChosenLanguage()
    {
        AppRunner app;
        const Run german =
            app.run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Sprache der Oberfläche")),
                 qPrintable(german.out));
        const Run french = app.run({QStringLiteral("--help"), QStringLiteral("--lang=fr")});
        QVERIFY2(french.out.contains(QStringLiteral("Langue de l'interface")),
                 qPrintable(french.out));
    }

    void badOptionExitsWithItsCode()
    {
        AppRunner app;
        const Run run = app.run({QStringLiteral("--lang=en"), QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("APP-004: The command line is not valid.")));
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    }

    // --explain works without a display, in the chosen language; an unknown code exits 1
    // with APP-008.
    void explainsAnErrorCode()
    {
        AppRunner app;
        const Run german = app.run(
            {QStringLiteral("--lang=de"), QStringLiteral("--explain"), QStringLiteral("app-4")});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.startsWith(QStringLiteral("APP-004: Die Befehlszeile ist ungültig.")),
                 qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Was tun: ")), qPrintable(german.out));
        QVERIFY(german.out.contains(QStringLiteral("Unknown option or missing value")));

        const Run unknown = app.run(
            {QStringLiteral("--lang=en"), QStringLiteral("--explain"), QStringLiteral("NET-999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("APP-008")), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("NET-999")));
    }

    void saysSoWhenThereIsNoDisplay()
    {
        AppRunner app;
        const Run run = app.run({QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("APP-006")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("--screenshots")));
    }

    void headlessScreenshotsWithUnknownLanguage()
    {
        AppRunner app;
        const QString shots = app.home.filePath(QStringLiteral("shots"));
        const Run run = app.run({QStringLiteral("--lang"), QStringLiteral("lb"),
                                 QStringLiteral("--screenshots"), shots});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("APP-001")), qPrintable(run.err));
        // No portal configured: Home, Sign in (saying so), card, diagnostics, settings
        // and about, in three languages.
        const QStringList files = QDir(shots).entryList({QStringLiteral("*.png")});
        QCOMPARE(files.size(), 18);
        QVERIFY(files.contains(QStringLiteral("signin-en.png")));
    }

    void aPortalAddressThatIsNotSecureIsRefused()
    {
        AppRunner app;
        const QString shots = app.home.filePath(QStringLiteral("shots"));
        const Run run =
            app.run({QStringLiteral("--portal"), QStringLiteral("http://portal.example.lu"),
                     QStringLiteral("--screenshots"), shots});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("CFG-007")), qPrintable(run.err));
        // The address is not used at all: the pages are those of a run without a portal.
        QCOMPARE(QDir(shots).entryList({QStringLiteral("*.png")}).size(), 18);
    }

    void demoModeShowsTheSignInAndSpacePagesToo()
    {
        AppRunner app;
        const QString shots = app.home.filePath(QStringLiteral("shots"));
        const Run run = app.run({QStringLiteral("--demo"), QStringLiteral("--screenshots"), shots});
        QCOMPARE(run.exitCode, 0);
        // No keychain here for the space's key: the signed-in part of the tour is left
        // out, and the run says why (app_screenshot_tour runs it whole, with a keyring).
        QVERIFY2(run.err.contains(QStringLiteral("signed-in pages not pictured")),
                 qPrintable(run.err));
        QStringList files = QDir(shots).entryList({QStringLiteral("*.png")});
        files = files.filter(QRegularExpression(QStringLiteral("^(?!pin-dialog|certificate-)")));
        QCOMPARE(files.size(), 42); // 14 pages x 3 languages
        QVERIFY(files.contains(QStringLiteral("forms-fr.png")));
        QVERIFY(files.contains(QStringLiteral("signin-de.png")));
        QVERIFY2(files.contains(QStringLiteral("catalogue-en.png")), qPrintable(files.join(u',')));
        QVERIFY(files.contains(QStringLiteral("dossiers-fr.png")));
        QVERIFY(files.contains(QStringLiteral("documents-de.png")));
        QVERIFY(files.contains(QStringLiteral("card-fr.png")));
    }

    void damagedSettingsAreKeptAndReported()
    {
        AppRunner app;
        const QByteArray garbage("\xff\xfe\x00garbage[", 11);
        writeFile(app.userSettingsFile(), garbage);
        const Run run =
            app.run({QStringLiteral("--screenshots"), app.home.filePath(QStringLiteral("shots"))});
        QCOMPARE(run.exitCode, 0);
        const QStringList aside = QDir(QFileInfo(app.userSettingsFile()).path())
                                      .entryList({QStringLiteral("guichet.ini.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(QFileInfo(app.userSettingsFile()).path() + QLatin1Char('/') + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
    }

    void unwritableDataFolderKeepsTheAppWorking()
    {
        AppRunner app;
        const QString blocker = app.home.filePath(QStringLiteral("blocker"));
        writeFile(blocker, "not a folder");
        writeFile(app.userSettingsFile(),
                  QStringLiteral("[storage]\ndataDirectory=%1/data\n").arg(blocker).toUtf8());
        const Run run =
            app.run({QStringLiteral("--screenshots"), app.home.filePath(QStringLiteral("shots"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("DATA-001")), qPrintable(run.err));
    }

    void writesARedactedLogFile()
    {
        AppRunner app;
        const Run run =
            app.run({QStringLiteral("--screenshots"), app.home.filePath(QStringLiteral("shots"))});
        QCOMPARE(run.exitCode, 0);
        QFile log(
            app.home.filePath(QStringLiteral("data/guichet-desktop/guichet/logs/guichet.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        QVERIFY(log.readAll().contains("guichet.app: Guichet Desktop"));
    }

    // --diagnose: every layer in order, the exit code of the worst state, nothing
    // personal about any demo persona, and nothing written anywhere.
    void diagnosesTheDemoAsJson()
    {
        for (const guichet::sim::SimulatedPki::Persona& persona :
             guichet::sim::SimulatedPki::demoPersonas()) {
            AppRunner app;
            const Run run =
                app.run({QStringLiteral("--demo"), QStringLiteral("--persona"), persona.key,
                         QStringLiteral("--diagnose"), QStringLiteral("--json"),
                         QStringLiteral("--lang"), QStringLiteral("de")});
            const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);
            QCOMPARE(run.exitCode, report.value(QStringLiteral("exitCode")).toInt());
            QStringList layers;
            for (const QJsonValue check : report.value(QStringLiteral("checks")).toArray()) {
                const QJsonObject object = check.toObject();
                layers << object.value(QStringLiteral("layer")).toString();
                // The demo's own card, certificates and portal are all well.
                if (layers.last() == QLatin1String("token") ||
                    layers.last() == QLatin1String("certificate") ||
                    layers.last() == QLatin1String("portal-answer") ||
                    layers.last() == QLatin1String("tls")) {
                    QCOMPARE(object.value(QStringLiteral("state")).toString(),
                             QStringLiteral("ok"));
                }
            }
            QCOMPARE(layers.first(), QStringLiteral("system"));
            QVERIFY(layers.indexOf(QStringLiteral("token")) <
                    layers.indexOf(QStringLiteral("dns")));
            QVERIFY(layers.indexOf(QStringLiteral("clock")) <
                    layers.indexOf(QStringLiteral("store")));
            QVERIFY(layers.count(QStringLiteral("certificate")) >= 2);
            for (const QString& personal :
                 {persona.givenName, persona.surname, persona.nationalNumber, persona.key}) {
                QVERIFY2(!run.out.contains(personal, Qt::CaseInsensitive),
                         qPrintable(persona.key + QStringLiteral(": ") + personal));
            }
            for (const QString& company : persona.companies)
                QVERIFY2(!run.out.contains(company, Qt::CaseInsensitive), qPrintable(company));
            // Read-only: no data folder, no log file, no settings written.
            QVERIFY(!QFileInfo::exists(app.home.filePath(QStringLiteral("data/guichet-desktop"))));
            QVERIFY(!QFileInfo::exists(app.userSettingsFile()));
        }
    }

    void diagnosisNamesTheFirstFailingLayerAndEndsInTime()
    {
        AppRunner app;
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("https://127.0.0.1:%1").arg(reserve.serverPort());
        reserve.close();
        // A damaged store is reported and left as it is.
        const QString store = app.home.filePath(
            QStringLiteral("data/guichet-desktop/guichet/identities/ab/space.sqlite"));
        writeFile(store,
                  QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(5000, 'x'));
        QElapsedTimer timer;
        timer.start();
        const Run run = app.run({QStringLiteral("--diagnose"), QStringLiteral("--portal"), closed,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.out.contains(QStringLiteral("[Failed] Connection to the portal")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("NET-001")));
        QVERIFY(run.out.contains(QStringLiteral("[Not checked] Secure connection (TLS)")));
        QVERIFY(run.out.contains(QStringLiteral("[Failed] Local data (identities/ab)")));
        QFile damaged(store);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll().size(), 5016);
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal")));
    }

    // A training scenario and the real failure it rehearses give the same layer, the
    // same code and the same text: a portal that is down versus a port nobody listens on.
    void aTrainingScenarioFailsLikeTheRealThing()
    {
        const auto connectionOf = [](const Run& run) {
            const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
            for (const QJsonValue check : report.value(QStringLiteral("checks")).toArray())
                if (check.toObject().value(QStringLiteral("layer")) == QStringLiteral("connection"))
                    return check.toObject();
            return QJsonObject();
        };
        AppRunner app;
        const Run rehearsed =
            app.run({QStringLiteral("--demo"), QStringLiteral("--scenario"),
                     QStringLiteral("portal-unreachable"), QStringLiteral("--diagnose"),
                     QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("https://127.0.0.1:%1").arg(reserve.serverPort());
        reserve.close();
        const Run real = app.run({QStringLiteral("--diagnose"), QStringLiteral("--json"),
                                  QStringLiteral("--portal"), closed, QStringLiteral("--lang"),
                                  QStringLiteral("fr")});
        const QJsonObject a = connectionOf(rehearsed);
        const QJsonObject b = connectionOf(real);
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(a.value(QStringLiteral("state")), b.value(QStringLiteral("state")));
        QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("NET-001"));
        QCOMPARE(a.value(QStringLiteral("code")), b.value(QStringLiteral("code")));
        QCOMPARE(a.value(QStringLiteral("message")), b.value(QStringLiteral("message")));
        QCOMPARE(a.value(QStringLiteral("whatToDo")), b.value(QStringLiteral("whatToDo")));
        QCOMPARE(rehearsed.exitCode, 4);

        const Run unknown = app.run({QStringLiteral("--demo"), QStringLiteral("--scenario"),
                                     QStringLiteral("nope"), QStringLiteral("--diagnose")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("portal-503")));
    }

    // The card side too: the rehearsed stopped service against a real pcsc-lite client
    // that finds no service (its socket pointed at a file that does not exist).
    void theCardServiceScenarioFailsLikeTheRealThing()
    {
        const auto pcscOf = [](const Run& run) {
            const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
            for (const QJsonValue check : report.value(QStringLiteral("checks")).toArray())
                if (check.toObject().value(QStringLiteral("layer")) ==
                    QStringLiteral("pcsc-service"))
                    return check.toObject();
            return QJsonObject();
        };
        AppRunner app;
        const Run rehearsed =
            app.run({QStringLiteral("--demo"), QStringLiteral("--scenario"),
                     QStringLiteral("no-card-service"), QStringLiteral("--diagnose"),
                     QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("de")});
        app.env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"),
                       app.home.filePath(QStringLiteral("no-pcscd.comm")));
        const Run real = app.run({QStringLiteral("--diagnose"), QStringLiteral("--json"),
                                  QStringLiteral("--lang"), QStringLiteral("de")});
        const QJsonObject a = pcscOf(rehearsed);
        const QJsonObject b = pcscOf(real);
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("CARD-001"));
        for (const QString& key : {QStringLiteral("state"), QStringLiteral("code"),
                                   QStringLiteral("message"), QStringLiteral("whatToDo")})
            QCOMPARE(a.value(key), b.value(key));
        QCOMPARE(rehearsed.exitCode, 4);
    }

    void jsonGoesWithDiagnose()
    {
        AppRunner app;
        const Run run = app.run({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("APP-004")));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
