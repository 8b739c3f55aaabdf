#pragma once

#include "News.h"
#include "Result.h"

namespace guichet {

class SpaceSource;

namespace notify {

// Reads from the local copy of one space what findNews() compares: dossiers with their
// status, unread inbound messages, the accesses at or after `accessesSince` (the ones
// before were told already, and a large log is not parsed for nothing) and the outbox
// entries still waiting or refused. Counted the way the pages count them: a message
// whose read mark waits in the outbox is read.
[[nodiscard]] Result<SpaceSnapshot>
readSpaceSnapshot(const SpaceSource& source, const QString& spaceName, qint64 accessesSince);

} // namespace notify
} // namespace guichet
