// Where the distributions and the vendor middleware put their modules on Linux and
// the BSDs.
#include "ModuleDefaults.h"

#include "P11KitRegistry.h"

#include <QDir>

namespace guichet {

QStringList classicClientModules()
{ // Current Classic Client packages (the LuxTrust middleware, Web eID PR #89) install
    // into /usr/lib/pkcs11; Classic Client 5.x/6.x for Linux used /usr/lib/ClassicClient.
    return {QStringLiteral("/usr/lib/pkcs11/libgclib.so"),
            QStringLiteral("/usr/lib/ClassicClient/libgclib.so")};
}

QStringList openScModules()
{
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
}

QStringList registeredModules()
{
    // p11-kit's folders as its pkg-config file names them at build time (CMake), and
    // the person's own ~/.config/pkcs11/modules, which p11-kit also reads.
    P11KitRegistryFolders folders;
    folders.configFolders = {QStringLiteral(GUICHET_P11KIT_PACKAGE_MODULES),
                             QStringLiteral(GUICHET_P11KIT_SYSTEM_MODULES),
                             QDir::homePath() + QStringLiteral("/.config/pkcs11/modules")};
    folders.moduleFolder = QStringLiteral(GUICHET_P11KIT_MODULE_PATH);
    return p11KitRegisteredModules(folders, QStringLiteral("guichet"));
}

Qt::CaseSensitivity modulePathCaseSensitivity()
{
    return Qt::CaseSensitive;
}

} // namespace guichet
