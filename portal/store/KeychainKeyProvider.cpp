#include "KeychainKeyProvider.h"

#include "ErrorCodes.h"
#include "VaultFileFormat.h"

#include <memory>

namespace guichet::store {
namespace {

std::span<const unsigned char> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const unsigned char*>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

// QByteArray shares its data; detach first so the wipe reaches the only copy we own.
void wipe(QByteArray& bytes)
{
    bytes.detach();
    SecretBuffer::wipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

KeychainKeyProvider::KeychainKeyProvider(SecretStorage& secrets, QString identityId)
    : m_secrets(secrets), m_identityId(std::move(identityId))
{}

QString KeychainKeyProvider::account() const
{
    return QStringLiteral("vault-key:") + m_identityId;
}

void KeychainKeyProvider::fetchKey(Need need, std::function<void(Result<SecretBuffer>)> done)
{
    m_secrets.load(account(), [this, need, done = std::move(done)](Result<QByteArray> loaded) {
        if (loaded) {
            QByteArray bytes = std::move(loaded).value();
            if (bytes.size() != vaultformat::KeySize) {
                const auto size = bytes.size();
                wipe(bytes);
                done(Error(ErrorCode::VaultKeyWrong,
                           QStringLiteral("keychain key for %1 has %2 bytes, not 32")
                               .arg(account())
                               .arg(size)));
                return;
            }
            SecretBuffer key = secretCopy(asBytes(bytes));
            wipe(bytes);
            done(std::move(key));
            return;
        }
        if (loaded.error().code() != QLatin1String(ErrorCode::CredentialMissing)) {
            done(loaded.error());
            return;
        }
        if (need == Need::MustExist) {
            done(Error(
                ErrorCode::VaultKeyMissing,
                QStringLiteral("no %1 in the keychain but the vault holds files").arg(account())));
            return;
        }
        createKey(done);
    });
}

void KeychainKeyProvider::createKey(std::function<void(Result<SecretBuffer>)> done)
{
    Result<SecretBuffer> made = makeVaultKey();
    if (!made) {
        done(made.error());
        return;
    }
    // Shared so the key survives until the keychain answers; handed over only
    // once it is stored, so a key that was never saved never encrypts anything.
    auto key = std::make_shared<SecretBuffer>(std::move(made).value());
    QByteArray bytes(reinterpret_cast<const char*>(key->bytes().data()),
                     static_cast<qsizetype>(key->size()));
    m_secrets.store(account(), bytes, [key, done = std::move(done)](Status stored) {
        if (!stored)
            done(stored.error());
        else
            done(std::move(*key));
    });
    wipe(bytes);
}

} // namespace guichet::store
