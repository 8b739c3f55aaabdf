#include "DataPaths.h"

#include "ErrorCodes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace guichet {

DataPaths::DataPaths(const QString& root)
    : m_root(QDir::cleanPath(root.isEmpty() ? defaultRoot() : root))
{}

QString DataPaths::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString DataPaths::logDirectory() const
{
    return QDir(m_root).filePath(QStringLiteral("logs"));
}

QString DataPaths::identitiesDirectory() const
{
    return QDir(m_root).filePath(QStringLiteral("identities"));
}

QString DataPaths::identityFolderName(const QString& identityKey)
{
    // A fixed prefix separates this use of the hash from any other.
    const QByteArray digest = QCryptographicHash::hash(QByteArrayLiteral("guichet-identity-v1:") +
                                                           identityKey.trimmed().toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32));
}

QString DataPaths::identityDirectory(const QString& identityKey) const
{
    return QDir(identitiesDirectory()).filePath(identityFolderName(identityKey));
}

Status DataPaths::ensureWritable(const QString& directory)
{
    if (directory.isEmpty())
        return Error(ErrorCode::DataFolderNotWritable, QStringLiteral("no folder given"));
    QDir dir(directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(directory))
            return Error(ErrorCode::DataFolderNotWritable,
                         QStringLiteral("cannot create ") + directory);
        // Only a folder made here is made private: an existing one a person chose (their
        // Documents, a shared drive) keeps the permissions it has.
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
    QFile probe(dir.filePath(QStringLiteral(".write-probe")));
    if (!probe.open(QIODevice::WriteOnly) || probe.write("ok", 2) != 2 || !probe.flush()) {
        const QString reason = probe.errorString();
        probe.remove();
        return Error(ErrorCode::DataFolderNotWritable, directory + QStringLiteral(": ") + reason);
    }
    probe.close();
    probe.remove();
    return {};
}

} // namespace guichet
