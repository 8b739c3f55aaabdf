#pragma once

#include "Result.h"

#include <QString>

namespace guichet::pkcs11 {

// A loaded shared library (dlopen / LoadLibrary), unloaded on destruction.
class ModuleLibrary
{
public:
    // ModuleNotLoaded with the path and the loader's message when loading fails.
    [[nodiscard]] static Result<ModuleLibrary> open(const QString& path);

    ModuleLibrary(ModuleLibrary&& other) noexcept;
    ModuleLibrary& operator=(ModuleLibrary&& other) noexcept;
    ModuleLibrary(const ModuleLibrary&) = delete;
    ModuleLibrary& operator=(const ModuleLibrary&) = delete;
    ~ModuleLibrary();

    // nullptr when the library does not export the name.
    [[nodiscard]] void* symbol(const char* name) const;
    // Equal for two opens of the same file: the loader counts references.
    [[nodiscard]] const void* identity() const { return m_handle; }

private:
    explicit ModuleLibrary(void* handle) : m_handle(handle) {}
    void close() noexcept;

    void* m_handle = nullptr;
};

} // namespace guichet::pkcs11
