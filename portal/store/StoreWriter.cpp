#include "StoreWriter.h"

#include <QLoggingCategory>
#include <QThread>

#include <future>

Q_LOGGING_CATEGORY(lcStoreWriter, "guichet.store.writer")

namespace guichet::store {

StoreWriter::StoreWriter(LocalStore& store, QObject* parent) : QObject(parent), m_ownStore(store)
{
    std::promise<bool> opened;
    std::future<bool> openedFuture = opened.get_future();
    const QString path = store.path();
    const bool fullText = store.catalogue().usesFullTextIndex();
    const std::shared_ptr<const FieldCipher> cipher = store.cipher();
    m_thread = QThread::create([this, path, fullText, cipher, &opened] {
        // The connection is made, used and closed on this thread: Qt SQL connections
        // belong to the thread that opened them.
        Result<std::unique_ptr<LocalStore>> own =
            LocalStore::open(path, LocalStore::Options{fullText});
        if (!own) {
            qCInfo(lcStoreWriter) << "writing on the owner's thread:" << own.error().detail();
            opened.set_value(false);
            return;
        }
        // The same key as the owner's connection (the cipher keeps no state).
        if (Status status = own.value()->setCipher(cipher); !status) {
            qCInfo(lcStoreWriter) << "writing on the owner's thread:" << status.error().detail();
            opened.set_value(false);
            return;
        }
        if (Status status = own.value()->setAutoCheckpoint(WriterCheckpointPages); !status)
            qCWarning(lcStoreWriter) << status.error().detail();
        opened.set_value(true);
        runLoop(*own.value());
    });
    m_thread->setObjectName(QStringLiteral("guichet-store-writer"));
    m_thread->start();
    if (!openedFuture.get()) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    } else if (Status status = m_ownStore.setAutoCheckpoint(0); !status) {
        qCWarning(lcStoreWriter) << status.error().detail();
    }
    m_checkpointLane = newLane();
}

StoreWriter::~StoreWriter()
{
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    if (Status status = m_ownStore.setAutoCheckpoint(DefaultCheckpointPages); !status)
        qCWarning(lcStoreWriter) << status.error().detail();
}

int StoreWriter::newLane()
{
    const std::lock_guard lock(m_mutex);
    return m_nextLane++;
}

void StoreWriter::resetLane(int lane)
{
    const std::lock_guard lock(m_mutex);
    m_failedLanes.erase(lane);
}

void StoreWriter::post(int lane, Job job, QObject* context, Then then)
{
    Task task{lane, std::move(job), QPointer<QObject>(context), context != nullptr,
              std::move(then)};
    if (!m_thread) {
        // Same order and same answers, on this thread.
        answer(task, runTask(m_ownStore, task));
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void StoreWriter::checkpoint()
{
    post(m_checkpointLane, [](LocalStore& store) -> Status {
        // A checkpoint that cannot finish now (a reader) finishes with a later one.
        if (Status status = store.checkpoint(); !status)
            qCInfo(lcStoreWriter) << status.error().detail();
        return {};
    });
}

void StoreWriter::waitForIdle()
{
    if (!m_thread)
        return;
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void StoreWriter::runLoop(LocalStore& store)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) // stopping, and nothing left that someone counted on
            return;
        const Task task = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const Status status = runTask(store, task);
        answer(task, status);
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

Status StoreWriter::runTask(LocalStore& store, const Task& task)
{
    {
        const std::lock_guard lock(m_mutex);
        if (const auto failed = m_failedLanes.find(task.lane); failed != m_failedLanes.end())
            return failed->second;
    }
    Status status = task.job(store);
    if (!status) {
        const std::lock_guard lock(m_mutex);
        m_failedLanes.emplace(task.lane, status.error());
    }
    return status;
}

void StoreWriter::answer(const Task& task, const Status& status)
{
    if (!task.then)
        return;
    // Queued to this object, on its thread; the context is checked there, where it lives.
    QMetaObject::invokeMethod(
        this,
        [context = task.context, hadContext = task.hadContext, then = task.then, status] {
            if (hadContext && !context)
                return;
            then(status);
        },
        Qt::QueuedConnection);
}

} // namespace guichet::store
