#pragma once

#include "Result.h"
#include "SecretBuffer.h"

#include <p11-kit/pkcs11.h>

namespace guichet::pkcs11 {

// An open PKCS#11 session. Logs out (if it logged in) and closes on destruction;
// the destructor never throws.
class Session
{
public:
    [[nodiscard]] static Result<Session> open(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId,
                                              bool readWrite = false);

    Session(Session&& other) noexcept;
    Session& operator=(Session&& other) noexcept;
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session();

    [[nodiscard]] CK_FUNCTION_LIST* functions() const { return m_functions; }
    [[nodiscard]] CK_SESSION_HANDLE handle() const { return m_handle; }
    [[nodiscard]] CK_SLOT_ID slotId() const { return m_slotId; }

    // User login with the PIN, or through the reader's PIN pad (C_Login with a NULL
    // PIN) when the PIN is empty and usePinPad is set.
    [[nodiscard]] Status login(const SecretBuffer& pin, bool usePinPad);
    // CKU_CONTEXT_SPECIFIC login, to be called right after C_SignInit for a key with
    // CKA_ALWAYS_AUTHENTICATE.
    [[nodiscard]] Status loginContextSpecific(const SecretBuffer& pin, bool usePinPad);

    // Swaps the handle for a new session on the same slot and closes the old one, to
    // drop an operation left half done. The login stays: it belongs to the
    // application, not to one session.
    [[nodiscard]] Status restart();

private:
    Session(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId, CK_SESSION_HANDLE handle)
        : m_functions(functions), m_slotId(slotId), m_handle(handle)
    {}
    [[nodiscard]] Status loginAs(CK_USER_TYPE userType, const SecretBuffer& pin, bool usePinPad);
    void close() noexcept;

    CK_FUNCTION_LIST* m_functions = nullptr;
    CK_SLOT_ID m_slotId = 0;
    CK_SESSION_HANDLE m_handle = CK_INVALID_HANDLE;
    bool m_open = false;
    bool m_loggedIn = false;
};

} // namespace guichet::pkcs11
