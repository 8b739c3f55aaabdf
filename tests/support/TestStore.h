#pragma once

#include "LocalStore.h"
#include "TestCipher.h"

#include <memory>

namespace guichet::test {

// LocalStore::open, then the test key (as SpaceFolder does once the keychain answered).
template <typename... Args>
Result<std::unique_ptr<store::LocalStore>> openUnlockedStore(Args&&... args)
{
    Result<std::unique_ptr<store::LocalStore>> opened =
        store::LocalStore::open(std::forward<Args>(args)...);
    if (!opened)
        return opened;
    if (Status unlocked = opened.value()->setCipher(testCipher()); !unlocked)
        return unlocked.error();
    return opened;
}

} // namespace guichet::test
