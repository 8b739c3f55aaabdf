#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace guichet {

// Which family a card belongs to; it decides which module setting applies
// (EidModules for the identity card, LuxTrustModules for LuxTrust devices).
enum class CardKind
{
    LuxembourgEid,
    LuxTrustSmartcard,
    LuxTrustSigningStick
};

// What the holder may type, so the PIN dialog can refuse a malformed PIN before it
// costs a try. The token's own limits (CK_TOKEN_INFO) refine these when known.
struct PinRules
{
    int minLength = 0;
    int maxLength = 0;
    bool digitsOnly = true;
    int maxTries = 0; // 0 = unknown
};

// How a blocked PIN is unblocked. WithPuk: the holder types the PUK and a new PIN
// here (security officer login, then C_InitPIN). IssuerProcedure: the issuer keeps
// that path (the Luxembourg eID's PUK comes with a letter and the CTIE's
// procedure; LuxTrust devices are unblocked on LuxTrust's own portal), so the
// application says what to do instead of offering a button that cannot work.
enum class UnblockPath
{
    WithPuk,
    IssuerProcedure
};

// A card or token the application knows by name.
struct CardProfile
{
    QString id;              // stable, for logs and the diagnosis report
    const char* displayName; // QT_TRANSLATE_NOOP("CardProfile", ...), translated by the UI
    CardKind kind;
    PinRules pin;
    QStringList defaultModules; // PKCS#11 modules of this platform, in the order they are tried
    UnblockPath unblock = UnblockPath::WithPuk;
};

// The known profiles. An index rather than a pointer, so the ATR table can be constexpr.
enum class ProfileId : std::uint8_t
{
    LuxembourgEid2014,
    LuxembourgEid2021,
    LuxTrustSmartcard,
    LuxTrustSigningStick
};

[[nodiscard]] const CardProfile& cardProfile(ProfileId id);
[[nodiscard]] QList<const CardProfile*> allCardProfiles();
// The known profile of that id (TokenStatus::profileId), or nullptr.
[[nodiscard]] const CardProfile* findCardProfile(const QString& profileId);
// WithPuk for a token without a known profile (OpenSC's PIV, SoftHSM, the simulated
// token): its module decides whether the PUK path works.
[[nodiscard]] UnblockPath unblockPathFor(const QString& profileId);

} // namespace guichet
