#include "VaultFileFormat.h"

#include "Aes256Gcm.h"
#include "ErrorCodes.h"

namespace guichet::store::vaultformat {
namespace {

constexpr char Magic[] = {'G', 'V', 'L', 'T'};
constexpr unsigned char Version = 1;

QByteArray header()
{
    QByteArray bytes(Magic, sizeof Magic);
    bytes.append(static_cast<char>(Version));
    return bytes;
}

QByteArray associatedData(const QString& documentId)
{
    return header() + documentId.toUtf8();
}

Error sealError(const char* step)
{
    return Error(ErrorCode::VaultWriteFailed, QStringLiteral("AES-256-GCM %1 failed").arg(step));
}

Error openError(const QString& documentId, const char* why)
{
    return Error(ErrorCode::VaultKeyWrong, QStringLiteral("%1: %2").arg(documentId, why));
}

} // namespace

Result<QByteArray> seal(std::span<const unsigned char> key, const QString& documentId,
                        QByteArrayView plaintext)
{
    if (key.size() != KeySize)
        return sealError("key size");
    QByteArray out = header();
    out.reserve(Overhead + plaintext.size());
    if (!aes256gcm::seal(key, associatedData(documentId), plaintext, out))
        return sealError("seal");
    return out;
}

Result<QByteArray> open(std::span<const unsigned char> key, const QString& documentId,
                        QByteArrayView sealed)
{
    if (key.size() != KeySize)
        return openError(documentId, "key is not 32 bytes");
    if (sealed.size() < Overhead)
        return openError(documentId, "file too short");
    if (sealed.first(HeaderSize) != QByteArrayView(header()))
        return openError(documentId, "not a vault file or unknown format version");
    QByteArray plaintext;
    if (!aes256gcm::open(key, associatedData(documentId), sealed.sliced(HeaderSize), plaintext))
        return openError(documentId, "authentication failed (wrong key or altered file)");
    return plaintext;
}

} // namespace guichet::store::vaultformat
