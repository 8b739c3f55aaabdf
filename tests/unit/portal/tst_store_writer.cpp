// StoreWriter: the sync's writes on a thread of their own, over a second connection
// to the same SQLite file (real files in temporary folders).
#include "ErrorCodes.h"
#include "LocalStore.h"
#include "StoreWriter.h"
#include "TestStore.h"
#include "tst_store_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace guichet;
using namespace guichet::store;
using namespace storetest;

namespace {

const QString space = QStringLiteral("sp-priv-5c1b7e2a");

std::unique_ptr<LocalStore> openStore(const QString& path)
{
    Result<std::unique_ptr<LocalStore>> store = guichet::test::openUnlockedStore(path);
    if (!store)
        qWarning() << store.error();
    return store ? std::move(store).value() : nullptr;
}

int objectCount(LocalStore& store)
{
    ObjectFilter filter;
    filter.spaceId = space;
    return store.objects().count(filter).valueOr(-1);
}

StoreWriter::Job upsertDocument(int n)
{
    return [n](LocalStore& store) -> Status {
        const Result<int> written = store.objects().upsert(QList<StoredObject>{document(space, n)});
        return written ? Status() : Status(written.error());
    };
}

StoreWriter::Job failing()
{
    return [](LocalStore&) -> Status {
        return Error(ErrorCode::StoreOpenFailed, QStringLiteral("disk full (test)"));
    };
}

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOnAThreadOfTheirOwn()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(store);
        StoreWriter writer(*store);
        QVERIFY(writer.threaded());
        const int lane = writer.newLane();
        QList<int> order;
        std::atomic<bool> offMainThread{true};
        QThread* const mainThread = QThread::currentThread();
        for (int n = 0; n < 50; ++n) {
            writer.post(
                lane,
                [n, mainThread, &offMainThread](LocalStore& own) -> Status {
                    if (QThread::currentThread() == mainThread)
                        offMainThread = false;
                    return upsertDocument(n)(own);
                },
                this,
                [n, &order](const Status& status) {
                    QVERIFY(status);
                    order.append(n);
                });
        }
        QVERIFY(order.isEmpty()); // answers come through the event loop, never inside post
        QTRY_COMPARE(order.size(), 50);
        for (int n = 0; n < 50; ++n)
            QCOMPARE(order.at(n), n);
        QVERIFY(offMainThread);
        // Once the last callback ran, this thread's own connection sees every write.
        QCOMPARE(objectCount(*store), 50);
    }

    void aFailedJobStopsItsLaneUntilReset()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(store);
        StoreWriter writer(*store);
        const int sync = writer.newLane();
        const int other = writer.newLane();
        QList<QString> answers;
        const auto record = [&answers](const QString& name) {
            return [&answers, name](const Status& status) {
                answers.append(name + (status ? QStringLiteral(":ok")
                                              : QStringLiteral(":") + status.error().code()));
            };
        };
        writer.post(sync, upsertDocument(1), this, record(QStringLiteral("first")));
        writer.post(sync, failing(), this, record(QStringLiteral("fails")));
        // A cursor after a lost batch must not be written: skipped, with the same error.
        writer.post(sync, upsertDocument(2), this, record(QStringLiteral("after")));
        writer.post(other, upsertDocument(3), this, record(QStringLiteral("other")));
        QTRY_COMPARE(answers.size(), 4);
        const QString code = QLatin1String(ErrorCode::StoreOpenFailed);
        QCOMPARE(answers,
                 (QList<QString>{QStringLiteral("first:ok"), QStringLiteral("fails:") + code,
                                 QStringLiteral("after:") + code, QStringLiteral("other:ok")}));
        QCOMPARE(objectCount(*store), 2); // documents 1 and 3, not 2

        writer.resetLane(sync); // a new run
        writer.post(sync, upsertDocument(2), this, record(QStringLiteral("again")));
        QTRY_COMPARE(answers.size(), 5);
        QCOMPARE(answers.last(), QStringLiteral("again:ok"));
        QCOMPARE(objectCount(*store), 3);
    }

    void theOwnersTransactionWaitsForTheWritersInsteadOfFailing()
    {
        // The owner reads, then writes, in one transaction while the writer holds the
        // write lock. A deferred transaction would read an old snapshot and then fail
        // at once (SQLITE_BUSY) when the writer committed; the owner's transaction
        // waits for the lock at its start instead and sees the writer's rows.
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(store);
        StoreWriter writer(*store);
        std::atomic<bool> holding{false};
        writer.post(writer.newLane(), [&holding](LocalStore& own) {
            return own.inTransaction([&]() -> Status {
                const Result<int> written =
                    own.objects().upsert(QList<StoredObject>{document(space, 1)});
                if (!written)
                    return written.error();
                holding = true;
                QThread::msleep(300);
                return {};
            });
        });
        QTRY_VERIFY(holding);
        int seen = -1;
        const Status status = store->inTransaction([&]() -> Status {
            seen = objectCount(*store);
            const Result<int> written =
                store->objects().upsert(QList<StoredObject>{document(space, 2)});
            return written ? Status() : Status(written.error());
        });
        QVERIFY2(status, status ? "" : qPrintable(status.error().detail()));
        QCOMPARE(seen, 1);
        QCOMPARE(objectCount(*store), 2);
    }

    void queuedJobsRunBeforeTheWriterCloses()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(store);
        {
            StoreWriter writer(*store);
            const int lane = writer.newLane();
            for (int n = 0; n < 200; ++n)
                writer.post(lane, upsertDocument(n));
        }
        QCOMPARE(objectCount(*store), 200);
    }

    void withoutASecondConnectionJobsRunHereInOrder()
    {
        // The folder is gone: the owner's connection still works, a second one cannot
        // be opened. Jobs then run on this thread, answers still come later.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("identity"));
        QVERIFY(QDir().mkpath(folder));
        auto store = openStore(folder + QStringLiteral("/space.sqlite"));
        QVERIFY(store);
        QVERIFY(QDir(folder).removeRecursively());
        StoreWriter writer(*store);
        QVERIFY(!writer.threaded());
        const int lane = writer.newLane();
        QList<int> order;
        QThread* ranOn = nullptr;
        writer.post(
            lane,
            [&ranOn](LocalStore&) -> Status {
                ranOn = QThread::currentThread();
                return {};
            },
            this,
            [&order](const Status& status) {
                QVERIFY(status);
                order.append(1);
            });
        writer.post(lane, failing(), this, [&order](const Status& status) {
            QVERIFY(!status);
            order.append(2);
        });
        QVERIFY(order.isEmpty());
        QCOMPARE(ranOn, QThread::currentThread());
        QTRY_COMPARE(order, (QList<int>{1, 2}));
    }

    void theLogIsFoldedIntoTheFileWhenAskedNotOnEveryCommit()
    {
        // SQLite would copy the log into the file in whichever commit crosses 4 MiB:
        // on the GUI thread or in the middle of a sync. With a writer, only checkpoint()
        // does, on the writer's thread.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("space.sqlite"));
        auto store = openStore(path);
        QVERIFY(store);
        const qint64 emptyFile = QFileInfo(path).size();
        StoreWriter writer(*store);
        const int lane = writer.newLane();
        const QByteArray padding(2000, 'x');
        for (int batch = 0; batch < 6; ++batch) {
            writer.post(lane, [batch, padding](LocalStore& own) -> Status {
                QList<StoredObject> objects;
                for (int n = 0; n < 500; ++n) {
                    StoredObject object = document(space, batch * 500 + n);
                    object.json.chop(1); // the closing brace
                    object.json += ",\"notes\":\"" + padding + "\"}";
                    objects.append(object);
                }
                const Result<int> written = own.objects().upsert(objects);
                return written ? Status() : Status(written.error());
            });
        }
        // One of this thread's own commits, after the writer's: no checkpoint either.
        writer.waitForIdle();
        QVERIFY(store->objects().setPinned(space, QStringLiteral("document"), document(space, 1).id,
                                           true));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 6 * 1024 * 1024);
        QCOMPARE(QFileInfo(path).size(), emptyFile);

        writer.checkpoint();
        writer.waitForIdle();
        QVERIFY(QFileInfo(path).size() > 6 * 1024 * 1024);
        QCOMPARE(objectCount(*store), 3000);
    }

    void anAnswerForAContextThatIsGoneIsDropped()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("space.sqlite")));
        QVERIFY(store);
        StoreWriter writer(*store);
        const int lane = writer.newLane();
        bool called = false;
        auto context = std::make_unique<QObject>();
        writer.post(lane, upsertDocument(1), context.get(),
                    [&called](const Status&) { called = true; });
        context.reset();
        bool last = false;
        writer.post(lane, upsertDocument(2), this, [&last](const Status&) { last = true; });
        QTRY_VERIFY(last);
        QVERIFY(!called);
        QCOMPARE(objectCount(*store), 2); // the job itself still ran
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_store_writer.moc"
