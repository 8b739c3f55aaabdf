#pragma once

#include "CardProfile.h"

#include <QStringList>

namespace guichet {

class Settings;

// The PKCS#11 modules to try for a card, in order, without duplicates:
// - a known card: the list an administrator or user configured for its kind
//   (EidModules or LuxTrustModules) when not empty, else the profile's defaults;
//   then ExtraModules;
// - an unknown card (nullptr): ExtraModules, then OpenSC.
// The settings always win over the built-in paths, which only fill in when nothing
// is configured.
[[nodiscard]] QStringList modulesFor(const CardProfile* profile, const Settings& settings);

// The absolute paths of `paths` in order, each module file once: paths that differ in
// spelling only, or links to one file, name the same module (loading it twice would
// initialise it twice).
[[nodiscard]] QStringList withoutDuplicateModules(const QStringList& paths);

} // namespace guichet
