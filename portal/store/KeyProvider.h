#pragma once

#include "Result.h"
#include "SecretBuffer.h"

#include <functional>
#include <optional>
#include <span>

namespace guichet::store {

// Where the vault's 32-byte key comes from. Asynchronous because a keychain may
// ask the person to unlock it first; done may be called before fetchKey returns.
class KeyProvider
{
public:
    enum class Need
    {
        // The vault is new: create and keep a key when there is none yet.
        CreateIfMissing,
        // The vault already holds files: a missing key is VAULT-001, never a new key
        // (that would silently turn the person's documents into unreadable files).
        MustExist,
    };

    virtual ~KeyProvider() = default;
    virtual void fetchKey(Need need, std::function<void(Result<SecretBuffer>)> done) = 0;
};

// A fresh random 32-byte key (RAND_bytes); VAULT-003 if the system has no randomness.
[[nodiscard]] Result<SecretBuffer> makeVaultKey();

// Keeps the key in memory only: for tests and for sessions that must leave nothing
// behind. Answers synchronously.
class InMemoryKeyProvider final : public KeyProvider
{
public:
    InMemoryKeyProvider() = default;
    explicit InMemoryKeyProvider(std::span<const unsigned char> key);

    void fetchKey(Need need, std::function<void(Result<SecretBuffer>)> done) override;

    void setKey(std::span<const unsigned char> key);
    void forgetKey() { m_key.reset(); }
    [[nodiscard]] bool hasKey() const { return m_key.has_value(); }

private:
    std::optional<SecretBuffer> m_key;
};

// A copy of bytes in a buffer that wipes itself.
[[nodiscard]] SecretBuffer secretCopy(std::span<const unsigned char> bytes);

} // namespace guichet::store
