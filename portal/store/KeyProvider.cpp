#include "KeyProvider.h"

#include "ErrorCodes.h"
#include "VaultFileFormat.h"

#include <openssl/rand.h>

#include <array>

namespace guichet::store {

SecretBuffer secretCopy(std::span<const unsigned char> bytes)
{
    SecretBuffer copy(bytes.size());
    for (const unsigned char byte : bytes)
        copy.append(static_cast<char>(byte));
    return copy;
}

Result<SecretBuffer> makeVaultKey()
{
    std::array<unsigned char, vaultformat::KeySize> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        return Error(ErrorCode::VaultWriteFailed, QStringLiteral("no random bytes for a key"));
    SecretBuffer key = secretCopy(bytes);
    SecretBuffer::wipe(bytes.data(), bytes.size());
    return key;
}

InMemoryKeyProvider::InMemoryKeyProvider(std::span<const unsigned char> key)
{
    setKey(key);
}

void InMemoryKeyProvider::setKey(std::span<const unsigned char> key)
{
    m_key = secretCopy(key);
}

void InMemoryKeyProvider::fetchKey(Need need, std::function<void(Result<SecretBuffer>)> done)
{
    if (!m_key) {
        if (need == Need::MustExist) {
            done(Error(ErrorCode::VaultKeyMissing, QStringLiteral("no key in memory")));
            return;
        }
        Result<SecretBuffer> key = makeVaultKey();
        if (!key) {
            done(key.error());
            return;
        }
        m_key = std::move(key).value();
    }
    done(secretCopy(m_key->bytes()));
}

} // namespace guichet::store
