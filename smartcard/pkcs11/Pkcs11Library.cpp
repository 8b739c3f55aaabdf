#include "Pkcs11Library.h"

#include "ErrorCodes.h"
#include "Pkcs11Logging.h"

#include <QDir>
#include <QFile>

#include <utility>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace guichet::pkcs11 {

namespace {

#if defined(Q_OS_WIN)
QString lastLoaderError()
{
    const DWORD code = GetLastError();
    wchar_t* text = nullptr;
    const DWORD length = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    QString message = length ? QString::fromWCharArray(text, int(length)).trimmed()
                             : QStringLiteral("error %1").arg(code);
    LocalFree(text);
    return message;
}
#else
QString lastLoaderError()
{
    const char* text = dlerror();
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown loader error");
}
#endif

} // namespace

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
#if defined(Q_OS_WIN)
    // The module's dependencies from its own folder and System32 only, never from the
    // current folder or PATH.
    const QString native = QDir::toNativeSeparators(path);
    void* handle = LoadLibraryExW(reinterpret_cast<const wchar_t*>(native.utf16()), nullptr,
                                  LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR | LOAD_LIBRARY_SEARCH_SYSTEM32);
#else
    // RTLD_LOCAL: two modules exporting the same C_* names must not see each other.
    void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
#endif
    if (!handle) {
        const QString message = lastLoaderError();
        qCWarning(lcPkcs11) << "cannot load module" << path << message;
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
#if defined(Q_OS_WIN)
    return reinterpret_cast<void*>(GetProcAddress(static_cast<HMODULE>(m_handle), name));
#else
    return dlsym(m_handle, name);
#endif
}

void ModuleLibrary::close() noexcept
{
    if (!m_handle)
        return;
#if defined(Q_OS_WIN)
    FreeLibrary(static_cast<HMODULE>(m_handle));
#else
    dlclose(m_handle);
#endif
    m_handle = nullptr;
}

} // namespace guichet::pkcs11
