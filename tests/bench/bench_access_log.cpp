// "Who accessed my data" with many entries (not a test).
//
//   bench_access_log [--entries N] [--query TEXT]
//
// Fills a fresh local store with N access-log entries of the simulator's bulk space
// (default 10,000), then, offscreen: opens the page (construct, show with the store
// read, first paint events: open_ms), waits until the entries are made off the GUI
// thread (ready_ms, and the longest the GUI thread was busy in one go meanwhile; the
// two reads are also timed alone), types the query letter by letter in its search
// box, timing each keystroke with the events it causes, times showing the loaded page
// again (what the navigation does) and what a sync costs the page shown and hidden.
// Prints key=value lines, times in milliseconds, and whether the targets (open <= 100
// ms, keystroke <= 20 ms) are met.
#include "AccessEntry.h"
#include "AccessLogPage.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "Personas.h"
#include "TestStore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_access_log: %s\n", qPrintable(message));
    return 1;
}

QString joined(const QList<double>& values)
{
    QStringList parts;
    for (const double value : values)
        parts.append(QString::number(value, 'f', 2));
    return parts.join(u',');
}

// Processes events until the page has made its entries; returns the longest time the
// GUI thread was busy in one go meanwhile (a 1 ms timer that cannot fire while it is),
// or -1 when the page never finished.
double waitUntilLoaded(const AccessLogPage& page)
{
    QElapsedTimer sinceTick;
    sinceTick.start();
    double longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    tick.start(1);
    const QDeadlineTimer deadline(30'000);
    while (page.isReading()) {
        if (deadline.hasExpired())
            return -1;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int entries = 10000;
    QString query = QStringLiteral("verification");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--entries")
            entries = args[i + 1].toInt();
        else if (args[i] == u"--query")
            query = args[i + 1];
        else
            return fail(QStringLiteral("unknown option %1").arg(args[i]));
    }

    QTemporaryDir dir;
    auto opened = guichet::test::openUnlockedStore(dir.filePath(QStringLiteral("space.sqlite")));
    if (!opened)
        return fail(opened.error().summary());
    const QString spaceId = QStringLiteral("sp-bench-access-log");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const sim::seed::SpaceSeed bulk = sim::seed::bulkSpace(spaceId, now, 1, 1, 1, entries);
    QList<store::StoredObject> batch;
    for (const QJsonObject& entry : bulk.accessLog) {
        store::StoredObject object;
        object.spaceId = spaceId;
        object.kind = QStringLiteral("access");
        object.id = entry.value(u"id").toString();
        object.json = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        batch.append(object);
    }
    if (const auto stored = opened.value()->objects().upsert(batch); !stored)
        return fail(stored.error().summary());
    LocalStoreSource source(*opened.value(), nullptr, spaceId,
                            dir.filePath(QStringLiteral("seen.ini")));
    source.setState(DataState::Ready);

    // Where the opening time goes: reading the log from the store, then making the
    // entries of its JSON (fields, dates, folded search keys).
    QElapsedTimer timer;
    timer.start();
    const auto log = source.objectsJson(QStringLiteral("access"));
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QList<AccessEntry> parsed = readAccessEntries(log.valueOr({}));
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    if (parsed.size() != bulk.accessLog.size())
        return fail(QStringLiteral("%1 entries read").arg(parsed.size()));

    timer.restart();
    AccessLogPage page(source);
    page.resize(1200, 800);
    page.show();
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const double openFreezeMs = waitUntilLoaded(page);
    const double readyMs = double(timer.nsecsElapsed()) / 1e6;
    if (openFreezeMs < 0 || page.findChild<QTableView*>()->model()->rowCount() != entries)
        return fail(QStringLiteral("the page did not show the entries"));

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("accessSearch"));
    if (!search)
        return fail(QStringLiteral("no search box"));
    QList<double> keystrokes;
    for (const QChar c : query) {
        timer.restart();
        QTest::keyClick(search, c.toLatin1());
        QCoreApplication::processEvents();
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // The app builds its pages at start-up and loads them on each sync; opening the
    // page from the navigation only shows it.
    search->clear();
    page.hide();
    QCoreApplication::processEvents();
    timer.restart();
    page.show();
    QCoreApplication::processEvents();
    const double reopenMs = double(timer.nsecsElapsed()) / 1e6;

    // What each sync costs the page: shown, it reads the log again; hidden, it only
    // counts the new accesses for the navigation.
    timer.restart();
    source.notifyChanged();
    QCoreApplication::processEvents();
    const double syncStartMs = double(timer.nsecsElapsed()) / 1e6; // the store read
    const double syncFreezeMs = std::max(syncStartMs, waitUntilLoaded(page));
    const double changedShownMs = double(timer.nsecsElapsed()) / 1e6;
    page.hide();
    QCoreApplication::processEvents();
    timer.restart();
    source.notifyChanged();
    QCoreApplication::processEvents();
    const double changedHiddenMs = double(timer.nsecsElapsed()) / 1e6;

    QList<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    const double max = sorted.isEmpty() ? 0 : sorted.last();

    std::printf("entries=%lld\n", static_cast<long long>(bulk.accessLog.size()));
    std::printf("open_ms=%.2f\n", openMs);
    std::printf("ready_ms=%.2f\nopen_longest_freeze_ms=%.2f\n", readyMs, openFreezeMs);
    std::printf("reopen_ms=%.2f\n", reopenMs);
    std::printf("store_read_ms=%.2f\nentries_read_ms=%.2f\n", readMs, parseMs);
    std::printf("sync_shown_ms=%.2f\nsync_shown_longest_freeze_ms=%.2f\n", changedShownMs,
                syncFreezeMs);
    std::printf("sync_hidden_ms=%.2f\n", changedHiddenMs);
    std::printf("keystroke_ms=%s\n", qPrintable(joined(keystrokes)));
    std::printf("keystroke_median_ms=%.2f\nkeystroke_max_ms=%.2f\n", median, max);
    std::printf("open_target_100ms=%s\nkeystroke_target_20ms=%s\n",
                openMs <= 100 ? "met" : "missed", max <= 20 ? "met" : "missed");
    return 0;
}
