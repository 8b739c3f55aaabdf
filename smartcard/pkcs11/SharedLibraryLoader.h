#pragma once

#include <QString>

// The platform's dynamic loader, behind three calls so ModuleLibrary stays the same on
// every system. SharedLibraryLoader_posix.cpp (dlopen) or SharedLibraryLoader_windows.cpp
// (LoadLibraryEx) is compiled, chosen by CMake.
namespace guichet::pkcs11::loader {

// Loads the library at an absolute path; nullptr and the loader's message in `error`
// when it fails.
[[nodiscard]] void* load(const QString& absolutePath, QString& error);
// nullptr when the library does not export the name.
[[nodiscard]] void* find(void* handle, const char* name);
void unload(void* handle) noexcept;

} // namespace guichet::pkcs11::loader
