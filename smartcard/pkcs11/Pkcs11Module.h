#pragma once

#include "Pkcs11SigningSession.h"
#include "Pkcs11Types.h"
#include "Result.h"
#include "SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace guichet::pkcs11 {

// One loaded PKCS#11 module (a card's middleware, e.g. opensc-pkcs11.so).
// Not thread-safe by design: the app uses one "card thread" for all modules.
class Module
{
public:
    // ModuleNotLoaded when the library cannot be loaded, ModuleInvalid when it is no
    // PKCS#11 module or C_Initialize / C_GetInfo fail. Loading the same library twice
    // is fine: it is initialised once and finalised when the last Module goes.
    [[nodiscard]] static Result<std::unique_ptr<Module>> load(const QString& path);
    ~Module();
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    [[nodiscard]] const ModuleInfo& info() const;
    // Slots with a token present.
    [[nodiscard]] Result<QList<TokenInfo>> tokens() const;
    [[nodiscard]] Result<TokenInfo> tokenInfo(unsigned long slotId) const;
    // Without login: many tokens show only certificates then (see KeyObject).
    [[nodiscard]] Result<QList<KeyObject>> keys(unsigned long slotId) const;
    // After login (PIN, or PIN pad when pin is empty), so hidden private keys are seen.
    [[nodiscard]] Result<QList<KeyObject>> keys(unsigned long slotId,
                                                const SecretBuffer& pin) const;

    // pin empty + protected authentication path => PIN pad login. The digest is
    // checked (DigestInvalid) before the token is touched. ECDSA -> DER unless Raw.
    [[nodiscard]] Result<QByteArray> sign(unsigned long slotId, const QByteArray& keyId,
                                          SignatureScheme scheme, HashAlgorithm hash,
                                          const QByteArray& digest, const SecretBuffer& pin,
                                          EcdsaEncoding encoding = EcdsaEncoding::Der);
    // For several signatures after one login.
    [[nodiscard]] Result<std::unique_ptr<SigningSession>>
    openSigningSession(unsigned long slotId, const SecretBuffer& pin);

    // Both PINs empty + protected authentication path => the PIN pad asks for them.
    [[nodiscard]] Status changePin(unsigned long slotId, const SecretBuffer& oldPin,
                                   const SecretBuffer& newPin);
    // Unblocks (and sets) the user PIN the way pkcs11-tool --unlock-pin does: a
    // read/write session, C_Login(CKU_SO) with the PUK, C_InitPIN with the new PIN,
    // C_Logout. Both empty + protected authentication path => the PIN pad asks for
    // them. PukIncorrect, PukBlocked, PukFormatInvalid, NewPinRejected, and
    // PinUnblockNotSupported when the module has no such path for this token.
    [[nodiscard]] Status unblockPin(unsigned long slotId, const SecretBuffer& puk,
                                    const SecretBuffer& newPin);

private:
    struct Private;
    explicit Module(std::unique_ptr<Private> d);
    [[nodiscard]] Result<std::unique_ptr<SigningSession>>
    startSigning(unsigned long slotId, const SecretBuffer& pin) const;

    std::unique_ptr<Private> d;
};

} // namespace guichet::pkcs11
