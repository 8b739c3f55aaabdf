#pragma once

#include "CardService.h"
#include "Diagnosis.h"
#include "DiagnosisRunner.h"

#include <QDateTime>

namespace guichet {

// The card layers of the diagnosis (PC/SC service, readers, cards, modules, tokens,
// certificates), decided from what the card service saw. Nothing personal goes into
// the evidence: certificates are named by their role and issuer, never by holder,
// and token labels (which some issuers fill with the holder's name) are left out.
// In demo mode the same checks read the simulated PC/SC service and card.
[[nodiscard]] QList<diagnosis::Check> cardChecks(const CardDiagnostics& report,
                                                 const QDateTime& nowUtc);

// The card layers as a probe of the diagnosis: asks `service` on its thread.
[[nodiscard]] diagnosis::Probe cardProbe(CardService& service);

} // namespace guichet
