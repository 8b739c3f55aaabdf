#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace guichet {

enum class TokenPinState
{
    Ok,
    CountLow,
    FinalTry,
    Locked
};
enum class TokenKeyType
{
    Rsa,
    Ec
};

// One certificate on a token and the private key that goes with it.
struct TokenCertificate
{
    QByteArray keyId;
    QByteArray der;
    TokenKeyType keyType = TokenKeyType::Rsa;
    int keyBits = 0;
    bool alwaysAuthenticate = false;
    // Chain check against the trusted roots: "" trusted, an error code (CERT-004,
    // CERT-002 ...) when not, "unchecked" when no trusted roots are configured.
    QString trust = QStringLiteral("unchecked");
};

// What the application knows about one token (a card in a reader, a signing
// stick, the simulated token), as shown on the Card page.
struct TokenStatus
{
    QString id;          // stable while the token stays inserted
    QString readerName;  // PC/SC reader, or "" for the simulated token
    QString profileId;   // "lu-eid-2021", "luxtrust-stick", "" when unknown
    QString profileName; // translation source, context CardProfile
    QString label;
    QString manufacturer;
    QString serialNumber;
    QString modulePath; // "" for the simulated token
    TokenPinState pinState = TokenPinState::Ok;
    int triesLeft = -1; // -1 unknown
    int maxTries = 0;   // 0 unknown
    int pinMinLength = 4;
    int pinMaxLength = 12;
    bool pinDigitsOnly = true;
    bool pinPad = false;
    QList<TokenCertificate> certificates;
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::TokenStatus)
Q_DECLARE_METATYPE(QList<guichet::TokenStatus>)
