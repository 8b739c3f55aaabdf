#pragma once

#include "Result.h"
#include "SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <span>

namespace guichet {

// Seals the personal values the stores keep in SQLite (an object's JSON, an outbox
// body, a draft's answers and files, the spaces kept for offline use), so that no
// file the application writes can be read without the identity's key from the
// keychain. One value, one AES-256-GCM box:
//
//   offset  size  content
//   0       1     format version (0x01; a JSON text never starts with it)
//   1       12    nonce, random for every seal
//   13      n     ciphertext
//   13+n    16    authentication tag
//
// The associated data is the version byte followed by the value's `place` (table,
// column and row key, e.g. "objects.json/space-1/document/doc-7"): a value moved to
// another row, or another column, does not open.
//
// The key is derived (HKDF-SHA256) from the identity's vault key for one purpose, so
// the vault's files and the stores' values never share a key. Thread-safe: seal and
// open keep no state, so the sync thread and the store writer share one cipher.
class FieldCipher
{
public:
    static constexpr unsigned char FormatVersion = 0x01;
    static constexpr int Overhead = 1 + 12 + 16;

    // STORE-006 when the key cannot be derived (not 32 bytes, OpenSSL failure).
    [[nodiscard]] static Result<std::shared_ptr<const FieldCipher>>
    derive(std::span<const unsigned char> identityKey, QByteArrayView purpose);

    // STORE-006 when encryption fails (no randomness).
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView place) const;
    // STORE-007 for a value that does not authenticate: wrong key, altered bytes, a
    // value moved from another place, or not sealed at all.
    [[nodiscard]] Result<QByteArray> open(QByteArrayView sealed, QByteArrayView place) const;
    // Whether bytes look like a sealed value (its version byte) rather than plaintext
    // written by an earlier version (JSON or UTF-8 text never starts with 0x01).
    [[nodiscard]] static bool looksSealed(QByteArrayView bytes);

private:
    explicit FieldCipher(SecretBuffer key) : m_key(std::move(key)) {}
    SecretBuffer m_key;
};

} // namespace guichet
