#pragma once

#include <QStringList>

namespace guichet {

// Where the PKCS#11 modules usually live on this platform. Candidates only: the
// module loader skips the ones that are not installed, and the settings
// (EidModules, LuxTrustModules, ExtraModules) always take precedence.

// Gemalto/Thales Classic Client, the middleware LuxTrust distributes for its
// devices and for the identity card.
[[nodiscard]] QStringList classicClientModules();

// OpenSC, for cards it supports (its idprime driver covers Gemalto IDPrime cards).
[[nodiscard]] QStringList openScModules();

} // namespace guichet
