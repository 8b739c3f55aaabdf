#pragma once

#include "PortalEndpoint.h"
#include "Result.h"

#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace guichet {

class CredentialStore;
class FieldCipher;
namespace forms {
class DraftStore;
}
namespace net {
class PortalClient;
}
namespace store {
class CredentialStoreSecrets;
class DocumentVault;
class KeychainKeyProvider;
class LocalStore;
} // namespace store

// One local folder of the portal stack: its SQLite store, its encrypted vault (key in
// the system keychain under "vault-key:<keyName>"), its drafts and small files.
// PersonalSpace has one per signed-in person (the folder IdentityBinding chose from
// the card), PublicSpace one for everyone without a card. What fills them — the REST
// client, the sync, the outbox — stays with the space that owns the folder.
class SpaceFolder
{
public:
    // Creates the folder if needed and opens its store (DATA-001, STORE-xxx otherwise).
    [[nodiscard]] static Result<std::unique_ptr<SpaceFolder>> open(const QString& directory,
                                                                   const QString& keyName);
    ~SpaceFolder();
    SpaceFolder(const SpaceFolder&) = delete;
    SpaceFolder& operator=(const SpaceFolder&) = delete;

    [[nodiscard]] QString filePath(const QString& name) const;
    [[nodiscard]] store::LocalStore& store() { return *m_store; }
    // Null until openVault succeeded; after a failure documents stay unavailable (the
    // app never falls back to an empty vault).
    [[nodiscard]] store::DocumentVault* vault() const { return m_vault.get(); }
    // Asks the keychain for the folder's key and opens the vault; the store's personal
    // columns, the drafts and the sealed small files use the same key (a FieldCipher
    // derived from it), so until done is told success they cannot be read or written
    // (STORE-005). done is never called once this folder is gone.
    void openVault(std::function<void(const Status&)> done);
    // Drafts live beside the store, in a file of their own (synchronous=FULL), sealed.
    [[nodiscard]] Result<std::unique_ptr<forms::DraftStore>> openDrafts() const;

    // A small file of the folder (e.g. the spaces kept for an offline sign-in), sealed
    // with the folder's key and written atomically. STORE-005 before openVault
    // succeeded; STORE-007 for a file that does not authenticate.
    [[nodiscard]] Status writeSealed(const QString& name, const QByteArray& content) const;
    [[nodiscard]] Result<QByteArray> readSealed(const QString& name, qint64 maxSize) const;

    // A REST client for the portal, with its trust and proxy.
    [[nodiscard]] static std::unique_ptr<net::PortalClient>
    clientFor(QNetworkAccessManager& network, const net::PortalEndpoint& portal);

private:
    SpaceFolder(QString directory, QString keyName, std::unique_ptr<store::LocalStore> store);

    QString m_directory;
    QString m_keyName;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<store::CredentialStoreSecrets> m_secrets;
    std::unique_ptr<store::KeychainKeyProvider> m_keys;
    std::unique_ptr<store::DocumentVault> m_vault;
    std::shared_ptr<const FieldCipher> m_cipher;
};

} // namespace guichet
