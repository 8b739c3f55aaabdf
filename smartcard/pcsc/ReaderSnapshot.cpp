#include "ReaderSnapshot.h"

#include "ErrorCodes.h"

#include <algorithm>

namespace guichet::pcsc {

const ReaderState* ReaderSnapshot::reader(const QString& name) const
{
    const auto found = std::find_if(readers.begin(), readers.end(),
                                    [&](const ReaderState& r) { return r.name == name; });
    return found == readers.end() ? nullptr : &*found;
}

QString ReaderSnapshot::blockingProblem() const
{
    if (service == ServiceState::NotRunning)
        return QLatin1String(ErrorCode::PcscServiceNotRunning);
    if (readers.isEmpty())
        return QLatin1String(ErrorCode::NoReader);
    const bool anyCard = std::any_of(readers.begin(), readers.end(),
                                     [](const ReaderState& r) { return r.cardPresent; });
    return anyCard ? QString() : QLatin1String(ErrorCode::NoCard);
}

QList<ReaderEvent> diffSnapshots(const ReaderSnapshot& before, const ReaderSnapshot& after)
{
    using Kind = ReaderEvent::Kind;
    QList<ReaderEvent> events;
    for (const ReaderState& old : before.readers) {
        const ReaderState* now = after.reader(old.name);
        if (!now) {
            if (old.cardPresent)
                events.append({Kind::CardRemoved, old.name, {}});
            events.append({Kind::ReaderRemoved, old.name, {}});
        } else if (old.cardPresent && (!now->cardPresent || now->atr != old.atr)) {
            events.append({Kind::CardRemoved, old.name, {}});
            if (now->cardPresent)
                events.append({Kind::CardInserted, now->name, now->atr});
        } else if (!old.cardPresent && now->cardPresent) {
            events.append({Kind::CardInserted, now->name, now->atr});
        }
    }
    for (const ReaderState& now : after.readers) {
        if (before.reader(now.name))
            continue;
        events.append({Kind::ReaderAdded, now.name, {}});
        if (now.cardPresent)
            events.append({Kind::CardInserted, now.name, now.atr});
    }
    return events;
}

} // namespace guichet::pcsc
