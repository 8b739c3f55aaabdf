// The drafts store: a saved draft is there after reopening (and after the writing
// process is killed), files keep their bytes and are checked against their digest,
// a file that is not a drafts database is refused and left untouched.
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "TestCipher.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <array>

using namespace guichet;
using namespace guichet::forms;

namespace {

DraftSummary marieDraft()
{
    DraftSummary s;
    s.spaceId = QStringLiteral("sp-priv-marie-schmit");
    s.formId = QStringLiteral("F-STUDY-GRANT");
    s.formVersion = QStringLiteral("1.0.0");
    s.procedureId = QStringLiteral("P-CIT-STUDY-GRANT");
    s.title = QStringLiteral("Aide financière pour études supérieures");
    s.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    return s;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class DraftStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedDraftSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        QString id;
        const QJsonObject content{
            {QStringLiteral("answers"),
             QJsonObject{
                 {QStringLiteral("iban"), QJsonObject{{QStringLiteral("value"),
                                                       QStringLiteral("LU280019400644750000")}}}}}};
        {
            auto store = DraftStore::open(path, guichet::test::testCipher());
            QVERIFY2(store, qPrintable(store ? QString() : store.error().summary()));
            const auto created = store.value()->create(marieDraft());
            QVERIFY(created);
            id = created.value();
            QVERIFY(id.startsWith(QLatin1String("DR-")));
            QVERIFY(store.value()->save(id, content, QDateTime::currentDateTimeUtc()));
        }
        auto reopened = DraftStore::open(path, guichet::test::testCipher());
        QVERIFY(reopened);
        const auto loaded = reopened.value()->load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), content);
        const auto listed = reopened.value()->list(QStringLiteral("sp-priv-marie-schmit"));
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().formId, QStringLiteral("F-STUDY-GRANT"));
        QCOMPARE(listed.value().first().title, marieDraft().title);
        // Another space sees nothing of it.
        QVERIFY(reopened.value()->list(QStringLiteral("sp-priv-luc-weber")).value().isEmpty());
    }

    void aDraftOfNobodySignedInIsKeptWithoutASpace()
    {
        // Procedures open without a card: the gateway has no space (a null id).
        QTemporaryDir dir;
        auto store = DraftStore::open(dir.filePath(QStringLiteral("drafts.sqlite")),
                                      guichet::test::testCipher());
        QVERIFY(store);
        DraftSummary publicDraft = marieDraft();
        publicDraft.spaceId = QString();
        const auto created = store.value()->create(publicDraft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail()));
        const QByteArray scan = "%PDF-1.4\n%%EOF\n";
        QVERIFY(store.value()->putFile(created.value(), {sha256Hex(scan), QStringLiteral("id.pdf"),
                                                         QStringLiteral("application/pdf"), scan}));
        const auto listed = store.value()->list(QString());
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().id, created.value());
        QVERIFY(store.value()->list(QStringLiteral("sp-priv-marie-schmit")).value().isEmpty());
    }

    void listIsNewestFirstAndDiscardRemovesFiles()
    {
        QTemporaryDir dir;
        auto store =
            DraftStore::open(dir.filePath(QStringLiteral("d.sqlite")), guichet::test::testCipher());
        QVERIFY(store);
        const QString first = store.value()->create(marieDraft()).value();
        const QString second = store.value()->create(marieDraft()).value();
        const QDateTime t0(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        QVERIFY(store.value()->save(first, {}, t0.addSecs(60)));
        QVERIFY(store.value()->save(second, {}, t0));
        const auto listed = store.value()->list(marieDraft().spaceId).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, first);
        const QByteArray pdf("%PDF-1.7 proof of enrolment");
        QVERIFY(store.value()->putFile(first,
                                       DraftFile{sha256Hex(pdf), QStringLiteral("inscription.pdf"),
                                                 QStringLiteral("application/pdf"), pdf}));
        const auto file = store.value()->file(first, sha256Hex(pdf));
        QVERIFY(file);
        QCOMPARE(file.value().content, pdf);
        QCOMPARE(file.value().fileName, QStringLiteral("inscription.pdf"));
        QVERIFY(store.value()->discard(first));
        QCOMPARE(store.value()->load(first).error().code(),
                 QString::fromLatin1(ErrorCode::DraftUnreadable));
        QVERIFY(!store.value()->file(first, sha256Hex(pdf)));
        QCOMPARE(store.value()->list(marieDraft().spaceId).value().size(), 1);
    }

    void savingADiscardedDraftIsAnError()
    {
        QTemporaryDir dir;
        auto store =
            DraftStore::open(dir.filePath(QStringLiteral("d.sqlite")), guichet::test::testCipher());
        const QString id = store.value()->create(marieDraft()).value();
        QVERIFY(store.value()->discard(id));
        const Status saved = store.value()->save(id, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), QString::fromLatin1(ErrorCode::DraftSaveFailed));
    }

    void aFileWhoseBytesChangedIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        auto store = DraftStore::open(path, guichet::test::testCipher());
        const QString id = store.value()->create(marieDraft()).value();
        const QByteArray png("\x89PNG payslip");
        QVERIFY(store.value()->putFile(id, DraftFile{sha256Hex(png), QStringLiteral("a.png"),
                                                     QStringLiteral("image/png"), png}));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE draft_files SET content = x'00'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const auto file = store.value()->file(id, sha256Hex(png));
        QVERIFY(!file);
        // Sealed: altered bytes no longer authenticate, before the digest is even checked.
        QCOMPARE(file.error().code(), QString::fromLatin1(ErrorCode::StoreUnsealFailed));
    }

    void anotherFileIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto store = DraftStore::open(path, guichet::test::testCipher());
        QVERIFY(!store);
        QCOMPARE(store.error().code(), QString::fromLatin1(ErrorCode::DraftUnreadable));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        QFile garbage(dir.filePath(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        const auto refused = DraftStore::open(garbage.fileName(), guichet::test::testCipher());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QString::fromLatin1(ErrorCode::DraftUnreadable));
    }

    void whatThePersonWroteIsSealedOnDisk()
    {
        // The title, the answers and an attached file (name and bytes) are never in the
        // file in plaintext; without the key nothing opens, with another key STORE-007.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        const QString marker = QStringLiteral("QZX-draft-marker");
        QString id;
        const QByteArray attached = "scan of " + marker.toUtf8();
        {
            auto store = DraftStore::open(path, guichet::test::testCipher());
            QVERIFY(store);
            DraftSummary summary = marieDraft();
            summary.title = marker;
            id = store.value()->create(summary).value();
            QVERIFY(store.value()->save(id, {{QStringLiteral("answer"), marker}},
                                        QDateTime::currentDateTimeUtc()));
            QVERIFY(
                store.value()->putFile(id, {sha256Hex(attached), marker + QStringLiteral(".pdf"),
                                            QStringLiteral("application/pdf"), attached}));
            QCOMPARE(store.value()->summary(id).value().title, marker);
            QCOMPARE(store.value()->list(summary.spaceId).value().first().title, marker);
            QCOMPARE(store.value()->load(id).value().value(QStringLiteral("answer")).toString(),
                     marker);
            const DraftFile file = store.value()->file(id, sha256Hex(attached)).value();
            QCOMPARE(file.fileName, marker + QStringLiteral(".pdf"));
            QCOMPARE(file.content, attached);
        }
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toUtf8()), qPrintable(name));
        }
        const auto locked = DraftStore::open(path, nullptr);
        QCOMPARE(locked.error().code(), QString::fromLatin1(ErrorCode::StoreLocked));
        const std::array<unsigned char, 32> otherKey{};
        const auto other = DraftStore::open(path, FieldCipher::derive(otherKey, "x").value());
        QVERIFY(other);
        QCOMPARE(other.value()->load(id).error().code(),
                 QString::fromLatin1(ErrorCode::StoreUnsealFailed));
    }

    void aPlaintextDraftsFileIsSealedInPlace()
    {
        // Version 1 of the drafts file kept everything in plaintext.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        const QString marker = QStringLiteral("QZX-version-one");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql :
                 {QStringLiteral("CREATE TABLE drafts (id TEXT PRIMARY KEY, space_id TEXT NOT NULL,"
                                 " form_id TEXT NOT NULL, form_version TEXT NOT NULL, procedure_id"
                                 " TEXT NOT NULL, title TEXT NOT NULL, created_at TEXT NOT NULL,"
                                 " updated_at TEXT NOT NULL, content BLOB NOT NULL)"),
                  QStringLiteral("CREATE TABLE draft_files (draft_id TEXT NOT NULL REFERENCES"
                                 " drafts(id) ON DELETE CASCADE, sha256 TEXT NOT NULL, file_name"
                                 " TEXT NOT NULL, media_type TEXT NOT NULL, content BLOB NOT NULL,"
                                 " PRIMARY KEY (draft_id, sha256))"),
                  QStringLiteral("INSERT INTO drafts VALUES ('DR-1', 'sp', 'F', '1', 'P', '%1',"
                                 " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',"
                                 " CAST('{\"a\":\"%1\"}' AS BLOB))")
                      .arg(marker),
                  QStringLiteral("INSERT INTO draft_files VALUES ('DR-1', '%1', '%2.txt',"
                                 " 'text/plain', CAST('%2' AS BLOB))")
                      .arg(sha256Hex(marker.toUtf8()), marker),
                  QStringLiteral("PRAGMA application_id = %1").arg(0x47445246),
                  QStringLiteral("PRAGMA user_version = 1")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        {
            auto store = DraftStore::open(path, guichet::test::testCipher());
            QVERIFY2(store, store ? "" : qPrintable(store.error().detail()));
            QCOMPARE(store.value()->summary(QStringLiteral("DR-1")).value().title, marker);
            QCOMPARE(store.value()->load(QStringLiteral("DR-1")).value().value(u"a").toString(),
                     marker);
            QCOMPARE(store.value()
                         ->file(QStringLiteral("DR-1"), sha256Hex(marker.toUtf8()))
                         .value()
                         .content,
                     marker.toUtf8());
        }
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toUtf8()), qPrintable(name));
        }
    }

    // A child process saves a draft and is killed right after save() returned: the
    // draft is there (synchronous=FULL, committed before "saved").
    void aDraftSavedBeforeAKillIsKept()
    {
        if (qEnvironmentVariableIsSet("DRAFT_CHILD")) {
            auto store =
                DraftStore::open(qEnvironmentVariable("DRAFT_CHILD"), guichet::test::testCipher());
            const QString id = store.value()->create(marieDraft()).value();
            QJsonArray many;
            for (int i = 0; i < 2000; ++i)
                many.append(QStringLiteral("answer %1").arg(i));
            if (!store.value()->save(id, {{QStringLiteral("many"), many}},
                                     QDateTime::currentDateTimeUtc()))
                ::_exit(3);
            QTextStream(stdout) << "saved " << id << Qt::endl;
            for (;;)
                QThread::sleep(1); // wait to be killed
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRAFT_CHILD"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("aDraftSavedBeforeAKillIsKept")});
        QVERIFY(child.waitForStarted());
        QString line;
        QDeadlineTimer deadline(20000);
        while (!line.startsWith(QLatin1String("saved")) && !deadline.hasExpired()) {
            if (child.canReadLine() || child.waitForReadyRead(100))
                line = QString::fromLatin1(child.readLine()).trimmed();
        }
        QVERIFY2(line.startsWith(QLatin1String("saved DR-")), qPrintable(line));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        const QString id = line.mid(6);
        auto store = DraftStore::open(path, guichet::test::testCipher());
        QVERIFY(store);
        const auto loaded = store.value()->load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().value(QStringLiteral("many")).toArray().size(), 2000);
    }
};

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_forms_drafts.moc"
