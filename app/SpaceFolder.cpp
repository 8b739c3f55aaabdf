#include "SpaceFolder.h"

#include "CredentialStore.h"
#include "CredentialStoreSecrets.h"
#include "DataPaths.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "KeychainKeyProvider.h"
#include "LocalStore.h"
#include "PortalClient.h"

#include <QDir>

namespace guichet {

SpaceFolder::SpaceFolder(QString directory, QString keyName,
                         std::unique_ptr<store::LocalStore> store)
    : m_directory(std::move(directory)), m_keyName(std::move(keyName)), m_store(std::move(store)),
      m_credentials(std::make_unique<CredentialStore>()),
      m_secrets(std::make_unique<store::CredentialStoreSecrets>(*m_credentials)),
      m_keys(std::make_unique<store::KeychainKeyProvider>(*m_secrets, m_keyName))
{}

SpaceFolder::~SpaceFolder()
{
    // The vault and the store first; the keychain objects last (a pending key request
    // then answers nobody).
    m_vault.reset();
    m_store.reset();
}

Result<std::unique_ptr<SpaceFolder>> SpaceFolder::open(const QString& directory,
                                                       const QString& keyName)
{
    if (const Status writable = DataPaths::ensureWritable(directory); !writable)
        return writable.error();
    Result<std::unique_ptr<store::LocalStore>> opened =
        store::LocalStore::open(QDir(directory).filePath(QStringLiteral("space.sqlite")));
    if (!opened)
        return opened.error();
    return std::unique_ptr<SpaceFolder>(
        new SpaceFolder(directory, keyName, std::move(opened.value())));
}

QString SpaceFolder::filePath(const QString& name) const
{
    return QDir(m_directory).filePath(name);
}

void SpaceFolder::openVault(std::function<void(const Status&)> done)
{
    // The keychain answers through m_credentials, which dies with this folder: the
    // callback below never runs on a folder that is gone.
    store::DocumentVault::open(
        filePath(QStringLiteral("vault")), *m_keys,
        [this, done = std::move(done)](Result<std::unique_ptr<store::DocumentVault>> vault) {
            if (!vault) {
                done(vault.error());
                return;
            }
            m_vault = std::move(vault.value());
            done(Status());
        });
}

Result<std::unique_ptr<forms::DraftStore>> SpaceFolder::openDrafts() const
{
    return forms::DraftStore::open(filePath(QStringLiteral("drafts.sqlite")));
}

std::unique_ptr<net::PortalClient> SpaceFolder::clientFor(QNetworkAccessManager& network,
                                                          const net::PortalEndpoint& portal)
{
    auto client = std::make_unique<net::PortalClient>(network, portal.url);
    client->setTlsTrust(portal.trust);
    client->setProxy(portal.proxy);
    return client;
}

} // namespace guichet
