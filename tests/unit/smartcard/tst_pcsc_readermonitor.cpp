#include "ErrorCodes.h"
#include "ReaderMonitor.h"
#include "ScriptedPcsc.h"

#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::pcsc;
using guichet::sim::ScriptedPcsc;

namespace {

const QByteArray Atr = QByteArray::fromHex("3b7f96000080318065b0855956fb120ffe829000");

} // namespace

class TestReaderMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffsSnapshots()
    {
        using Kind = ReaderEvent::Kind;
        const ReaderSnapshot empty{ServiceState::Running, {}};
        const ReaderSnapshot reader{ServiceState::Running, {{"R", false, false, false, false, {}}}};
        const ReaderSnapshot card{ServiceState::Running, {{"R", true, false, false, false, Atr}}};
        QCOMPARE(diffSnapshots(empty, reader), (QList<ReaderEvent>{{Kind::ReaderAdded, "R", {}}}));
        QCOMPARE(diffSnapshots(reader, card), (QList<ReaderEvent>{{Kind::CardInserted, "R", Atr}}));
        QCOMPARE(diffSnapshots(card, empty), (QList<ReaderEvent>{{Kind::CardRemoved, "R", {}},
                                                                 {Kind::ReaderRemoved, "R", {}}}));
        QCOMPARE(empty.blockingProblem(), QLatin1String(ErrorCode::NoReader));
        QCOMPARE(reader.blockingProblem(), QLatin1String(ErrorCode::NoCard));
        QVERIFY(card.blockingProblem().isEmpty());
        QCOMPARE((ReaderSnapshot{ServiceState::NotRunning, {}}).blockingProblem(),
                 QLatin1String(ErrorCode::PcscServiceNotRunning));
    }

    // The whole life of a session: service down, up, readers and cards come and go,
    // the service dies and returns — the monitor follows without being restarted.
    void followsTheServiceAndTheCards()
    {
        ScriptedPcsc api;
        api.setServiceRunning(false);
        ReaderMonitor monitor(api);
        monitor.setRetryInterval(20);
        QSignalSpy events(&monitor, &ReaderMonitor::readerEvent);
        monitor.start();
        QTRY_COMPARE(monitor.snapshot().service, ServiceState::NotRunning);

        api.setServiceRunning(true);
        QTRY_COMPARE(monitor.snapshot().service, ServiceState::Running);
        QCOMPARE(monitor.snapshot().blockingProblem(), QLatin1String(ErrorCode::NoReader));

        api.setReaders({QStringLiteral("Reader 1"), QStringLiteral("Reader 2")});
        QTRY_COMPARE(monitor.snapshot().readers.size(), 2);
        api.insertCard(QStringLiteral("Reader 2"), Atr);
        QTRY_VERIFY(monitor.snapshot().reader(QStringLiteral("Reader 2")) &&
                    monitor.snapshot().reader(QStringLiteral("Reader 2"))->cardPresent);
        QCOMPARE(monitor.snapshot().reader(QStringLiteral("Reader 2"))->atr, Atr);
        QTRY_VERIFY(std::any_of(events.begin(), events.end(), [](const QList<QVariant>& args) {
            const auto event = args.first().value<ReaderEvent>();
            return event.kind == ReaderEvent::Kind::CardInserted && event.atr == Atr;
        }));

        api.removeCard(QStringLiteral("Reader 2"));
        QTRY_VERIFY(!monitor.snapshot().reader(QStringLiteral("Reader 2"))->cardPresent);
        api.setReaders({QStringLiteral("Reader 1")});
        QTRY_COMPARE(monitor.snapshot().readers.size(), 1);

        api.setServiceRunning(false);
        QTRY_COMPARE(monitor.snapshot().service, ServiceState::NotRunning);
        api.setServiceRunning(true);
        api.insertCard(QStringLiteral("Reader 1"), Atr);
        QTRY_VERIFY(monitor.snapshot().service == ServiceState::Running &&
                    monitor.snapshot().reader(QStringLiteral("Reader 1")) &&
                    monitor.snapshot().reader(QStringLiteral("Reader 1"))->cardPresent);
        monitor.stop();
        QCOMPARE(api.openContexts(), 0);
    }

    void stopsPromptlyWhileWaiting()
    {
        ScriptedPcsc api;
        api.setReaders({QStringLiteral("R")});
        ReaderMonitor monitor(api);
        monitor.start();
        QTRY_COMPARE(monitor.snapshot().readers.size(), 1);
        QElapsedTimer timer;
        timer.start();
        monitor.stop();
        QVERIFY(timer.elapsed() < 1000);
    }

    void oversizedAtrIsCutToTheLimit()
    {
        ScriptedPcsc api;
        api.setReaders({QStringLiteral("R")});
        api.insertCard(QStringLiteral("R"), QByteArray(60, '\x3b'));
        ReaderMonitor monitor(api);
        monitor.start();
        QTRY_VERIFY(!monitor.snapshot().readers.isEmpty() &&
                    monitor.snapshot().readers.first().cardPresent);
        QVERIFY(monitor.snapshot().readers.first().atr.size() <= 33);
    }
};

QTEST_GUILESS_MAIN(TestReaderMonitor)
#include "tst_pcsc_readermonitor.moc"
