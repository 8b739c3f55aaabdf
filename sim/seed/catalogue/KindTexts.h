#pragma once

#include "Phrasing.h"

#include <QList>

// Texts that depend on the kind of subject rather than on the theme: a tag for `themes`,
// general conditions, what to have ready, deadlines and the usual fees.
namespace guichet::sim::seed::catalogue {

struct KindTexts
{
    Tri tag;
    QList<Tri> conditions;
    QList<Tri> prerequisites;
    QList<Tri> deadlines;
    QList<const char*> fees; // amounts in euros; empty = always free
    int paidPercent;         // share of procedures of this kind that cost something
    int minDays;             // typical processing time range, in calendar days
    int maxDays;
};

const KindTexts& kindTexts(Kind kind);

} // namespace guichet::sim::seed::catalogue
