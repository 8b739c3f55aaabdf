#pragma once

#include "FieldCipher.h"
#include "KeyProvider.h"
#include "Result.h"
#include "SecretBuffer.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace guichet::store {

// Document contents on disk, one AES-256-GCM file per document (format in
// VaultFileFormat.h) in a folder of the identity. Files are named by a hash of the
// document id, so the folder lists no ids; each file is written atomically
// (QSaveFile, owner-only) and authenticated on every read.
//
// A small "key-check" file, sealed at creation, tells a wrong key (VAULT-002) at
// open time instead of at the first document. Thread: like LocalStore, used from
// one thread.
class DocumentVault
{
public:
    using Opened = std::function<void(Result<std::unique_ptr<DocumentVault>>)>;

    // Creates the folder if needed (VAULT-003 if it cannot) and asks keys for the
    // key: CreateIfMissing for an empty folder, MustExist once files exist. keys
    // must outlive the call; done may run before open returns.
    static void open(const QString& folder, KeyProvider& keys, Opened done);

    [[nodiscard]] const QString& folder() const { return m_folder; }

    // Encrypts and stores content under documentId, replacing any earlier one.
    // Returns the bytes written to disk (what the budget counts). VAULT-003 on failure.
    [[nodiscard]] Result<qint64> write(const QString& documentId, QByteArrayView content);
    // The content, or nothing when the vault has none. VAULT-002 when the file does
    // not authenticate (no partial content is ever returned).
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString& documentId) const;
    [[nodiscard]] bool contains(const QString& documentId) const;
    [[nodiscard]] Status remove(const QString& documentId);
    [[nodiscard]] qint64 storedSize(const QString& documentId) const;

    // A cipher for the personal values the stores keep (LocalStore::setCipher,
    // DraftStore), derived from this vault's key for one purpose: the person's one key
    // in the keychain protects both, yet no two uses share a derived key.
    [[nodiscard]] Result<std::shared_ptr<const FieldCipher>>
    fieldCipher(QByteArrayView purpose) const;

    // The file name (inside folder()) that holds documentId.
    [[nodiscard]] static QString fileName(const QString& documentId);
    // Whether folder already holds vault files (then a missing key is an error).
    [[nodiscard]] static bool holdsFiles(const QString& folder);

private:
    DocumentVault(QString folder, SecretBuffer key);
    [[nodiscard]] QString filePath(const QString& documentId) const;

    QString m_folder;
    SecretBuffer m_key;
};

} // namespace guichet::store
