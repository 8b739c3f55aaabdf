#include "CardProfile.h"

#include "ModuleDefaults.h"

#include <QtGlobal>

namespace guichet {
namespace {

// CTIE, "Using the electronic identity card with a card reader": the PIN the holder
// chooses has at least 6 and at most 8 characters, numeric only. No public source
// gives the number of tries, so the token's own counter is the only one shown.
constexpr PinRules EidPin{6, 8, true, 0};

// LuxTrust devices block after 5 wrong PINs (product requirements). No public
// LuxTrust document gives the length rule, so it is deliberately lenient: a too
// high minimum would make a valid PIN impossible to enter, a too low one only lets
// a mistyped PIN through to the card. Digits only: LuxTrust hands out a numeric
// PIN code and PIN-pad readers have digit keys only.
constexpr PinRules LuxTrustPin{4, 8, true, 5};

// Both LuxTrust devices and the identity card use the Classic Client middleware that
// LuxTrust distributes; OpenSC comes second for cards its idprime driver supports.
QStringList luxembourgModules()
{
    return classicClientModules() + openScModules();
}

} // namespace

const CardProfile& cardProfile(ProfileId id)
{
    static const CardProfile eid2014{
        QStringLiteral("lu-eid-2014"),
        QT_TRANSLATE_NOOP("CardProfile", "Luxembourg identity card (2014 model)"),
        CardKind::LuxembourgEid,
        EidPin,
        luxembourgModules(),
        UnblockPath::IssuerProcedure};
    static const CardProfile eid2021{
        QStringLiteral("lu-eid-2021"),
        QT_TRANSLATE_NOOP("CardProfile", "Luxembourg identity card (2021 model)"),
        CardKind::LuxembourgEid,
        EidPin,
        luxembourgModules(),
        UnblockPath::IssuerProcedure};
    static const CardProfile luxTrustCard{QStringLiteral("luxtrust-smartcard"),
                                          QT_TRANSLATE_NOOP("CardProfile", "LuxTrust Smartcard"),
                                          CardKind::LuxTrustSmartcard,
                                          LuxTrustPin,
                                          luxembourgModules(),
                                          UnblockPath::IssuerProcedure};
    static const CardProfile luxTrustStick{
        QStringLiteral("luxtrust-signing-stick"),
        QT_TRANSLATE_NOOP("CardProfile", "LuxTrust Signing Stick"),
        CardKind::LuxTrustSigningStick,
        LuxTrustPin,
        luxembourgModules(),
        UnblockPath::IssuerProcedure};

    switch (id) {
    case ProfileId::LuxembourgEid2014:
        return eid2014;
    case ProfileId::LuxembourgEid2021:
        return eid2021;
    case ProfileId::LuxTrustSmartcard:
        return luxTrustCard;
    case ProfileId::LuxTrustSigningStick:
        return luxTrustStick;
    }
    Q_UNREACHABLE();
}

QList<const CardProfile*> allCardProfiles()
{
    return {&cardProfile(ProfileId::LuxembourgEid2014), &cardProfile(ProfileId::LuxembourgEid2021),
            &cardProfile(ProfileId::LuxTrustSmartcard),
            &cardProfile(ProfileId::LuxTrustSigningStick)};
}

const CardProfile* findCardProfile(const QString& profileId)
{
    for (const CardProfile* profile : allCardProfiles()) {
        if (profile->id == profileId)
            return profile;
    }
    return nullptr;
}

UnblockPath unblockPathFor(const QString& profileId)
{
    const CardProfile* profile = findCardProfile(profileId);
    return profile ? profile->unblock : UnblockPath::WithPuk;
}

} // namespace guichet
