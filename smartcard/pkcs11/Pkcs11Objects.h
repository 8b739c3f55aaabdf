#pragma once

#include "Pkcs11Types.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

#include <p11-kit/pkcs11.h>

namespace guichet::pkcs11 {

class Session;

// Objects of one class, optionally with one CKA_ID.
[[nodiscard]] Result<QList<CK_OBJECT_HANDLE>>
findObjects(const Session& session, CK_OBJECT_CLASS objectClass, const QByteArray* id = nullptr);

// Certificates and private keys paired by CKA_ID. Keys of other types than RSA and
// EC are left out, and so are CA certificates without a key.
[[nodiscard]] Result<QList<KeyObject>> discoverKeys(const Session& session);

struct PrivateKey
{
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
    KeyType keyType = KeyType::Rsa;
    bool alwaysAuthenticate = false;
    bool canSign = true;
};

// The private key with this CKA_ID, as the session sees it; KeyNotFound when none,
// MechanismNotSupported when it is neither RSA nor EC.
[[nodiscard]] Result<PrivateKey> findPrivateKey(const Session& session, const QByteArray& id);

// The key type of the certificate or public key with this CKA_ID (both are visible
// before login), or of the private key when the session sees it.
[[nodiscard]] std::optional<KeyType> keyTypeBeforeLogin(const Session& session,
                                                        const QByteArray& id);

} // namespace guichet::pkcs11
