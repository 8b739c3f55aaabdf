#pragma once

#include "SeedTypes.h"
#include "SpaceIds.h"

#include <QDateTime>
#include <QList>

// The fictional people of demo and training mode and everything in their spaces.
// Times are placed relative to `now`: most events lie in the past, a few lie ahead
// (one hour, one day, three days, ten days) so a test clock can move dossiers on.
namespace guichet::sim::seed {

// marie-schmit, luc-weber, paul-hoffmann, anna-kowalska; the same `now` gives the
// same output. Ids (spaces, dossiers, documents...) do not depend on `now`.
QList<PersonaSeed> generatePersonas(const QDateTime& now);

// One big private space for benchmarks: `documents` documents (tiny PDFs; at least one
// per dossier, which holds its summary), `dossiers` dossiers with `eventsPerDossier`
// events each (all in the past), and `accessLogEntries` access-log entries.
SpaceSeed bulkSpace(const QString& spaceId, const QDateTime& now, int documents, int dossiers,
                    int eventsPerDossier, int accessLogEntries);

} // namespace guichet::sim::seed
