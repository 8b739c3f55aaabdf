// The diagnosis report: states, order, exit codes, the text and JSON forms, and the
// runner that always reports, whatever a probe does.
#include "Diagnosis.h"
#include "DiagnosisFormat.h"
#include "DiagnosisRunner.h"
#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::diagnosis;

namespace {

Check make(Layer layer, CheckState state, const char* code = "")
{
    Check check;
    check.layer = layer;
    check.state = state;
    check.code = QLatin1String(code);
    return check;
}

Probe ready(QList<Check> checks)
{
    Probe probe;
    for (const Check& check : checks)
        probe.layers.append(check.layer);
    probe.start = [checks] { return QtFuture::makeReadyFuture(QList<Check>(checks)); };
    return probe;
}

// A probe that never answers (pcscd hanging, a network black hole).
Probe silent(QList<Layer> layers, std::shared_ptr<QPromise<QList<Check>>> keep)
{
    Probe probe;
    probe.layers = std::move(layers);
    probe.start = [keep] {
        keep->start();
        return keep->future();
    };
    return probe;
}

QJsonObject schema()
{
    QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/docs/diagnostics-schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worstStateDecidesTheExitCode()
    {
        Report report;
        report.checks = {make(Layer::System, CheckState::Ok),
                         make(Layer::Readers, CheckState::NotChecked)};
        QCOMPARE(report.worst(), CheckState::Ok);
        QCOMPARE(exitCodeFor(report.worst()), ExitOk);
        QVERIFY(report.firstProblem() == nullptr);

        report.checks.append(make(Layer::Clock, CheckState::Warning, ErrorCode::ClockDiffers));
        QCOMPARE(exitCodeFor(report.worst()), ExitWarning);
        report.checks.append(
            make(Layer::Keychain, CheckState::Failed, ErrorCode::KeychainUnavailable));
        QCOMPARE(report.worst(), CheckState::Failed);
        QCOMPARE(exitCodeFor(report.worst()), ExitFailed);
        // A failure is where to look first, even after a warning.
        QCOMPARE(report.firstProblem()->layer, Layer::Keychain);
        QVERIFY(ExitOk != ExitWarning && ExitWarning != ExitFailed && ExitWarning > 2);
    }

    void textPutsTheFirstProblemOnTop()
    {
        Report report;
        report.generatedUtc = QDateTime::currentDateTimeUtc();
        Check pcsc = make(Layer::PcscService, CheckState::Failed, ErrorCode::PcscServiceNotRunning);
        pcsc.add(QStringLiteral("service"), QStringLiteral("no answer"));
        report.checks = {make(Layer::System, CheckState::Ok), pcsc,
                         make(Layer::Readers, CheckState::NotChecked)};
        const QString text = toText(report);
        const QStringList lines = text.split(u'\n');
        QVERIFY2(lines.value(1).contains(layerTitle(Layer::PcscService)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CARD-001")));
        QVERIFY(text.contains(QStringLiteral("service: no answer")));
        QVERIFY(text.indexOf(layerTitle(Layer::System)) < text.indexOf(QStringLiteral("CARD-001")));
    }

    void jsonFollowsTheDocumentedSchema()
    {
        const QJsonObject documented = schema();
        QVERIFY(!documented.isEmpty());
        const QJsonObject defs = documented.value(QStringLiteral("$defs")).toObject();
        const QJsonArray layers = defs.value(QStringLiteral("check"))
                                      .toObject()
                                      .value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("layer"))
                                      .toObject()
                                      .value(QStringLiteral("enum"))
                                      .toArray();
        // Every layer of the code is in the schema, in the same order.
        QCOMPARE(layers.size(), int(Layer::Store) + 1);
        for (int i = 0; i <= int(Layer::Store); ++i)
            QCOMPARE(layers.at(i).toString(), layerId(Layer(i)));
        const QJsonArray states =
            defs.value(QStringLiteral("state")).toObject().value(QStringLiteral("enum")).toArray();
        for (CheckState state :
             {CheckState::Ok, CheckState::Warning, CheckState::Failed, CheckState::NotChecked})
            QVERIFY(states.contains(stateId(state)));
        QCOMPARE(documented.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("schemaVersion"))
                     .toObject()
                     .value(QStringLiteral("const"))
                     .toInt(),
                 SchemaVersion);

        Report report;
        report.generatedUtc = QDateTime::currentDateTimeUtc();
        Check store = make(Layer::Store, CheckState::Failed, ErrorCode::StoreCorrupt);
        store.subject = QStringLiteral("identities/ab12");
        store.add(QStringLiteral("quick-check"), QStringLiteral("page 4 is never used"));
        report.checks = {make(Layer::System, CheckState::Ok), store};
        const QJsonObject json = QJsonDocument::fromJson(toJson(report)).object();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), SchemaVersion);
        QCOMPARE(json.value(QStringLiteral("worst")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), ExitFailed);
        QCOMPARE(json.value(QStringLiteral("firstProblem")).toInt(), 1);
        const QJsonObject second = json.value(QStringLiteral("checks")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("layer")).toString(), QStringLiteral("store"));
        QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("STORE-004"));
        QCOMPARE(second.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("identities/ab12"));
        QVERIFY(!second.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(second.value(QStringLiteral("evidence"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("quick-check")));
        const QStringList allowed = defs.value(QStringLiteral("check"))
                                        .toObject()
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .keys();
        for (const QString& key : second.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
    }

    void runnerOrdersChecksByLayer()
    {
        Runner runner(
            {ready({make(Layer::Keychain, CheckState::Ok)}),
             ready({make(Layer::System, CheckState::Ok), make(Layer::Clock, CheckState::Warning)}),
             ready({make(Layer::PcscService, CheckState::Ok)})},
            5000);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.run();
        QVERIFY(finished.wait(2000));
        const Report report = finished.first().first().value<Report>();
        QCOMPARE(report.checks.size(), 4);
        QCOMPARE(report.checks.at(0).layer, Layer::System);
        QCOMPARE(report.checks.at(1).layer, Layer::PcscService);
        QCOMPARE(report.checks.at(2).layer, Layer::Clock);
        QCOMPARE(report.checks.at(3).layer, Layer::Keychain);
        QVERIFY(!runner.isRunning());
    }

    void aSilentProbeFailsItsLayersAtTheDeadline()
    {
        auto hanging = std::make_shared<QPromise<QList<Check>>>();
        Runner runner({ready({make(Layer::System, CheckState::Ok)}),
                       silent({Layer::PcscService, Layer::Readers}, hanging)},
                      300);
        QSignalSpy finished(&runner, &Runner::finished);
        QElapsedTimer timer;
        timer.start();
        runner.run();
        QVERIFY(finished.wait(3000));
        QVERIFY(timer.elapsed() >= 250);
        const Report report = finished.first().first().value<Report>();
        QCOMPARE(report.checks.size(), 3);
        QCOMPARE(report.checks.at(1).layer, Layer::PcscService);
        QCOMPARE(report.checks.at(1).state, CheckState::Failed);
        QVERIFY(report.checks.at(1)
                    .value(QStringLiteral("detail"))
                    .contains(QStringLiteral("no answer")));
        QCOMPARE(report.checks.at(2).layer, Layer::Readers);

        // Its late answer is not mixed into the next run.
        hanging->addResult(QList<Check>{make(Layer::PcscService, CheckState::Ok)});
        hanging->finish();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void aRunAskedDuringARunIsTheSameRun()
    {
        auto hanging = std::make_shared<QPromise<QList<Check>>>();
        Runner runner({silent({Layer::Keychain}, hanging)}, 200);
        QSignalSpy started(&runner, &Runner::started);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.run();
        runner.run();
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(2000));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
