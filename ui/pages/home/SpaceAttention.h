#pragma once

#include "AttentionItems.h"
#include "Result.h"

namespace guichet {

class SpaceSource;

namespace forms {
class DraftStore;
}

// Reads, from the local copy of the shown space, its outbox and the person's drafts,
// what Home lists under "What needs your attention" (everything but the card, which
// Home hears from the card service). drafts may be null (no forms in this run).
// Dossiers and messages are counted the way their own pages count them, so Home and
// the navigation's "(3 unread)" never disagree.
[[nodiscard]] Result<AttentionFacts> readSpaceAttention(const SpaceSource& source,
                                                        const forms::DraftStore* drafts);

// The page that shows an outbox entry of this kind ("submission" -> "forms"...).
[[nodiscard]] QString pageForRequest(const QString& kind);

} // namespace guichet
