// dlopen for Linux, the BSDs and macOS.
#include "SharedLibraryLoader.h"

#include <QFile>

#include <dlfcn.h>

namespace guichet::pkcs11::loader {

void* load(const QString& absolutePath, QString& error)
{
    // RTLD_LOCAL: two modules exporting the same C_* names must not see each other.
    void* handle = dlopen(QFile::encodeName(absolutePath).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* text = dlerror();
        error = text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown loader error");
    }
    return handle;
}

void* find(void* handle, const char* name)
{
    return dlsym(handle, name);
}

void unload(void* handle) noexcept
{
    dlclose(handle);
}

} // namespace guichet::pkcs11::loader
