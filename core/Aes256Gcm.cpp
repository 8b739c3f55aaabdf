#include "Aes256Gcm.h"

#include "SecretBuffer.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace guichet::aes256gcm {
namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

int size(QByteArrayView view)
{
    return static_cast<int>(view.size());
}

} // namespace

bool seal(std::span<const unsigned char> key, QByteArrayView associatedData,
          QByteArrayView plaintext, QByteArray& out)
{
    if (key.size() != KeySize || plaintext.size() > INT_MAX - Overhead ||
        associatedData.size() > INT_MAX || out.size() > INT_MAX - Overhead - plaintext.size())
        return false;
    const qsizetype start = out.size();
    out.resize(start + NonceSize + plaintext.size() + TagSize);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data() + start);
    auto* cipher = nonce + NonceSize;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        RAND_bytes(nonce, NonceSize) == 1 && context &&
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) == 1 &&
        (associatedData.isEmpty() ||
         EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                           size(associatedData)) == 1) &&
        (plaintext.isEmpty() || EVP_EncryptUpdate(context.get(), cipher, &length, bytes(plaintext),
                                                  size(plaintext)) == 1) &&
        EVP_EncryptFinal_ex(context.get(), cipher + plaintext.size(), &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            cipher + plaintext.size()) == 1;
    if (!ok)
        out.truncate(start);
    return ok;
}

bool open(std::span<const unsigned char> key, QByteArrayView associatedData, QByteArrayView sealed,
          QByteArray& plaintext)
{
    plaintext.clear();
    if (key.size() != KeySize || sealed.size() < Overhead || sealed.size() > INT_MAX ||
        associatedData.size() > INT_MAX)
        return false;
    const unsigned char* nonce = bytes(sealed);
    const unsigned char* cipher = nonce + NonceSize;
    const qsizetype cipherSize = sealed.size() - Overhead;
    // OpenSSL wants a writable tag.
    unsigned char tag[TagSize];
    std::copy_n(cipher + cipherSize, TagSize, tag);

    plaintext.resize(cipherSize);
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) == 1 &&
        (associatedData.isEmpty() ||
         EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                           size(associatedData)) == 1) &&
        (cipherSize == 0 || EVP_DecryptUpdate(context.get(), out, &length, cipher,
                                              static_cast<int>(cipherSize)) == 1) &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag) == 1 &&
        EVP_DecryptFinal_ex(context.get(), out + cipherSize, &length) == 1;
    if (!ok) {
        // Decrypted bytes that did not authenticate never leave this function.
        SecretBuffer::wipe(plaintext.data(), static_cast<std::size_t>(plaintext.size()));
        plaintext.clear();
    }
    return ok;
}

} // namespace guichet::aes256gcm
