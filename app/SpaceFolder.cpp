#include "SpaceFolder.h"

#include "CredentialStore.h"
#include "CredentialStoreSecrets.h"
#include "DataPaths.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "KeychainKeyProvider.h"
#include "LocalStore.h"
#include "PortalClient.h"

#include "ErrorCodes.h"
#include "FieldCipher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

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
            Result<std::shared_ptr<const FieldCipher>> cipher =
                m_vault->fieldCipher("guichet local data v1");
            if (!cipher) {
                done(cipher.error());
                return;
            }
            if (Status unlocked = m_store->setCipher(cipher.value()); !unlocked) {
                done(unlocked);
                return;
            }
            m_cipher = std::move(cipher.value());
            done(Status());
        });
}

Result<std::unique_ptr<forms::DraftStore>> SpaceFolder::openDrafts() const
{
    return forms::DraftStore::open(filePath(QStringLiteral("drafts.sqlite")), m_cipher);
}

Status SpaceFolder::writeSealed(const QString& name, const QByteArray& content) const
{
    if (!m_cipher)
        return Error(ErrorCode::StoreLocked,
                     QStringLiteral("%1 without the folder's key").arg(name));
    const Result<QByteArray> sealed = m_cipher->seal(content, name.toUtf8());
    if (!sealed)
        return sealed.error();
    QSaveFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed.value().size() ||
        !file.commit())
        return Error(ErrorCode::DataFolderNotWritable,
                     QStringLiteral("%1: %2").arg(name, file.errorString()));
    return {};
}

Result<QByteArray> SpaceFolder::readSealed(const QString& name, qint64 maxSize) const
{
    if (!m_cipher)
        return Error(ErrorCode::StoreLocked,
                     QStringLiteral("%1 without the folder's key").arg(name));
    QFile file(filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::StoreOpenFailed,
                     QStringLiteral("%1: %2").arg(name, file.errorString()));
    return m_cipher->open(file.read(maxSize), name.toUtf8());
}

std::unique_ptr<net::PortalClient> SpaceFolder::clientFor(QNetworkAccessManager& network,
                                                          const net::PortalEndpoint& portal)
{
    auto client = std::make_unique<net::PortalClient>(network, portal.url);
    client->setTlsTrust(portal.trust);
    client->setProxy(portal.proxy);
    client->setLanguage(portal.language);
    return client;
}

} // namespace guichet
