// LoadLibraryEx for Windows. Not compiled by the project's Linux CI.
#include "SharedLibraryLoader.h"

#include <QDir>

#include <windows.h>

namespace guichet::pkcs11::loader {

void* load(const QString& absolutePath, QString& error)
{
    // The module's dependencies from its own folder and System32 only, never from the
    // current folder or PATH.
    const QString native = QDir::toNativeSeparators(absolutePath);
    HMODULE handle =
        LoadLibraryExW(reinterpret_cast<const wchar_t*>(native.utf16()), nullptr,
                       LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR | LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!handle) {
        const DWORD code = GetLastError();
        wchar_t* text = nullptr;
        const DWORD length =
            FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                               FORMAT_MESSAGE_IGNORE_INSERTS,
                           nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
        error = length ? QString::fromWCharArray(text, int(length)).trimmed()
                       : QStringLiteral("error %1").arg(code);
        LocalFree(text);
    }
    return reinterpret_cast<void*>(handle);
}

void* find(void* handle, const char* name)
{
    return reinterpret_cast<void*>(GetProcAddress(static_cast<HMODULE>(handle), name));
}

void unload(void* handle) noexcept
{
    FreeLibrary(static_cast<HMODULE>(handle));
}

} // namespace guichet::pkcs11::loader
