#include "VaultFileFormat.h"

#include "ErrorCodes.h"
#include "SecretBuffer.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace guichet::store::vaultformat {
namespace {

constexpr char Magic[] = {'G', 'V', 'L', 'T'};
constexpr unsigned char Version = 1;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

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

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
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
    if (plaintext.size() > INT_MAX - Overhead)
        return sealError("size");
    QByteArray out = header();
    out.resize(HeaderSize + NonceSize + plaintext.size() + TagSize);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data() + HeaderSize);
    if (RAND_bytes(nonce, NonceSize) != 1)
        return sealError("nonce");
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray aad = associatedData(documentId);
    auto* cipher = nonce + NonceSize;
    int length = 0;
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad),
                          static_cast<int>(aad.size())) != 1)
        return sealError("init");
    if (!plaintext.isEmpty() && EVP_EncryptUpdate(context.get(), cipher, &length, bytes(plaintext),
                                                  static_cast<int>(plaintext.size())) != 1)
        return sealError("encrypt");
    if (EVP_EncryptFinal_ex(context.get(), cipher + plaintext.size(), &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            cipher + plaintext.size()) != 1)
        return sealError("tag");
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
    const unsigned char* nonce = bytes(sealed) + HeaderSize;
    const unsigned char* cipher = nonce + NonceSize;
    const qsizetype cipherSize = sealed.size() - Overhead;
    QByteArray tag(reinterpret_cast<const char*>(cipher + cipherSize), TagSize);
    const QByteArray aad = associatedData(documentId);

    QByteArray plaintext(cipherSize, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad),
                          static_cast<int>(aad.size())) == 1 &&
        (cipherSize == 0 ||
         EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char*>(plaintext.data()),
                           &length, cipher, static_cast<int>(cipherSize)) == 1) &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(),
                            reinterpret_cast<unsigned char*>(plaintext.data()) + cipherSize,
                            &length) == 1;
    if (!ok) {
        // Decrypted bytes that did not authenticate never leave this function.
        SecretBuffer::wipe(plaintext.data(), static_cast<std::size_t>(plaintext.size()));
        return openError(documentId, "authentication failed (wrong key or altered file)");
    }
    return plaintext;
}

} // namespace guichet::store::vaultformat
