#include "ErrorCodes.h"
#include "SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <future>

using namespace guichet;

namespace {

QString uniqueName()
{
    return QStringLiteral("guichet-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Runs start() of a second instance on another thread so this thread's event
// loop can serve the first one meanwhile.
std::future<SingleInstance::Outcome> startInBackground(const QString& name, QString* errorCode)
{
    return std::async(std::launch::async, [name, errorCode] {
        SingleInstance second(name);
        const auto outcome = second.start(1500);
        *errorCode = second.error().code();
        return outcome;
    });
}

SingleInstance::Outcome waitFor(std::future<SingleInstance::Outcome>& future)
{
    while (future.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents();
    return future.get();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstIsPrimarySecondActivatesIt()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QCOMPARE(first.start(), SingleInstance::Outcome::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QString code;
        auto second = startInBackground(name, &code);
        QCOMPARE(waitFor(second), SingleInstance::Outcome::ActivatedOther);
        QCOMPARE(activated.count(), 1);
        QVERIFY(code.isEmpty());
    }

    void mutedFirstInstanceIsReported()
    {
        const QString name = uniqueName();
        QLocalServer mute; // accepts connections and never answers
        QVERIFY(mute.listen(name));
        QString code;
        auto second = startInBackground(name, &code);
        QCOMPARE(waitFor(second), SingleInstance::Outcome::OtherNotResponding);
        QCOMPARE(code, QLatin1String(ErrorCode::AlreadyRunningNoAnswer));
    }

    void staleSocketIsTakenOver()
    {
        const QString name = uniqueName();
        {
            // A crashed copy leaves its socket file behind on Unix.
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(name));
            crashed.close();
        }
        SingleInstance instance(name);
        QCOMPARE(instance.start(), SingleInstance::Outcome::Primary);
    }

    // The real executable, started a second time, brings the first to the front and exits.
    void secondLaunchOfTheAppExits()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QCOMPARE(first.start(), SingleInstance::Outcome::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GUICHET_INSTANCE_NAME"), name);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(GUICHET_EXECUTABLE),
                  {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 15000);
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(activated.count(), 1);
        QVERIFY2(app.readAllStandardOutput().contains("already running"),
                 app.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
