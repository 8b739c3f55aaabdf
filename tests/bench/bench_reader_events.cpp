// Prints one line per card event seen by the application's ReaderMonitor, with the
// CLOCK_MONOTONIC time in nanoseconds, for tests/bench/card_events.py:
//   ready
//   inserted <reader> <ns>
//   removed <reader> <ns>
#include "ReaderMonitor.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    guichet::pcsc::ReaderMonitor monitor;
    const auto now = [] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    };
    QObject::connect(&monitor, &guichet::pcsc::ReaderMonitor::readerEvent, &app,
                     [&](const guichet::pcsc::ReaderEvent& event) {
                         // Stamped in the monitor thread's emission order, on arrival here.
                         const long long at = now();
                         const char* kind = nullptr;
                         if (event.kind == guichet::pcsc::ReaderEvent::Kind::CardInserted)
                             kind = "inserted";
                         else if (event.kind == guichet::pcsc::ReaderEvent::Kind::CardRemoved)
                             kind = "removed";
                         if (kind) {
                             std::printf("%s %s %lld\n", kind, qPrintable(event.reader), at);
                             std::fflush(stdout);
                         }
                     });
    QObject::connect(&monitor, &guichet::pcsc::ReaderMonitor::snapshotChanged, &app,
                     [&](const guichet::pcsc::ReaderSnapshot& snapshot) {
                         static bool announced = false;
                         if (!announced &&
                             snapshot.service == guichet::pcsc::ServiceState::Running) {
                             announced = true;
                             std::printf("ready\n");
                             std::fflush(stdout);
                         }
                     });
    monitor.start();
    return QCoreApplication::exec();
}
