#include "ModuleDefaults.h"

#include <QtGlobal>

namespace guichet {

QStringList classicClientModules()
{
#if defined(Q_OS_WIN)
    // Path used by Web eID's Luxembourg support (libelectronic-id PR #89) and by
    // LuxTrust's signing guides; a 64-bit process cannot load the (x86) variant.
    const QString programFiles =
        qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    return {programFiles + QStringLiteral("/Gemalto/Classic Client/BIN/gclib.dll")};
#elif defined(Q_OS_MACOS)
    // Path used by Web eID's Luxembourg support (libelectronic-id PR #89).
    return {QStringLiteral(
        "/Library/Frameworks/Pkcs11ClassicClient.framework/Versions/A/Pkcs11ClassicClient/"
        "libgclib.dylib")};
#else
    // Current Classic Client packages (the LuxTrust middleware, Web eID PR #89) install
    // into /usr/lib/pkcs11; Classic Client 5.x/6.x for Linux used /usr/lib/ClassicClient.
    return {QStringLiteral("/usr/lib/pkcs11/libgclib.so"),
            QStringLiteral("/usr/lib/ClassicClient/libgclib.so")};
#endif
}

QStringList openScModules()
{
#if defined(Q_OS_WIN)
    // The OpenSC installer puts the module both in System32 and in its own folder;
    // both by absolute path (a bare name would be searched for, current folder first).
    const QString programFiles =
        qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    const QString systemRoot = qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows"));
    return {systemRoot + QStringLiteral("/System32/opensc-pkcs11.dll"),
            programFiles + QStringLiteral("/OpenSC Project/OpenSC/pkcs11/opensc-pkcs11.dll")};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("/Library/OpenSC/lib/opensc-pkcs11.so")};
#else
    QStringList paths;
    // Debian and Ubuntu install into the multiarch folder of the process's own
    // architecture (a process cannot load another architecture's module anyway).
#if defined(__x86_64__)
    paths << QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so");
#elif defined(__aarch64__)
    paths << QStringLiteral("/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so");
#elif defined(__i386__)
    paths << QStringLiteral("/usr/lib/i386-linux-gnu/opensc-pkcs11.so");
#elif defined(__arm__)
    paths << QStringLiteral("/usr/lib/arm-linux-gnueabihf/opensc-pkcs11.so");
#endif
    // Fedora and openSUSE (lib64), Arch and others (lib).
    paths << QStringLiteral("/usr/lib64/opensc-pkcs11.so")
          << QStringLiteral("/usr/lib/opensc-pkcs11.so");
    return paths;
#endif
}

} // namespace guichet
