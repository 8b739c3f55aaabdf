#include "Pkcs11Session.h"

#include "ErrorCodes.h"
#include "Pkcs11Errors.h"
#include "Pkcs11Logging.h"

#include <utility>

namespace guichet::pkcs11 {

Result<Session> Session::open(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId, bool readWrite)
{
    CK_FLAGS flags = CKF_SERIAL_SESSION;
    if (readWrite)
        flags |= CKF_RW_SESSION;
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv = functions->C_OpenSession(slotId, flags, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_OpenSession(%1)").arg(slotId));
    Session session(functions, slotId, handle);
    session.m_open = true;
    return session;
}

Session::Session(Session&& other) noexcept
    : m_functions(other.m_functions), m_slotId(other.m_slotId),
      m_handle(std::exchange(other.m_handle, CK_INVALID_HANDLE)),
      m_open(std::exchange(other.m_open, false)), m_loggedIn(std::exchange(other.m_loggedIn, false))
{}

Session& Session::operator=(Session&& other) noexcept
{
    if (this != &other) {
        close();
        m_functions = other.m_functions;
        m_slotId = other.m_slotId;
        m_handle = std::exchange(other.m_handle, CK_INVALID_HANDLE);
        m_open = std::exchange(other.m_open, false);
        m_loggedIn = std::exchange(other.m_loggedIn, false);
    }
    return *this;
}

Session::~Session()
{
    close();
}

Status Session::login(const SecretBuffer& pin, bool usePinPad)
{
    Status status = loginAs(CKU_USER, pin, usePinPad);
    if (status)
        m_loggedIn = true;
    return status;
}

Status Session::loginContextSpecific(const SecretBuffer& pin, bool usePinPad)
{
    return loginAs(CKU_CONTEXT_SPECIFIC, pin, usePinPad);
}

Status Session::loginAs(CK_USER_TYPE userType, const SecretBuffer& pin, bool usePinPad)
{
    const bool pinPad = pin.isEmpty() && usePinPad;
    if (pin.isEmpty() && !pinPad)
        return Error(ErrorCode::PinFormatInvalid, QStringLiteral("C_Login: no PIN given"));
    const QString operation = userType == CKU_CONTEXT_SPECIFIC
                                  ? QStringLiteral("C_Login(context-specific)")
                                  : QStringLiteral("C_Login");
    qCDebug(lcPkcs11) << operation << "slot" << m_slotId << (pinPad ? "with PIN pad" : "with PIN");
    // The module only reads the PIN; the API's pointer is not const.
    auto* pinBytes = pinPad ? nullptr : const_cast<CK_UTF8CHAR*>(pin.bytes().data());
    const CK_ULONG pinLength = pinPad ? 0 : CK_ULONG(pin.size());
    const CK_RV rv = m_functions->C_Login(m_handle, userType, pinBytes, pinLength);
    if (rv == CKR_OK)
        return {};
    // Login state is shared by all sessions of the application.
    if (rv == CKR_USER_ALREADY_LOGGED_IN && userType == CKU_USER) {
        qCDebug(lcPkcs11) << "already logged in on slot" << m_slotId;
        return {};
    }
    Error error = errorFromCkr(rv, operation);
    qCInfo(lcPkcs11) << "login failed" << error;
    return error;
}

Status Session::restart()
{
    CK_FLAGS flags = CKF_SERIAL_SESSION;
    CK_SESSION_INFO info{};
    if (m_functions->C_GetSessionInfo && m_functions->C_GetSessionInfo(m_handle, &info) == CKR_OK)
        flags = info.flags & (CKF_SERIAL_SESSION | CKF_RW_SESSION);
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv =
        m_functions->C_OpenSession(m_slotId, flags | CKF_SERIAL_SESSION, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_OpenSession(%1)").arg(m_slotId));
    m_functions->C_CloseSession(std::exchange(m_handle, handle));
    return {};
}

void Session::close() noexcept
{
    if (!m_open)
        return;
    if (m_loggedIn) {
        const CK_RV rv = m_functions->C_Logout(m_handle);
        if (rv != CKR_OK)
            qCDebug(lcPkcs11) << ckrDetail(rv, QStringLiteral("C_Logout"));
    }
    const CK_RV rv = m_functions->C_CloseSession(m_handle);
    if (rv != CKR_OK)
        qCDebug(lcPkcs11) << ckrDetail(rv, QStringLiteral("C_CloseSession"));
    m_open = false;
    m_loggedIn = false;
    m_handle = CK_INVALID_HANDLE;
}

} // namespace guichet::pkcs11
