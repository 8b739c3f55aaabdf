#include "AtrTable.h"

namespace guichet {

bool AtrPattern::matches(const QByteArray& atr) const
{
    if (atr.size() != static_cast<qsizetype>(length))
        return false;
    for (std::size_t i = 0; i < length; ++i) {
        const auto byte = static_cast<std::uint8_t>(atr.at(static_cast<qsizetype>(i)));
        if ((byte & mask[i]) != pattern[i])
            return false;
    }
    return true;
}

QByteArray AtrPattern::patternBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(pattern.data()),
                      static_cast<qsizetype>(length));
}

namespace {

// Facts restated from public tables, with their source:
//   [pcsc-tools]  Ludovic Rousseau's smartcard_list.txt (pcsc-tools 1.6.2, Debian 12).
//   [Web eID]     libelectronic-id pull request #89 "Add support of Luxembourg cards"
//                 (RCDevs, 2024; merged through #92/#96 for web-eid-app 2.6.1).
// An ATR names a chip and applet, not an issuer: pcsc-tools lists other countries'
// IDPrime documents under some of the bytes the Web eID masks accept (Swedish,
// Uruguayan and Greek cards, the Italian identity card, Dutch driving licences). A
// match is a strong hint for choosing modules and PIN rules; the certificates read
// from the card confirm it.
//
// Neither source says which identity card generation an ATR belongs to. The pcsc-tools
// entry (applet version 03) links the 2014 card's page, so applet 03 is the 2014
// model; the later applet versions (04, 05) and the type B contactless chip are taken
// to be the card issued since 2 August 2021. Both models share PIN rules and modules,
// so a wrong guess only changes the name shown.
//
// Left out on purpose: Web eID's "LuxtrustV2" mask (3B 7D .. 00 00 80 31 80 65 B0 ..
// .. .. .. 83 .. 90 00) also matches 29 unrelated pcsc-tools entries (US DoD CAC,
// Swedish Telia eID, ...), and its ATR 3B 88 80 01 00 88 3C 1F 77 81 95 00 C1 is the
// Polish passport's in pcsc-tools.
//
// LuxTrust Signing Stick: no public table gives an ATR for it; it is recognised by
// its reader below.
constexpr std::array AtrRules{
    // [pcsc-tools] "LuxTrust card (Luxembourg qualified electronic signature /
    // authentication system)". Listed before the identity card masks, which would
    // also accept it.
    AtrRule{exactAtr("3B 7F 96 00 00 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00"),
            ProfileId::LuxTrustSmartcard},
    // [pcsc-tools] "LuxTrust card" (Gemalto Classic TPC generation).
    AtrRule{exactAtr("3B 6D 00 00 80 31 80 65 B0 83 02 04 7E 83 00 90 00"),
            ProfileId::LuxTrustSmartcard},
    // [pcsc-tools] "LuxTrust card"; the same line also names the Lithuanian identity
    // card of 2009-2012 (expired by now).
    AtrRule{exactAtr("3B 7D 94 00 00 80 31 80 65 B0 83 11 00 C8 83 00 90 00"),
            ProfileId::LuxTrustSmartcard},

    // [pcsc-tools] "Grand Duchy of Luxembourg / Identity card with LuxTrust certificate
    // (eID)", through a contactless reader (CTIE tells holders to use one).
    AtrRule{exactAtr("3B 8F 80 01 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00 73"),
            ProfileId::LuxembourgEid2014},
    // [Web eID] applet 03: contact T=0, contact T=1, contactless.
    AtrRule{maskedAtr("3B 7F 00 00 00 80 31 80 65 B0 00 03 00 00 12 0F FF 82 90 00",
                      "FF FF 00 FF FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF"),
            ProfileId::LuxembourgEid2014},
    AtrRule{maskedAtr("3B FF 00 00 00 81 31 00 43 80 31 80 65 B0 00 03 00 00 12 0F FF 82 90 00 00",
                      "FF FF 00 FF FF FF FF 00 FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2014},
    AtrRule{maskedAtr("3B 8F 00 01 80 31 80 65 B0 00 03 00 00 12 0F FF 82 90 00 00",
                      "FF FF 00 FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2014},

    // [Web eID] applet 04: contact T=0, contact T=1, contactless.
    AtrRule{maskedAtr("3B 7F 00 00 00 80 31 80 65 B0 00 04 00 00 12 0F FF 82 90 00",
                      "FF FF 00 FF FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF"),
            ProfileId::LuxembourgEid2021},
    AtrRule{maskedAtr("3B FF 00 00 00 81 31 00 43 80 31 80 65 B0 00 04 00 00 12 0F FF 82 90 00 00",
                      "FF FF 00 FF FF FF FF 00 FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2021},
    AtrRule{maskedAtr("3B 8F 80 01 80 31 80 65 B0 00 04 00 00 12 0F FF 82 90 00 00",
                      "FF FF FF FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2021},
    // [Web eID] applet 05: contact T=0, contact T=1, contactless.
    AtrRule{maskedAtr("3B 7F 00 00 00 80 31 80 65 B0 00 05 00 00 12 0F FF 82 90 00",
                      "FF FF 00 FF FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF"),
            ProfileId::LuxembourgEid2021},
    AtrRule{maskedAtr("3B FF 00 00 00 81 31 00 43 80 31 80 65 B0 00 05 00 00 12 0F FF 82 90 00 00",
                      "FF FF 00 FF FF FF FF 00 FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2021},
    AtrRule{maskedAtr("3B 8F 80 01 80 31 80 65 B0 00 05 00 00 12 0F FF 82 90 00 00",
                      "FF FF FF FF FF FF FF FF FF 00 FF 00 00 FF FF FF FF FF FF 00"),
            ProfileId::LuxembourgEid2021},
    // [Web eID] ISO 14443 type B contactless chip.
    AtrRule{exactAtr("3B 88 80 01 E1 F3 5E 11 77 A1 97 00 15"), ProfileId::LuxembourgEid2021},
    AtrRule{maskedAtr("3B 88 00 01 E1 F3 5E 11 00 87 95 00 00",
                      "FF FF 00 FF FF FF FF FF 00 FF FF FF 00"),
            ProfileId::LuxembourgEid2021},
};

constexpr std::array ForeignCardAtrs{
    // Belgian eID, applet 1.8: [pcsc-tools] "Belgian eID v1.8", and Web eID's own table
    // (BelEID). The applet 04 mask above accepts it; Belgian PINs may be 4 digits long,
    // which the identity card's 6-digit minimum would refuse.
    exactAtr("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00"),
};

// The LuxTrust Signing Stick is a Gemalto chip inside a USB CCID "shell" reader, so the
// reader names it: PC/SC lists it as "Gemalto USB Shell Token V2 (serial) 00 00" (as in
// public reports such as PeculiarVentures/fortify issue #133).
constexpr std::array ReaderNameRules{
    ReaderNameRule{"Gemalto USB Shell Token V2", ProfileId::LuxTrustSigningStick},
};

} // namespace

std::span<const AtrRule> atrRules()
{
    return AtrRules;
}

std::span<const AtrPattern> foreignCardAtrs()
{
    return ForeignCardAtrs;
}

std::span<const ReaderNameRule> readerNameRules()
{
    return ReaderNameRules;
}

} // namespace guichet
