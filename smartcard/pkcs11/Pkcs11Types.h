#pragma once

#include <QByteArray>
#include <QString>

namespace guichet::pkcs11 {

enum class PinState
{
    Ok,
    CountLow,
    FinalTry,
    Locked
};

enum class KeyType
{
    Rsa,
    Ec
};

enum class SignatureScheme
{
    RsaPkcs1v15,
    RsaPss,
    Ecdsa
};

enum class HashAlgorithm
{
    Sha256,
    Sha384,
    Sha512
};

// How an ECDSA signature is returned: DER SEQUENCE{r, s} (CMS, X.509) or the
// token's raw r||s (JWS, XAdES).
enum class EcdsaEncoding
{
    Der,
    Raw
};

struct ModuleInfo
{
    QString path, manufacturer, description, cryptokiVersion, libraryVersion;
};

struct TokenInfo
{
    unsigned long slotId = 0;
    // OpenSC puts the PC/SC reader name here: the caller matches readers with it.
    QString slotDescription, label, manufacturer, model, serialNumber;
    bool protectedAuthenticationPath = false;
    bool loginRequired = false;
    PinState pinState = PinState::Ok;
    unsigned long minPinLength = 0, maxPinLength = 0;
};

struct KeyObject
{
    QByteArray id;
    QString label;
    QByteArray certificateDer; // empty for a key without certificate
    KeyType keyType = KeyType::Rsa;
    int keyBits = 0;
    bool alwaysAuthenticate = false;
    // CKA_SIGN of the private key.
    bool canSign = true;
    // False when only the certificate was seen: many tokens hide private keys until
    // login, so alwaysAuthenticate and canSign are then assumptions.
    bool privateKeyVisible = false;
};

} // namespace guichet::pkcs11
