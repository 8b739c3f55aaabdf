#include "CardTexts.h"

#include "CardProfile.h"
#include "CertificateValidity.h"
#include "Error.h"
#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace guichet::CardTexts {

QString profileName(const TokenStatus& token)
{
    if (!token.profileName.isEmpty())
        return QCoreApplication::translate("CardProfile", token.profileName.toUtf8().constData());
    return QCoreApplication::translate("CardTexts", "Card not recognised (used through %1)")
        .arg(token.modulePath.section(QLatin1Char('/'), -1));
}

QString pinState(const TokenStatus& token)
{
    switch (token.pinState) {
    case TokenPinState::Locked:
        return QCoreApplication::translate("CardTexts", "PIN blocked");
    case TokenPinState::FinalTry:
        return QCoreApplication::translate("CardTexts", "Last try before the PIN is blocked");
    case TokenPinState::CountLow:
        return QCoreApplication::translate("CardTexts",
                                           "A wrong PIN was entered since the last right one");
    case TokenPinState::Ok:
        break;
    }
    if (token.triesLeft > 0)
        return QCoreApplication::translate("CardTexts", "PIN ready, %n tries left", nullptr,
                                           token.triesLeft);
    return QCoreApplication::translate("CardTexts", "PIN ready");
}

QString role(CertificateRole role)
{
    switch (role) {
    case CertificateRole::Authentication:
        return QCoreApplication::translate("CardTexts", "Sign in");
    case CertificateRole::Signature:
        return QCoreApplication::translate("CardTexts", "Sign documents");
    case CertificateRole::Other:
        break;
    }
    return QCoreApplication::translate("CardTexts", "Other use");
}

QString validity(const CertificateInfo& info)
{
    const QString until =
        QLocale().toString(info.notAfter.toLocalTime().date(), QLocale::ShortFormat);
    switch (validityAt(info, QDateTime::currentDateTimeUtc())) {
    case Validity::Valid:
        return QCoreApplication::translate("CardTexts", "Valid until %1").arg(until);
    case Validity::Expired:
        return QCoreApplication::translate("CardTexts", "Expired on %1").arg(until);
    case Validity::NotYetValid:
        return QCoreApplication::translate("CardTexts", "Not valid before %1")
            .arg(QLocale().toString(info.notBefore.toLocalTime().date(), QLocale::ShortFormat));
    }
    return {};
}

QString trust(const QString& trust)
{
    if (trust.isEmpty())
        return QCoreApplication::translate("CardTexts", "Issued by a trusted authority");
    if (trust == QLatin1String("unchecked"))
        return QCoreApplication::translate("CardTexts",
                                           "Not checked (no trusted root certificates set)");
    return Error(trust).userMessage();
}

const CardUse* unusableKnownCard(const QList<CardUse>& uses)
{
    for (const CardUse& use : uses)
        if (!use.problemCode.isEmpty() && !use.profileId.isEmpty())
            return &use;
    return nullptr;
}

QString profileName(const CardUse& use)
{
    return QCoreApplication::translate("CardProfile", use.profileName.toUtf8().constData());
}

QString middlewareSource(const CardUse& use)
{
    Q_UNUSED(use); // every profile we know uses the same middleware today
    return QCoreApplication::translate(
        "CardTexts",
        "Where to get it: the LuxTrust Middleware, from LuxTrust's website, works with LuxTrust "
        "cards and sticks and with the Luxembourg identity card. On Linux, OpenSC (package "
        "opensc) supports some of these cards too.");
}

QString statusLine(const pcsc::ReaderSnapshot& readers, const QList<TokenStatus>& tokens,
                   const QList<CardUse>& uses)
{
    if (!tokens.isEmpty()) {
        const TokenStatus& token = tokens.first();
        if (token.pinState == TokenPinState::Locked)
            return QCoreApplication::translate("CardTexts", "Card: %1 (PIN blocked)")
                .arg(token.label);
        return QCoreApplication::translate("CardTexts", "Card: %1").arg(token.label);
    }
    const QString problem = readers.blockingProblem();
    if (readers.service == pcsc::ServiceState::Unknown)
        return QCoreApplication::translate("CardTexts", "Looking for card readers…");
    if (!problem.isEmpty())
        return Error(problem).userMessage();
    // A card we know, but cannot use here: say what it is and what is missing.
    if (const CardUse* use = unusableKnownCard(uses)) {
        if (use->problemCode == QLatin1String(ErrorCode::CardMiddlewareMissing))
            return QCoreApplication::translate("CardTexts", "%1: its software is not installed")
                .arg(profileName(*use));
        return QCoreApplication::translate("CardTexts", "%1: the card software does not see it")
            .arg(profileName(*use));
    }
    return QCoreApplication::translate("CardTexts", "The card is not recognised");
}

QString unblockProcedure(const TokenStatus& token)
{
    const CardProfile* profile = findCardProfile(token.profileId);
    if (!profile || profile->unblock != UnblockPath::IssuerProcedure)
        return {};
    switch (profile->kind) {
    case CardKind::LuxembourgEid:
        return QCoreApplication::translate(
            "CardTexts",
            "The PIN of an identity card is unblocked with the PUK code from the letter you "
            "received with the card, through the CTIE's procedure: go to your commune or to "
            "the CTIE with the card and that letter. It cannot be unblocked in this "
            "application.");
    case CardKind::LuxTrustSmartcard:
    case CardKind::LuxTrustSigningStick:
        return QCoreApplication::translate(
            "CardTexts",
            "The PIN of a LuxTrust device is unblocked on LuxTrust's own portal; if you cannot "
            "do it there, contact LuxTrust's support. It cannot be unblocked in this "
            "application.");
    }
    return {};
}

} // namespace guichet::CardTexts
