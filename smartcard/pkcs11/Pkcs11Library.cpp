#include "Pkcs11Library.h"

#include "ErrorCodes.h"
#include "Pkcs11Logging.h"
#include "SharedLibraryLoader.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace guichet::pkcs11 {

Result<ModuleLibrary> ModuleLibrary::open(const QString& path)
{
    // dlopen(NULL) would hand back the program itself.
    if (path.isEmpty())
        return Error(ErrorCode::ModuleNotLoaded, QStringLiteral("no module path given"));
    // Only by absolute path: a bare name is searched for by the loader (the current
    // folder, PATH), where a planted library would run with the person's card.
    if (!QDir::isAbsolutePath(path))
        return Error(ErrorCode::ModuleNotLoaded,
                     QStringLiteral("%1: a module is loaded by absolute path only").arg(path));
    QString message;
    void* handle = loader::load(path, message);
    if (!handle) {
        // Every platform's usual paths are tried: an absent file is expected, a file
        // that is there and does not load is worth a warning.
        if (QFileInfo::exists(path))
            qCWarning(lcPkcs11) << "cannot load module" << path << message;
        else
            qCInfo(lcPkcs11) << "no module at" << path;
        // dlerror() usually names the file already.
        return Error(ErrorCode::ModuleNotLoaded,
                     message.contains(path) ? message : path + QStringLiteral(": ") + message);
    }
    return ModuleLibrary(handle);
}

ModuleLibrary::ModuleLibrary(ModuleLibrary&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{}

ModuleLibrary& ModuleLibrary::operator=(ModuleLibrary&& other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

ModuleLibrary::~ModuleLibrary()
{
    close();
}

void* ModuleLibrary::symbol(const char* name) const
{
    if (!m_handle)
        return nullptr;
    return loader::find(m_handle, name);
}

void ModuleLibrary::close() noexcept
{
    if (!m_handle)
        return;
    loader::unload(m_handle);
    m_handle = nullptr;
}

} // namespace guichet::pkcs11
