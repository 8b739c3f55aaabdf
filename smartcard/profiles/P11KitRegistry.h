#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// The PKCS#11 modules registered with p11-kit (pkcs11.conf(5)): one `<name>.module`
// file per module in the package folder (/usr/share/p11-kit/modules) and the
// administrator's folder (/etc/pkcs11/modules), where a file of the same name replaces
// the package's. Read as text — no module is loaded to find them.
//
// Left out: files without `module:`, trust-policy modules (the system's certificate
// store, not a token), modules disabled for this program (`disable-in`) or enabled only
// for others (`enable-in`). A relative `module:` is taken from p11-kit's module folder.
struct P11KitRegistryFolders
{
    QStringList configFolders; // in increasing priority: package first, then system
    QString moduleFolder;      // where a relative module name is found
};

// The absolute paths of the registered modules, ordered by the configuration's file
// names (p11-kit's `priority:` orders modules for lookups across them, not for us).
[[nodiscard]] QStringList p11KitRegisteredModules(const P11KitRegistryFolders& folders,
                                                  const QString& programName);

} // namespace guichet
