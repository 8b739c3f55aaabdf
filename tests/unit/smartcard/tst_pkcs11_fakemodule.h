#pragma once

#include <dlfcn.h>

// Control block of the fake PKCS#11 module (tst_pkcs11_fakemodule.cpp). A test
// dlopens the module itself, fetches this block with fake_pkcs11_control() and sets
// what the next calls return; Module::load of the same path gets the same instance.
extern "C" {

struct FakePkcs11Control
{
    // Return values of the next calls (0 = CKR_OK).
    unsigned long initializeRv;
    unsigned long getSlotListRv;
    unsigned long loginRv;
    unsigned long contextLoginRv;
    unsigned long signRv;
    unsigned long setPinRv;
    // C_GetFunctionList hands out a list without C_Sign.
    int omitSignFunction;
    // CK_TOKEN_INFO of the one token.
    unsigned long tokenFlags;
    unsigned long minPinLength;
    unsigned long maxPinLength;
    // CKA_ALWAYS_AUTHENTICATE of the EC key (id 01).
    int ecKeyAlwaysAuthenticate;

    // What happened.
    int initializeCalls;
    int initializeArgsWereNull;
    unsigned long initializeFlags;
    int initializeHadMutexCallbacks;
    int finalizeCalls;
    int loginCalls;
    int contextLoginCalls;
    int signInitCalls;
    int signCalls;
    int setPinCalls;
    int openSessions;
    int lastLoginPinWasNull;
    unsigned long lastLoginPinLength;
    int lastSetPinWasNull;
    unsigned long lastSignMechanism;
    unsigned long lastSignInputLength;
};

typedef FakePkcs11Control* (*FakePkcs11ControlFunction)(void);
typedef void (*FakePkcs11ResetFunction)(void);
}

// Fixed facts of the fake token.
namespace fakepkcs11 {

// For tests: keeps the fake module loaded in the test process, so its control block
// stays the one Module::load talks to.
class Handle
{
public:
    explicit Handle(const char* path) : m_handle(dlopen(path, RTLD_NOW | RTLD_LOCAL)) {}
    ~Handle()
    {
        if (m_handle)
            dlclose(m_handle);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    FakePkcs11Control* control() const
    {
        void* symbol = m_handle ? dlsym(m_handle, "fake_pkcs11_control") : nullptr;
        return symbol ? reinterpret_cast<FakePkcs11ControlFunction>(symbol)() : nullptr;
    }
    void reset() const
    {
        if (void* symbol = m_handle ? dlsym(m_handle, "fake_pkcs11_reset") : nullptr)
            reinterpret_cast<FakePkcs11ResetFunction>(symbol)();
    }

private:
    void* m_handle;
};

inline constexpr unsigned long slotId = 7;
inline constexpr char slotDescription[] = "Fake Reader 00 00";
inline constexpr char tokenLabel[] = "Fake Token";
// C_Sign of the EC key returns r = 01 02 .. 20, s = 80 81 .. 9f (high bit set, so
// DER needs a leading zero for s).
} // namespace fakepkcs11
