#pragma once

#include "SeedTypes.h"

#include <QDateTime>
#include <QList>

// The procedure catalogue of the simulated portal: 1,500 procedure descriptions in
// French, German and English, composed from per-theme tables, 170 of them with an online
// form (12 hand-written forms from sim/seed/forms, 158 simple generated ones).
namespace guichet::sim::seed {

struct CatalogueSeed
{
    QList<Localised> procedures;     // Procedure, sorted by id
    QList<Localised> generatedForms; // FormDefinition of the generated online procedures
};

// Deterministic: the same seed and `now` give the same catalogue. `updatedAt` values lie
// within the two years before `now`.
CatalogueSeed generateCatalogue(const QDateTime& now, quint32 seed = 20261126);

namespace catalogue {
inline constexpr int ProcedureCount = 1500;
inline constexpr int OnlineCount = 170;
} // namespace catalogue

} // namespace guichet::sim::seed
