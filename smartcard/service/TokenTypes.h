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

// What became of the card in one reader: the profile its ATR matched, the PKCS#11
// modules tried for it and the one that shows it, or why none does. A card the
// application cannot use is still named (help desk, My card, the status bar).
struct CardUse
{
    QString readerName;
    QByteArray atr;
    QString profileId;   // "" when the ATR matches no known card
    QString profileName; // translation source, context CardProfile
    QStringList tried;   // module paths, in the order they were tried
    QStringList missing; // of the profile's own modules: those that could not be started
    QString module;      // the module whose token is this card, "" when none
    QString problemCode; // "" when the card is usable; CARD-005, CARD-014 or P11-013
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::CardUse)
Q_DECLARE_METATYPE(QList<guichet::CardUse>)
Q_DECLARE_METATYPE(guichet::TokenStatus)
Q_DECLARE_METATYPE(QList<guichet::TokenStatus>)
