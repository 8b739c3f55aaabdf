#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <span>

namespace guichet::store {

// One encrypted vault file, AES-256-GCM:
//
//   offset  size  content
//   0       4     magic "GVLT"
//   4       1     format version (1)
//   5       12    nonce, random for every write
//   17      n     ciphertext (same length as the plaintext)
//   17+n    16    authentication tag
//
// The additional authenticated data is the 5-byte header followed by the
// document id in UTF-8: a file copied or renamed to another document's name, or
// relabelled with another version, fails authentication.
namespace vaultformat {

inline constexpr int HeaderSize = 5;
inline constexpr int NonceSize = 12;
inline constexpr int TagSize = 16;
inline constexpr int Overhead = HeaderSize + NonceSize + TagSize;
inline constexpr int KeySize = 32;

// VAULT-003 when encryption itself fails (OpenSSL error, no randomness).
[[nodiscard]] Result<QByteArray> seal(std::span<const unsigned char> key, const QString& documentId,
                                      QByteArrayView plaintext);
// VAULT-002 for anything that does not authenticate; no plaintext is returned then.
[[nodiscard]] Result<QByteArray> open(std::span<const unsigned char> key, const QString& documentId,
                                      QByteArrayView sealed);

} // namespace vaultformat
} // namespace guichet::store
