#include "DocumentVault.h"

#include "ErrorCodes.h"
#include "VaultFileFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

namespace guichet::store {
namespace {

const QString fileSuffix = QStringLiteral(".gvault");
// Sealed under an id no document can have (ids never contain a slash).
const QString keyCheckId = QStringLiteral("/key-check");
const QByteArray keyCheckContent = QByteArrayLiteral("guichet vault key check v1");

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error writeError(const QString& path, const QString& why)
{
    return Error(ErrorCode::VaultWriteFailed, QStringLiteral("%1: %2").arg(path, why));
}

Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // Restrict before any byte is written (the temporary file gets these too).
    file.setPermissions(ownerOnly);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::VaultKeyWrong,
                     QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<std::shared_ptr<const FieldCipher>> DocumentVault::fieldCipher(QByteArrayView purpose) const
{
    return FieldCipher::derive(m_key.bytes(), purpose);
}

QString DocumentVault::fileName(const QString& documentId)
{
    const QByteArray hash =
        QCryptographicHash::hash(documentId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(40)) + fileSuffix;
}

bool DocumentVault::holdsFiles(const QString& folder)
{
    // Stops at the first file: the folder may hold thousands.
    QDirIterator files(folder, {QStringLiteral("*") + fileSuffix}, QDir::Files);
    return files.hasNext();
}

void DocumentVault::open(const QString& folder, KeyProvider& keys, Opened done)
{
    if (!QDir().mkpath(folder)) {
        done(writeError(folder, QStringLiteral("cannot create the folder")));
        return;
    }
    QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    const bool existing = holdsFiles(folder);
    const auto need = existing ? KeyProvider::Need::MustExist : KeyProvider::Need::CreateIfMissing;
    keys.fetchKey(need, [folder, done = std::move(done)](Result<SecretBuffer> key) {
        if (!key) {
            done(key.error());
            return;
        }
        if (key.value().size() != vaultformat::KeySize) {
            done(Error(ErrorCode::VaultKeyWrong,
                       QStringLiteral("key has %1 bytes, not 32").arg(key.value().size())));
            return;
        }
        std::unique_ptr<DocumentVault> vault(new DocumentVault(folder, std::move(key).value()));
        const Result<std::optional<QByteArray>> check = vault->read(keyCheckId);
        if (!check) {
            done(Error(ErrorCode::VaultKeyWrong,
                       QStringLiteral("the key does not open this vault (%1)")
                           .arg(check.error().detail())));
            return;
        }
        if (!check.value()) {
            if (Result<qint64> written = vault->write(keyCheckId, keyCheckContent); !written) {
                done(written.error());
                return;
            }
        }
        done(std::move(vault));
    });
}

DocumentVault::DocumentVault(QString folder, SecretBuffer key)
    : m_folder(std::move(folder)), m_key(std::move(key))
{}

QString DocumentVault::filePath(const QString& documentId) const
{
    return m_folder + QLatin1Char('/') + fileName(documentId);
}

Result<qint64> DocumentVault::write(const QString& documentId, QByteArrayView content)
{
    const Result<QByteArray> sealed = vaultformat::seal(m_key.bytes(), documentId, content);
    if (!sealed)
        return sealed.error();
    if (Status status = writeAtomically(filePath(documentId), sealed.value()); !status)
        return status.error();
    return static_cast<qint64>(sealed.value().size());
}

Result<std::optional<QByteArray>> DocumentVault::read(const QString& documentId) const
{
    const QString path = filePath(documentId);
    if (!QFile::exists(path))
        return std::optional<QByteArray>();
    const Result<QByteArray> sealed = readFile(path);
    if (!sealed)
        return sealed.error();
    Result<QByteArray> content = vaultformat::open(m_key.bytes(), documentId, sealed.value());
    if (!content)
        return content.error();
    return std::optional<QByteArray>(std::move(content).value());
}

bool DocumentVault::contains(const QString& documentId) const
{
    return QFile::exists(filePath(documentId));
}

Status DocumentVault::remove(const QString& documentId)
{
    QFile file(filePath(documentId));
    if (file.exists() && !file.remove())
        return writeError(file.fileName(), file.errorString());
    return {};
}

qint64 DocumentVault::storedSize(const QString& documentId) const
{
    return QFileInfo(filePath(documentId)).size();
}

} // namespace guichet::store
