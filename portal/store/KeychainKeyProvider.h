#pragma once

#include "KeyProvider.h"

#include <QByteArray>
#include <QString>

namespace guichet::store {

// The keychain as the key provider sees it: load and store one secret by account.
// CredentialStoreSecrets.h adapts portal/CredentialStore to it; tests use a fake.
class SecretStorage
{
public:
    virtual ~SecretStorage() = default;
    // Error KEY-002 when the account has no secret, KEY-001 when the keychain fails.
    virtual void load(const QString& account, std::function<void(Result<QByteArray>)> done) = 0;
    virtual void store(const QString& account, const QByteArray& secret,
                       std::function<void(Status)> done) = 0;
};

// The vault key of one identity in the OS keychain, account "vault-key:<identity>".
// Created with RAND_bytes on first use of an empty vault. A key that is absent while
// the vault holds files is VAULT-001; a stored value that is not 32 bytes is
// VAULT-002; a keychain that cannot be used is passed on as KEY-001.
class KeychainKeyProvider final : public KeyProvider
{
public:
    KeychainKeyProvider(SecretStorage& secrets, QString identityId);

    [[nodiscard]] QString account() const;
    void fetchKey(Need need, std::function<void(Result<SecretBuffer>)> done) override;

private:
    void createKey(std::function<void(Result<SecretBuffer>)> done);

    SecretStorage& m_secrets;
    QString m_identityId;
};

} // namespace guichet::store
