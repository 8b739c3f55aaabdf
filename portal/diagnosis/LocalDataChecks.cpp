#include "LocalDataChecks.h"

#include "ErrorCodes.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet::store {
namespace {

using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

// Stores live at <root>/.../space.sqlite (SpaceFolder); a few levels are enough.
constexpr int MaxStores = 50;
// Something waiting this long to be sent deserves a look.
constexpr qint64 OldestWaitingWarningMs = 24LL * 3600 * 1000;

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
}

Check dataFolderCheck(const QString& root)
{
    Check check;
    check.layer = Layer::DataFolder;
    check.add(QStringLiteral("path"), QDir::toNativeSeparators(root));
    const QFileInfo info(root);
    // The folder is made at the first start; before that its parent must take it.
    QString existing = root;
    while (!QFileInfo::exists(existing) && QFileInfo(existing).dir().path() != existing)
        existing = QFileInfo(existing).dir().path();
    check.add(QStringLiteral("exists"),
              info.isDir() ? QStringLiteral("yes") : QStringLiteral("not yet"));
    const bool writable = QFileInfo(existing).isWritable();
    check.add(QStringLiteral("writable"), writable ? QStringLiteral("yes") : QStringLiteral("no"));
    const QStorageInfo storage(existing);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available >= 0)
        check.add(QStringLiteral("free"), megabytes(available));
    if (!writable) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::DataFolderNotWritable);
    } else if (available >= 0 && available < FreeSpaceFailureBytes) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::DiskAlmostFull);
    } else if (available >= 0 && available < FreeSpaceWarningBytes) {
        check.state = CheckState::Warning;
        check.code = QLatin1String(ErrorCode::DiskAlmostFull);
    } else {
        check.state = CheckState::Ok;
    }
    return check;
}

// One SQLite connection of its own, read-only, removed when done.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("diagnosis-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // Even read-only, SQLite makes the -wal and -shm files of a WAL database that has
        // none. Without a -wal (the application is not running: it was folded in at
        // close) "immutable" reads the file as it is and creates nothing. With one, the
        // application may be writing: read through it, which only takes read locks.
        const bool walInUse = QFileInfo::exists(path + QStringLiteral("-wal"));
        db.setDatabaseName(walInUse ? path
                                    : QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                          QStringLiteral("?immutable=1"));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    [[nodiscard]] bool opened() const { return m_opened; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

void addOutbox(Check& check, QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT state, count(*), min(created_at) FROM outbox"
                                   " WHERE state <> 'sent' GROUP BY state"))) {
        check.add(QStringLiteral("outbox"),
                  QStringLiteral("not readable: ") + query.lastError().text());
        return;
    }
    qint64 waiting = 0;
    qint64 refused = 0;
    qint64 oldest = 0;
    while (query.next()) {
        const QString state = query.value(0).toString();
        if (state == QLatin1String("failed"))
            refused += query.value(1).toLongLong();
        else
            waiting += query.value(1).toLongLong();
        const qint64 created = query.value(2).toLongLong();
        if (created > 0 && (oldest == 0 || created < oldest))
            oldest = created;
    }
    check.add(QStringLiteral("outbox-waiting"), QString::number(waiting));
    check.add(QStringLiteral("outbox-refused"), QString::number(refused));
    if (oldest > 0)
        check.add(QStringLiteral("outbox-oldest"),
                  QDateTime::fromMSecsSinceEpoch(oldest, Qt::UTC).toString(Qt::ISODate));
    if (refused > 0) {
        check.state = CheckState::Warning;
        QSqlQuery code(db);
        if (code.exec(QStringLiteral("SELECT last_error_code FROM outbox WHERE state = 'failed'"
                                     " ORDER BY id LIMIT 1")) &&
            code.next())
            check.add(QStringLiteral("outbox-first-refusal"), code.value(0).toString());
    } else if (waiting > 0 &&
               QDateTime::currentMSecsSinceEpoch() - oldest > OldestWaitingWarningMs) {
        check.state = CheckState::Warning;
    }
}

Check storeCheck(const QString& root, const QString& path)
{
    Check check;
    check.layer = Layer::Store;
    // Folder names are hashes of identities: nothing personal.
    check.subject = QDir(root).relativeFilePath(QFileInfo(path).path());
    check.add(QStringLiteral("size"), megabytes(QFileInfo(path).size()));
    ReadOnlyConnection connection(path);
    if (!connection.opened()) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::StoreOpenFailed);
        check.add(QStringLiteral("detail"), connection.error());
        return check;
    }
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next())
            problems << query.value(0).toString();
    } else {
        problems << query.lastError().text();
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        check.state = CheckState::Failed;
        check.code = QLatin1String(ErrorCode::StoreCorrupt);
        check.add(QStringLiteral("quick-check"), problems.mid(0, 5).join(QStringLiteral("; ")));
        return check;
    }
    check.state = CheckState::Ok;
    check.add(QStringLiteral("quick-check"), QStringLiteral("ok"));
    QSqlQuery version(db);
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
        check.add(QStringLiteral("schema-version"), version.value(0).toString());
    addOutbox(check, db);
    return check;
}

} // namespace

QList<diagnosis::Check> localDataChecks(const QString& dataRoot)
{
    QList<Check> checks{dataFolderCheck(dataRoot)};
    QStringList stores;
    if (QFileInfo(dataRoot).isDir()) {
        QDirIterator it(dataRoot, {QStringLiteral("space.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && stores.size() < MaxStores)
            stores << it.next();
    }
    stores.sort();
    for (const QString& path : stores)
        checks << storeCheck(dataRoot, path);
    if (stores.isEmpty()) {
        Check none;
        none.layer = Layer::Store;
        none.state = CheckState::NotChecked;
        none.add(QStringLiteral("reason"), QStringLiteral("no local data yet"));
        checks << none;
    }
    return checks;
}

diagnosis::Probe localDataProbe(const QString& dataRoot)
{
    diagnosis::Probe probe;
    probe.layers = {Layer::DataFolder, Layer::Store};
    probe.start = [dataRoot]() { return QtConcurrent::run(localDataChecks, dataRoot); };
    return probe;
}

} // namespace guichet::store
