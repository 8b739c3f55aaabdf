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
[[nodiscard]] QString statusLine(const pcsc::ReaderSnapshot& readers,
                                 const QList<TokenStatus>& tokens);

} // namespace guichet::CardTexts
