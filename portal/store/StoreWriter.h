#pragma once

#include "LocalStore.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

class QThread;

namespace guichet::store {

// Writes to a LocalStore's file from a thread of its own, through a second SQLite
// connection, in the order the jobs were posted. The sync posts its large batches
// (a thousand objects, a catalogue page with its full-text index) here so that the
// thread that owns the network keeps reading pages while they are written: written
// on that thread, every batch held up the chains of pages behind it (ARCHITECTURE.md,
// "Threads": SQLite writes of large batches run off the GUI thread).
//
// Order: jobs run one at a time, first posted first. A job posted after another
// sees its writes, so "the objects of a page, then its cursor" stays true.
// Failures: jobs are posted on a lane (one per caller, e.g. a space's sync and the
// catalogue's). When a job of a lane fails, the later jobs of that lane are skipped
// and their callbacks get the same error, until resetLane(): a run that lost a batch
// can never store the cursor that would skip it.
// Callbacks run on the thread that owns the StoreWriter, through its event loop,
// never inside post(); one whose context object is gone is dropped.
// Readers: the owner's own connection sees each job's writes once its callback runs.
//
// Checkpoints: while a StoreWriter exists, neither connection folds the WAL back
// into the file when it commits (SQLite's default does it every 4 MiB, in whichever
// commit crosses the mark: on the GUI thread, or in the middle of a sync, where it
// made writing a first sync a third slower). The owner posts checkpoint() when a run
// of writes ends; the writer's connection still checkpoints by itself past
// WriterCheckpointPages, so the log stays bounded.
//
// If the second connection cannot be opened (the file is gone, or a test store in
// memory), jobs run on the owner's thread with the owner's store, still in order
// and still answered through the event loop.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Status(LocalStore&)>;
    using Then = std::function<void(const Status&)>;

    explicit StoreWriter(LocalStore& store, QObject* parent = nullptr);
    // Runs what is still queued (writes someone counted on), then closes.
    ~StoreWriter() override;

    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    [[nodiscard]] int newLane();
    // Forgets the lane's failure: its next jobs run again (a new run of the caller).
    void resetLane(int lane);
    void post(int lane, Job job, QObject* context = nullptr, Then then = nullptr);

    // Folds the WAL into the file on the writer's thread, after what is queued.
    void checkpoint();

    // Blocks until every job posted so far has run; for shutdown and tests.
    void waitForIdle();
    // Whether jobs run on a thread of their own (false: on the owner's thread).
    [[nodiscard]] bool threaded() const { return m_thread != nullptr; }

    static constexpr int WriterCheckpointPages = 16384; // 64 MiB of log
    static constexpr int DefaultCheckpointPages = 1000; // SQLite's own default

private:
    struct Task
    {
        int lane = 0;
        Job job;
        QPointer<QObject> context;
        bool hadContext = false;
        Then then;
    };

    void runLoop(LocalStore& store);
    Status runTask(LocalStore& store, const Task& task);
    void answer(const Task& task, const Status& status);

    LocalStore& m_ownStore;
    QThread* m_thread = nullptr;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Task> m_queue;
    std::unordered_map<int, Error> m_failedLanes;
    int m_nextLane = 1;
    int m_checkpointLane = 0;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace guichet::store
