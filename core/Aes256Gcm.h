#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <span>

// AES-256-GCM with a random 96-bit nonce: the one cipher the vault files and the
// sealed columns of the stores share (DocumentVault, FieldCipher). Both add their
// own header; this only knows nonce, ciphertext and tag.
namespace guichet::aes256gcm {

inline constexpr int KeySize = 32;
inline constexpr int NonceSize = 12;
inline constexpr int TagSize = 16;
// What sealing adds to the plaintext: nonce and tag.
inline constexpr int Overhead = NonceSize + TagSize;

// Appends nonce || ciphertext || tag to out. false when OpenSSL fails, the system has
// no randomness or the key is not 32 bytes (out is then left as it was).
[[nodiscard]] bool seal(std::span<const unsigned char> key, QByteArrayView associatedData,
                        QByteArrayView plaintext, QByteArray& out);
// Opens nonce || ciphertext || tag. false for anything that does not authenticate
// (wrong key, altered bytes, other associated data, too short); plaintext is then
// empty and no decrypted byte is left in memory.
[[nodiscard]] bool open(std::span<const unsigned char> key, QByteArrayView associatedData,
                        QByteArrayView sealed, QByteArray& plaintext);

} // namespace guichet::aes256gcm
