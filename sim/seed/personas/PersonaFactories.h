#pragma once

#include "SeedTypes.h"

// One function per persona, each in its own file; Personas.cpp lists them.
namespace guichet::sim::seed {

PersonaSeed marieSchmit(const QDateTime& now);
PersonaSeed lucWeber(const QDateTime& now);
PersonaSeed paulHoffmann(const QDateTime& now);
PersonaSeed annaKowalska(const QDateTime& now);

} // namespace guichet::sim::seed
