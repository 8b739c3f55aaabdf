#include "Pkcs11Module.h"

#include "ErrorCodes.h"
#include "Pkcs11Errors.h"
#include "Pkcs11Library.h"
#include "Pkcs11Logging.h"
#include "Pkcs11Objects.h"
#include "Pkcs11Pin.h"
#include "Pkcs11Session.h"
#include "Pkcs11Signing.h"
#include "Pkcs11Tokens.h"

#include <QHash>
#include <QMutex>

#include <p11-kit/pkcs11.h>

#include <vector>

namespace guichet::pkcs11 {

namespace {

// C_Initialize / C_Finalize are process-wide per library: two Modules of one library
// share one initialisation, and only the one that made it may finalise it.
struct Initialization
{
    int users = 0;
    bool ours = false;
};

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<const void*, Initialization>& registry()
{
    static QHash<const void*, Initialization> entries;
    return entries;
}

// The entries this layer calls; a module that leaves one empty is unusable.
QString missingFunction(const CK_FUNCTION_LIST* f)
{
    const std::pair<const void*, const char*> required[] = {
        {reinterpret_cast<const void*>(f->C_Initialize), "C_Initialize"},
        {reinterpret_cast<const void*>(f->C_Finalize), "C_Finalize"},
        {reinterpret_cast<const void*>(f->C_GetInfo), "C_GetInfo"},
        {reinterpret_cast<const void*>(f->C_GetSlotList), "C_GetSlotList"},
        {reinterpret_cast<const void*>(f->C_GetSlotInfo), "C_GetSlotInfo"},
        {reinterpret_cast<const void*>(f->C_GetTokenInfo), "C_GetTokenInfo"},
        {reinterpret_cast<const void*>(f->C_GetMechanismList), "C_GetMechanismList"},
        {reinterpret_cast<const void*>(f->C_OpenSession), "C_OpenSession"},
        {reinterpret_cast<const void*>(f->C_CloseSession), "C_CloseSession"},
        {reinterpret_cast<const void*>(f->C_Login), "C_Login"},
        {reinterpret_cast<const void*>(f->C_Logout), "C_Logout"},
        {reinterpret_cast<const void*>(f->C_SetPIN), "C_SetPIN"},
        {reinterpret_cast<const void*>(f->C_FindObjectsInit), "C_FindObjectsInit"},
        {reinterpret_cast<const void*>(f->C_FindObjects), "C_FindObjects"},
        {reinterpret_cast<const void*>(f->C_FindObjectsFinal), "C_FindObjectsFinal"},
        {reinterpret_cast<const void*>(f->C_GetAttributeValue), "C_GetAttributeValue"},
        {reinterpret_cast<const void*>(f->C_SignInit), "C_SignInit"},
        {reinterpret_cast<const void*>(f->C_Sign), "C_Sign"},
    };
    for (const auto& [pointer, name] : required) {
        if (!pointer)
            return QString::fromLatin1(name);
    }
    return {};
}

QList<unsigned long> mechanismList(CK_FUNCTION_LIST* functions, CK_SLOT_ID slotId)
{
    CK_ULONG count = 0;
    if (functions->C_GetMechanismList(slotId, nullptr, &count) != CKR_OK || count == 0)
        return {};
    std::vector<CK_MECHANISM_TYPE> types(count);
    if (functions->C_GetMechanismList(slotId, types.data(), &count) != CKR_OK)
        return {};
    return QList<unsigned long>(types.begin(), types.begin() + qsizetype(count));
}

} // namespace

struct Module::Private
{
    // Declared first so it is destroyed last: finalise before unloading.
    ModuleLibrary library;
    CK_FUNCTION_LIST* functions = nullptr;
    ModuleInfo info;
    bool registered = false;

    Private(ModuleLibrary lib, CK_FUNCTION_LIST* list) : library(std::move(lib)), functions(list) {}
    ~Private() { release(); }
    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    Status initialize()
    {
        const QMutexLocker locker(&registryMutex());
        Initialization& entry = registry()[library.identity()];
        if (entry.users == 0) {
            // OS locking with no mutex callbacks: the module may be called from the
            // card thread while another library in the process uses it too.
            CK_C_INITIALIZE_ARGS args{};
            args.flags = CKF_OS_LOCKING_OK;
            CK_RV rv = functions->C_Initialize(&args);
            if (rv == CKR_CANT_LOCK) // single-threaded module: we only use one thread
                rv = functions->C_Initialize(nullptr);
            if (rv == CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                qCInfo(lcPkcs11) << info.path << "was already initialised in this process";
                entry.ours = false;
            } else if (rv != CKR_OK) {
                registry().remove(library.identity());
                return Error(ErrorCode::ModuleInvalid,
                             info.path + QStringLiteral(": ") +
                                 ckrDetail(rv, QStringLiteral("C_Initialize")));
            } else {
                entry.ours = true;
            }
        }
        ++entry.users;
        registered = true;
        return {};
    }

    void release() noexcept
    {
        if (!registered)
            return;
        registered = false;
        const QMutexLocker locker(&registryMutex());
        auto it = registry().find(library.identity());
        if (it == registry().end() || --it->users > 0)
            return;
        if (it->ours) {
            const CK_RV rv = functions->C_Finalize(nullptr);
            if (rv != CKR_OK)
                qCWarning(lcPkcs11) << info.path << ckrDetail(rv, QStringLiteral("C_Finalize"));
        }
        registry().erase(it);
    }
};

Module::Module(std::unique_ptr<Private> p) : d(std::move(p)) {}

Module::~Module() = default;

Result<std::unique_ptr<Module>> Module::load(const QString& path)
{
    Result<ModuleLibrary> library = ModuleLibrary::open(path);
    if (!library)
        return library.error();
    auto getFunctionList =
        reinterpret_cast<CK_C_GetFunctionList>(library.value().symbol("C_GetFunctionList"));
    if (!getFunctionList)
        return Error(ErrorCode::ModuleInvalid, path + QStringLiteral(": no C_GetFunctionList"));
    CK_FUNCTION_LIST* functions = nullptr;
    const CK_RV listRv = getFunctionList(&functions);
    if (listRv != CKR_OK || !functions)
        return Error(ErrorCode::ModuleInvalid,
                     path + QStringLiteral(": ") +
                         ckrDetail(listRv, QStringLiteral("C_GetFunctionList")));
    if (const QString missing = missingFunction(functions); !missing.isEmpty())
        return Error(ErrorCode::ModuleInvalid,
                     path + QStringLiteral(": the function list has no ") + missing);

    auto d = std::make_unique<Private>(std::move(library).value(), functions);
    d->info.path = path;
    if (Status initialized = d->initialize(); !initialized)
        return initialized.error();

    CK_INFO info{};
    const CK_RV rv = functions->C_GetInfo(&info);
    if (rv != CKR_OK)
        return Error(ErrorCode::ModuleInvalid,
                     path + QStringLiteral(": ") + ckrDetail(rv, QStringLiteral("C_GetInfo")));
    d->info.manufacturer = paddedText(info.manufacturerID);
    d->info.description = paddedText(info.libraryDescription);
    d->info.cryptokiVersion = versionText(info.cryptokiVersion);
    d->info.libraryVersion = versionText(info.libraryVersion);
    qCInfo(lcPkcs11) << "loaded" << path << d->info.description << d->info.libraryVersion
                     << "Cryptoki" << d->info.cryptokiVersion;
    return std::unique_ptr<Module>(new Module(std::move(d)));
}

const ModuleInfo& Module::info() const
{
    return d->info;
}

Result<QList<TokenInfo>> Module::tokens() const
{
    return listTokens(d->functions);
}

Result<TokenInfo> Module::tokenInfo(unsigned long slotId) const
{
    return readTokenInfo(d->functions, slotId);
}

Result<QList<KeyObject>> Module::keys(unsigned long slotId) const
{
    Result<Session> session = Session::open(d->functions, slotId);
    if (!session)
        return session.error();
    return discoverKeys(session.value());
}

Result<QList<KeyObject>> Module::keys(unsigned long slotId, const SecretBuffer& pin) const
{
    Result<TokenInfo> token = tokenInfo(slotId);
    if (!token)
        return token.error();
    if (Status pinOk = checkPinBeforeLogin(token.value(), pin); !pinOk)
        return pinOk.error();
    Result<Session> session = Session::open(d->functions, slotId);
    if (!session)
        return session.error();
    if (Status login = session.value().login(pin, usesPinPad(token.value(), pin)); !login)
        return login.error();
    return discoverKeys(session.value());
}

Result<std::unique_ptr<SigningSession>> Module::startSigning(unsigned long slotId,
                                                             const SecretBuffer& pin) const
{
    Result<TokenInfo> token = tokenInfo(slotId);
    if (!token)
        return token.error();
    if (Status pinOk = checkPinBeforeLogin(token.value(), pin); !pinOk)
        return pinOk.error();
    Result<Session> session = Session::open(d->functions, slotId);
    if (!session)
        return session.error();
    return std::unique_ptr<SigningSession>(
        new SigningSession(std::make_unique<Session>(std::move(session).value()),
                           std::move(token).value(), mechanismList(d->functions, slotId)));
}

Result<std::unique_ptr<SigningSession>> Module::openSigningSession(unsigned long slotId,
                                                                   const SecretBuffer& pin)
{
    Result<std::unique_ptr<SigningSession>> signing = startSigning(slotId, pin);
    if (!signing)
        return signing.error();
    if (Status login = signing.value()->login(pin); !login)
        return login.error();
    return signing;
}

Result<QByteArray> Module::sign(unsigned long slotId, const QByteArray& keyId,
                                SignatureScheme scheme, HashAlgorithm hash,
                                const QByteArray& digest, const SecretBuffer& pin,
                                EcdsaEncoding encoding)
{
    if (Status digestOk = checkDigest(hash, digest); !digestOk)
        return digestOk.error();
    Result<std::unique_ptr<SigningSession>> signing = startSigning(slotId, pin);
    if (!signing)
        return signing.error();
    SigningSession& session = *signing.value();
    if (Status fits = session.checkBeforeLogin(keyId, scheme, hash); !fits)
        return fits.error();
    if (Status login = session.login(pin); !login)
        return login.error();
    return session.sign(keyId, scheme, hash, digest, pin, encoding);
}

Status Module::changePin(unsigned long slotId, const SecretBuffer& oldPin,
                         const SecretBuffer& newPin)
{
    Result<TokenInfo> token = tokenInfo(slotId);
    if (!token)
        return token.error();
    const bool pinPad = usesPinPad(token.value(), oldPin) && newPin.isEmpty();
    if (Status pinOk = checkPinBeforeLogin(token.value(), oldPin); !pinOk)
        return pinOk.error();
    if (!pinPad) {
        if (Status newOk = checkNewPin(token.value(), newPin); !newOk)
            return newOk.error();
    }
    // C_SetPIN needs a read/write session.
    Result<Session> session = Session::open(d->functions, slotId, true);
    if (!session)
        return session.error();
    auto* oldBytes = pinPad ? nullptr : const_cast<CK_UTF8CHAR*>(oldPin.bytes().data());
    auto* newBytes = pinPad ? nullptr : const_cast<CK_UTF8CHAR*>(newPin.bytes().data());
    qCDebug(lcPkcs11) << "changing the user PIN on slot" << slotId
                      << (pinPad ? "with PIN pad" : "with PINs");
    const CK_RV rv = d->functions->C_SetPIN(session.value().handle(), oldBytes,
                                            pinPad ? 0 : CK_ULONG(oldPin.size()), newBytes,
                                            pinPad ? 0 : CK_ULONG(newPin.size()));
    if (rv == CKR_OK)
        return {};
    // For C_SetPIN these codes are about the new PIN.
    if (rv == CKR_PIN_INVALID || rv == CKR_PIN_LEN_RANGE || rv == CKR_PIN_TOO_WEAK)
        return Error(ErrorCode::NewPinRejected, ckrDetail(rv, QStringLiteral("C_SetPIN")));
    return errorFromCkr(rv, QStringLiteral("C_SetPIN"));
}

namespace {

// C_Login(CKU_SO) with the PUK: what its return values mean for the person.
Error soLoginError(CK_RV rv)
{
    const QString operation = QStringLiteral("C_Login(CKU_SO)");
    switch (rv) {
    case CKR_PIN_INCORRECT:
        return Error(ErrorCode::PukIncorrect, ckrDetail(rv, operation));
    case CKR_PIN_LOCKED:
        return Error(ErrorCode::PukBlocked, ckrDetail(rv, operation));
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        return Error(ErrorCode::PukFormatInvalid, ckrDetail(rv, operation));
    // No security officer on this token, or the module does not let one in.
    case CKR_FUNCTION_NOT_SUPPORTED:
    case CKR_USER_TYPE_INVALID:
    case CKR_USER_PIN_NOT_INITIALIZED:
        return Error(ErrorCode::PinUnblockNotSupported, ckrDetail(rv, operation));
    default:
        return errorFromCkr(rv, operation);
    }
}

// C_InitPIN after the security officer's login.
Error initPinError(CK_RV rv)
{
    const QString operation = QStringLiteral("C_InitPIN");
    switch (rv) {
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
    case CKR_PIN_TOO_WEAK:
        return Error(ErrorCode::NewPinRejected, ckrDetail(rv, operation));
    // The module took the login but has no way to set the user PIN from it.
    case CKR_FUNCTION_NOT_SUPPORTED:
    case CKR_USER_NOT_LOGGED_IN:
    case CKR_USER_TYPE_INVALID:
        return Error(ErrorCode::PinUnblockNotSupported, ckrDetail(rv, operation));
    default:
        return errorFromCkr(rv, operation);
    }
}

// Logs the security officer out when the unblocking ends, however it ends.
class SoLogin
{
public:
    SoLogin(CK_FUNCTION_LIST* functions, CK_SESSION_HANDLE session)
        : m_functions(functions), m_session(session)
    {}
    ~SoLogin()
    {
        const CK_RV rv = m_functions->C_Logout(m_session);
        if (rv != CKR_OK)
            qCDebug(lcPkcs11) << ckrDetail(rv, QStringLiteral("C_Logout(CKU_SO)"));
    }
    SoLogin(const SoLogin&) = delete;
    SoLogin& operator=(const SoLogin&) = delete;

private:
    CK_FUNCTION_LIST* m_functions;
    CK_SESSION_HANDLE m_session;
};

} // namespace

Status Module::unblockPin(unsigned long slotId, const SecretBuffer& puk, const SecretBuffer& newPin)
{
    if (!d->functions->C_InitPIN)
        return Error(ErrorCode::PinUnblockNotSupported,
                     d->info.path + QStringLiteral(": the function list has no C_InitPIN"));
    Result<TokenInfo> token = tokenInfo(slotId);
    if (!token)
        return token.error();
    CK_TOKEN_INFO flags{};
    if (d->functions->C_GetTokenInfo(slotId, &flags) == CKR_OK && (flags.flags & CKF_SO_PIN_LOCKED))
        return Error(ErrorCode::PukBlocked,
                     QStringLiteral("token flags: CKF_SO_PIN_LOCKED (slot %1)").arg(slotId));
    const bool pinPad =
        puk.isEmpty() && newPin.isEmpty() && token.value().protectedAuthenticationPath;
    if (!pinPad) {
        if (puk.isEmpty())
            return Error(ErrorCode::PukFormatInvalid,
                         QStringLiteral("no PUK given and the token has no PIN pad"));
        if (Status newOk = checkNewPin(token.value(), newPin); !newOk)
            return newOk.error();
    }
    // The security officer can only log in to a read/write session.
    Result<Session> session = Session::open(d->functions, slotId, true);
    if (!session)
        return session.error();
    const CK_SESSION_HANDLE handle = session.value().handle();
    qCDebug(lcPkcs11) << "unblocking the user PIN on slot" << slotId
                      << (pinPad ? "with PIN pad" : "with PUK and new PIN");
    // The module only reads the PUK and the PIN; the API's pointers are not const.
    auto* pukBytes = pinPad ? nullptr : const_cast<CK_UTF8CHAR*>(puk.bytes().data());
    CK_RV rv = d->functions->C_Login(handle, CKU_SO, pukBytes, pinPad ? 0 : CK_ULONG(puk.size()));
    if (rv != CKR_OK) {
        Error error = soLoginError(rv);
        // OpenSC 0.23 answers CKR_GENERAL_ERROR when the card refuses to verify its PUK
        // (a PIV card: VERIFY of key reference 81 -> 6A88): no unblocking through this
        // module, unless the token went away meanwhile.
        if (rv == CKR_GENERAL_ERROR) {
            const Result<TokenInfo> still = tokenInfo(slotId);
            error = still ? Error(ErrorCode::PinUnblockNotSupported,
                                  ckrDetail(rv, QStringLiteral("C_Login(CKU_SO)")))
                          : still.error();
        }
        qCInfo(lcPkcs11) << "security officer login failed" << error;
        return error;
    }
    const SoLogin loggedIn(d->functions, handle);
    auto* newBytes = pinPad ? nullptr : const_cast<CK_UTF8CHAR*>(newPin.bytes().data());
    rv = d->functions->C_InitPIN(handle, newBytes, pinPad ? 0 : CK_ULONG(newPin.size()));
    if (rv != CKR_OK) {
        Error error = initPinError(rv);
        qCInfo(lcPkcs11) << "setting the user PIN failed" << error;
        return error;
    }
    qCInfo(lcPkcs11) << "user PIN unblocked on slot" << slotId;
    return {};
}

} // namespace guichet::pkcs11
