#pragma once

#include <QStringList>

namespace guichet {

// Where the PKCS#11 modules usually live on this platform (ModuleDefaults_<system>.cpp,
// chosen by CMake). Candidates only: the
// module loader skips the ones that are not installed, and the settings
// (EidModules, LuxTrustModules, ExtraModules) always take precedence.

// Gemalto/Thales Classic Client, the middleware LuxTrust distributes for its
// devices and for the identity card.
[[nodiscard]] QStringList classicClientModules();

// OpenSC, for cards it supports (its idprime driver covers Gemalto IDPrime cards).
[[nodiscard]] QStringList openScModules();

// The modules the system registers for every program (p11-kit's module configuration
// on Linux, P11KitRegistry.h); none elsewhere. Tried last, and only for tokens whose
// slot names the reader (Pkcs11Backend), since they include software tokens.
[[nodiscard]] QStringList registeredModules();

// Whether two module paths differing only in case name the same file here.
[[nodiscard]] Qt::CaseSensitivity modulePathCaseSensitivity();

} // namespace guichet
