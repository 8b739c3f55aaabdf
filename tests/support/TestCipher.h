#pragma once

#include "FieldCipher.h"

#include <array>
#include <memory>

// The stores seal personal values with the identity's key (FieldCipher). Tests that
// use a store directly give it this fixed test key, as the app gives the keychain's.
namespace guichet::test {

inline std::shared_ptr<const FieldCipher> testCipher()
{
    static const std::shared_ptr<const FieldCipher> cipher = [] {
        std::array<unsigned char, 32> key{};
        for (std::size_t i = 0; i < key.size(); ++i)
            key[i] = static_cast<unsigned char>(0xA0 + i);
        return FieldCipher::derive(key, "guichet tests").value();
    }();
    return cipher;
}

} // namespace guichet::test
