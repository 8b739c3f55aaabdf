#include "Personas.h"

#include "PersonaFactories.h"

namespace guichet::sim::seed {

QList<PersonaSeed> generatePersonas(const QDateTime& now)
{
    return {marieSchmit(now), lucWeber(now), paulHoffmann(now), annaKowalska(now)};
}

} // namespace guichet::sim::seed
