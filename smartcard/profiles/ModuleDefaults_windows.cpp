// Where the middleware installers put their modules on Windows. Not compiled by the
// project's Linux CI.
#include "ModuleDefaults.h"

namespace guichet {

QStringList classicClientModules()
{
    // Path used by Web eID's Luxembourg support (libelectronic-id PR #89) and by
    // LuxTrust's signing guides; a 64-bit process cannot load the (x86) variant.
    const QString programFiles =
        qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    return {programFiles + QStringLiteral("/Gemalto/Classic Client/BIN/gclib.dll")};
}

QStringList openScModules()
{
    // The OpenSC installer puts the module both in System32 and in its own folder;
    // both by absolute path (a bare name would be searched for, current folder first).
    const QString programFiles =
        qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    const QString systemRoot = qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows"));
    return {systemRoot + QStringLiteral("/System32/opensc-pkcs11.dll"),
            programFiles + QStringLiteral("/OpenSC Project/OpenSC/pkcs11/opensc-pkcs11.dll")};
}

QStringList registeredModules()
{
    // The system has no registry of PKCS#11 modules shared by programs.
    return {};
}

Qt::CaseSensitivity modulePathCaseSensitivity()
{
    return Qt::CaseInsensitive;
}

} // namespace guichet
