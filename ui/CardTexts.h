#pragma once

#include "CertificateInfo.h"
#include "ReaderSnapshot.h"
#include "TokenTypes.h"

#include <QString>

namespace guichet::CardTexts {

// Shared wording of the card screens, translated at call time.
[[nodiscard]] QString profileName(const TokenStatus& token);
[[nodiscard]] QString pinState(const TokenStatus& token);
[[nodiscard]] QString role(CertificateRole role);
[[nodiscard]] QString validity(const CertificateInfo& info);
// trust: "" trusted, an error code, or "unchecked" (see TokenCertificate::trust).
[[nodiscard]] QString trust(const QString& trust);
// One line for the status bar: what the person can do with a card right now.
// `uses` names a card that is there but cannot be used (CardService::cardUsesChanged).
[[nodiscard]] QString statusLine(const pcsc::ReaderSnapshot& readers,
                                 const QList<TokenStatus>& tokens, const QList<CardUse>& uses = {});
// The first card that is recognised but cannot be used, or nullptr.
[[nodiscard]] const CardUse* unusableKnownCard(const QList<CardUse>& uses);
// "Luxembourg identity card (2014 model)": the recognised card, translated.
[[nodiscard]] QString profileName(const CardUse& use);
// Where the middleware for a recognised card comes from.
[[nodiscard]] QString middlewareSource(const CardUse& use);
// For a token whose issuer keeps the unblocking of a blocked PIN (CardProfile::unblock
// is IssuerProcedure): what the holder does instead. "" when the PUK path applies.
[[nodiscard]] QString unblockProcedure(const TokenStatus& token);

} // namespace guichet::CardTexts
