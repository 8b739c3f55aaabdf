#pragma once

#include "SpaceBuilder.h"

namespace guichet::sim::seed {

// The everyday background of an access log: administrations reading authentic data
// for their own tasks (health insurance, roadside checks, taxes, statistics), not
// tied to any dossier. Picks `count` accesses among the ones that fit the space's
// sources, spread over working hours between `from` and `to`; the same `seed` gives
// the same log. `communeId` names the person's commune (an administration id).
struct RoutineAccessPlan
{
    QStringList sources;
    QString communeId;
    int count = 0;
    QDateTime from;
    QDateTime to;
    quint64 seed = 1;
};

void addRoutineAccesses(SpaceBuilder& builder, const RoutineAccessPlan& plan);

// A small deterministic generator (SplitMix64): the standard distributions are not
// guaranteed to give the same numbers on every standard library.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int bound); // 0 .. bound-1

private:
    quint64 m_state;
};

} // namespace guichet::sim::seed
