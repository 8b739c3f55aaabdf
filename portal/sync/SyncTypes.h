#pragma once

#include <QMetaType>
#include <QString>

namespace guichet::sync {

// What the sync engine is doing, for the status bar and the tray icon.
enum class SyncState
{
    Idle,    // up to date (or never started)
    Syncing, // a sync is running
    Offline, // the portal cannot be reached; the next attempt is scheduled
    Error,   // the last sync failed for another reason (see the Error it reported)
};

// A dossier whose status moved on during a sync (JSON "status" values, e.g.
// "received" -> "in_processing").
struct DossierStatusChange
{
    QString spaceId;
    QString dossierId;
    QString oldStatus;
    QString newStatus;
};

} // namespace guichet::sync

Q_DECLARE_METATYPE(guichet::sync::SyncState)
Q_DECLARE_METATYPE(guichet::sync::DossierStatusChange)
