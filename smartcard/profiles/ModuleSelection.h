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

} // namespace guichet
