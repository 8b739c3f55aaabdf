#pragma once

#include "CredentialStore.h"
#include "KeychainKeyProvider.h"

namespace guichet::store {

// Lets KeychainKeyProvider use the application's CredentialStore (QtKeychain).
// Header-only on purpose: guichet_portal links this library, so the store cannot
// link guichet_portal back; the code that owns both (the app) includes this.
class CredentialStoreSecrets final : public SecretStorage
{
public:
    explicit CredentialStoreSecrets(CredentialStore& credentials) : m_credentials(credentials) {}

    void load(const QString& account, std::function<void(Result<QByteArray>)> done) override
    {
        m_credentials.load(account, std::move(done));
    }
    void store(const QString& account, const QByteArray& secret,
               std::function<void(Status)> done) override
    {
        m_credentials.store(account, secret, std::move(done));
    }

private:
    CredentialStore& m_credentials;
};

} // namespace guichet::store
