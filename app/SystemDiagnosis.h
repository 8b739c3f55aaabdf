#pragma once

#include "DiagnosisRunner.h"
#include "PortalEndpoint.h"
#include "Result.h"

#include <memory>

namespace guichet {

class CardService;

// What the diagnosis looks at in this run: the card service (already started), the
// portal as configured (or why there is none) and the data folder.
struct DiagnosisTargets
{
    CardService* cards = nullptr;
    Result<net::PortalEndpoint> portal = Error();
    QString dataRoot;
    // A freshly started card service has not seen the readers yet: wait this long at
    // most for its first look before asking it (0 when it has been running).
    int cardWarmUpMs = 0;
};

// The one composition of every layer check, used by the Diagnostics page and by
// `guichet --diagnose`, so both say the same thing. Every probe runs at once; the
// report comes within `deadlineMs` whatever hangs.
[[nodiscard]] std::unique_ptr<diagnosis::Runner>
makeSystemDiagnosis(const DiagnosisTargets& targets, int deadlineMs = 12'000);

} // namespace guichet
