// Where the middleware installers put their modules on macOS. Not compiled by the
// project's Linux CI.
#include "ModuleDefaults.h"

namespace guichet {

QStringList classicClientModules()
{
    // Path used by Web eID's Luxembourg support (libelectronic-id PR #89).
    return {QStringLiteral(
        "/Library/Frameworks/Pkcs11ClassicClient.framework/Versions/A/Pkcs11ClassicClient/"
        "libgclib.dylib")};
}

QStringList openScModules()
{
    return {QStringLiteral("/Library/OpenSC/lib/opensc-pkcs11.so")};
}

QStringList registeredModules()
{
    // The system has no registry of PKCS#11 modules shared by programs.
    return {};
}

Qt::CaseSensitivity modulePathCaseSensitivity()
{
    // APFS and HFS+ are case-insensitive by default.
    return Qt::CaseInsensitive;
}

} // namespace guichet
