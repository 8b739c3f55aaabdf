// A fake PKCS#11 module for unit tests: one slot, one token, an EC key (id 01,
// visible without login, like OpenSC shows keys) and an RSA key (id 02), with
// return values and token flags set by the test through FakePkcs11Control.
#include "tst_pkcs11_fakemodule.h"

#include <p11-kit/pkcs11.h>

#include <algorithm>
#include <cstring>
#include <vector>

#define FAKE_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

FakePkcs11Control control;

constexpr CK_OBJECT_HANDLE ecKeyHandle = 100;
constexpr CK_OBJECT_HANDLE rsaKeyHandle = 101;
// DER OID of prime256v1.
constexpr unsigned char p256Params[] = {0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};

bool initialized = false;
CK_SESSION_HANDLE nextSession = 1;
std::vector<CK_OBJECT_HANDLE> found;
bool signActive = false;
bool contextLoggedIn = false;
CK_OBJECT_HANDLE signKey = 0;

void reset()
{
    std::memset(&control, 0, sizeof control);
    control.tokenFlags = CKF_TOKEN_INITIALIZED | CKF_USER_PIN_INITIALIZED | CKF_LOGIN_REQUIRED;
    control.minPinLength = 4;
    control.maxPinLength = 8;
}

void pad(unsigned char* field, std::size_t size, const char* text)
{
    std::memset(field, ' ', size);
    std::memcpy(field, text, std::min(size, std::strlen(text)));
}

CK_RV setValue(CK_ATTRIBUTE& attribute, const void* value, std::size_t size)
{
    if (!attribute.pValue) {
        attribute.ulValueLen = size;
        return CKR_OK;
    }
    if (attribute.ulValueLen < size) {
        attribute.ulValueLen = CK_UNAVAILABLE_INFORMATION;
        return CKR_BUFFER_TOO_SMALL;
    }
    std::memcpy(attribute.pValue, value, size);
    attribute.ulValueLen = size;
    return CKR_OK;
}

CK_RV attributeOf(CK_OBJECT_HANDLE object, CK_ATTRIBUTE& attribute)
{
    const bool ec = object == ecKeyHandle;
    const CK_OBJECT_CLASS objectClass = CKO_PRIVATE_KEY;
    const CK_KEY_TYPE keyType = ec ? CKK_EC : CKK_RSA;
    const unsigned char id = ec ? 0x01 : 0x02;
    const CK_BBOOL yes = CK_TRUE;
    const CK_BBOOL alwaysAuthenticate = ec && control.ecKeyAlwaysAuthenticate ? CK_TRUE : CK_FALSE;
    const char* label = ec ? "EC key" : "RSA key";
    switch (attribute.type) {
    case CKA_CLASS:
        return setValue(attribute, &objectClass, sizeof objectClass);
    case CKA_KEY_TYPE:
        return setValue(attribute, &keyType, sizeof keyType);
    case CKA_ID:
        return setValue(attribute, &id, 1);
    case CKA_LABEL:
        return setValue(attribute, label, std::strlen(label));
    case CKA_SIGN:
        return setValue(attribute, &yes, sizeof yes);
    case CKA_ALWAYS_AUTHENTICATE:
        return setValue(attribute, &alwaysAuthenticate, sizeof alwaysAuthenticate);
    case CKA_EC_PARAMS:
        if (ec)
            return setValue(attribute, p256Params, sizeof p256Params);
        break;
    case CKA_MODULUS:
        if (!ec) {
            unsigned char modulus[256];
            std::memset(modulus, 0xc5, sizeof modulus);
            return setValue(attribute, modulus, sizeof modulus);
        }
        break;
    default:
        break;
    }
    attribute.ulValueLen = CK_UNAVAILABLE_INFORMATION;
    return CKR_ATTRIBUTE_TYPE_INVALID;
}

CK_RV Initialize(void* argument)
{
    ++control.initializeCalls;
    const auto* args = static_cast<const CK_C_INITIALIZE_ARGS*>(argument);
    control.initializeArgsWereNull = args == nullptr;
    if (args) {
        control.initializeFlags = args->flags;
        control.initializeHadMutexCallbacks =
            args->CreateMutex || args->DestroyMutex || args->LockMutex || args->UnlockMutex;
    }
    // CKR_CANT_LOCK: a module that only works without locking.
    const bool cantLockButNoneAsked = control.initializeRv == CKR_CANT_LOCK && !args;
    if (control.initializeRv != CKR_OK && !cantLockButNoneAsked)
        return control.initializeRv;
    if (initialized)
        return CKR_CRYPTOKI_ALREADY_INITIALIZED;
    initialized = true;
    return CKR_OK;
}

CK_RV Finalize(void* /*reserved*/)
{
    ++control.finalizeCalls;
    initialized = false;
    return CKR_OK;
}

CK_RV GetInfo(CK_INFO* info)
{
    std::memset(info, 0, sizeof *info);
    info->cryptokiVersion = {2, 40};
    pad(info->manufacturerID, sizeof info->manufacturerID, "Guichet Tests");
    pad(info->libraryDescription, sizeof info->libraryDescription, "Fake PKCS#11 module");
    info->libraryVersion = {1, 2};
    return CKR_OK;
}

CK_RV GetSlotList(CK_BBOOL /*tokenPresent*/, CK_SLOT_ID* list, CK_ULONG* count)
{
    if (control.getSlotListRv != CKR_OK)
        return control.getSlotListRv;
    if (list) {
        if (*count < 1) {
            *count = 1;
            return CKR_BUFFER_TOO_SMALL;
        }
        list[0] = fakepkcs11::slotId;
    }
    *count = 1;
    return CKR_OK;
}

CK_RV GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO* info)
{
    if (slot != fakepkcs11::slotId)
        return CKR_SLOT_ID_INVALID;
    std::memset(info, 0, sizeof *info);
    pad(info->slotDescription, sizeof info->slotDescription, fakepkcs11::slotDescription);
    pad(info->manufacturerID, sizeof info->manufacturerID, "Guichet Tests");
    info->flags = CKF_TOKEN_PRESENT | CKF_REMOVABLE_DEVICE | CKF_HW_SLOT;
    return CKR_OK;
}

CK_RV GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO* info)
{
    if (slot != fakepkcs11::slotId)
        return CKR_SLOT_ID_INVALID;
    std::memset(info, 0, sizeof *info);
    pad(info->label, sizeof info->label, fakepkcs11::tokenLabel);
    pad(info->manufacturerID, sizeof info->manufacturerID, "Guichet Tests");
    pad(info->model, sizeof info->model, "Fake");
    pad(info->serialNumber, sizeof info->serialNumber, "0001");
    info->flags = control.tokenFlags;
    info->ulMinPinLen = control.minPinLength;
    info->ulMaxPinLen = control.maxPinLength;
    return CKR_OK;
}

CK_RV GetMechanismList(CK_SLOT_ID /*slot*/, CK_MECHANISM_TYPE* list, CK_ULONG* count)
{
    const CK_MECHANISM_TYPE mechanisms[] = {CKM_RSA_PKCS, CKM_ECDSA};
    if (list) {
        if (*count < 2)
            return CKR_BUFFER_TOO_SMALL;
        std::copy(std::begin(mechanisms), std::end(mechanisms), list);
    }
    *count = 2;
    return CKR_OK;
}

CK_RV OpenSession(CK_SLOT_ID slot, CK_FLAGS /*flags*/, void* /*app*/, CK_NOTIFY /*notify*/,
                  CK_SESSION_HANDLE* session)
{
    if (slot != fakepkcs11::slotId)
        return CKR_SLOT_ID_INVALID;
    *session = nextSession++;
    ++control.openSessions;
    return CKR_OK;
}

CK_RV CloseSession(CK_SESSION_HANDLE /*session*/)
{
    --control.openSessions;
    signActive = false;
    return CKR_OK;
}

CK_RV GetSessionInfo(CK_SESSION_HANDLE /*session*/, CK_SESSION_INFO* info)
{
    std::memset(info, 0, sizeof *info);
    info->slotID = fakepkcs11::slotId;
    info->flags = CKF_SERIAL_SESSION;
    return CKR_OK;
}

CK_RV Login(CK_SESSION_HANDLE /*session*/, CK_USER_TYPE user, CK_UTF8CHAR* pin, CK_ULONG length)
{
    control.lastLoginPinWasNull = pin == nullptr;
    control.lastLoginPinLength = length;
    if (user == CKU_CONTEXT_SPECIFIC) {
        ++control.contextLoginCalls;
        if (!signActive)
            return CKR_OPERATION_NOT_INITIALIZED;
        contextLoggedIn = control.contextLoginRv == CKR_OK;
        return control.contextLoginRv;
    }
    ++control.loginCalls;
    return control.loginRv;
}

CK_RV Logout(CK_SESSION_HANDLE /*session*/)
{
    return CKR_OK;
}

CK_RV SetPIN(CK_SESSION_HANDLE /*session*/, CK_UTF8CHAR* oldPin, CK_ULONG /*oldLength*/,
             CK_UTF8CHAR* newPin, CK_ULONG /*newLength*/)
{
    ++control.setPinCalls;
    control.lastSetPinWasNull = oldPin == nullptr && newPin == nullptr;
    return control.setPinRv;
}

CK_RV FindObjectsInit(CK_SESSION_HANDLE /*session*/, CK_ATTRIBUTE* query, CK_ULONG count)
{
    found.clear();
    for (CK_OBJECT_HANDLE object : {ecKeyHandle, rsaKeyHandle}) {
        bool matches = true;
        for (CK_ULONG i = 0; i < count && matches; ++i) {
            unsigned char value[64];
            CK_ATTRIBUTE actual{query[i].type, value, sizeof value};
            matches = attributeOf(object, actual) == CKR_OK &&
                      actual.ulValueLen == query[i].ulValueLen &&
                      std::memcmp(value, query[i].pValue, actual.ulValueLen) == 0;
        }
        if (matches)
            found.push_back(object);
    }
    return CKR_OK;
}

CK_RV FindObjects(CK_SESSION_HANDLE /*session*/, CK_OBJECT_HANDLE* objects, CK_ULONG max,
                  CK_ULONG* count)
{
    *count = 0;
    while (!found.empty() && *count < max) {
        objects[(*count)++] = found.front();
        found.erase(found.begin());
    }
    return CKR_OK;
}

CK_RV FindObjectsFinal(CK_SESSION_HANDLE /*session*/)
{
    found.clear();
    return CKR_OK;
}

CK_RV GetAttributeValue(CK_SESSION_HANDLE /*session*/, CK_OBJECT_HANDLE object,
                        CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    if (object != ecKeyHandle && object != rsaKeyHandle)
        return CKR_OBJECT_HANDLE_INVALID;
    CK_RV result = CKR_OK;
    for (CK_ULONG i = 0; i < count; ++i) {
        const CK_RV rv = attributeOf(object, attributes[i]);
        if (rv != CKR_OK)
            result = rv;
    }
    return result;
}

CK_RV SignInit(CK_SESSION_HANDLE /*session*/, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    ++control.signInitCalls;
    if (signActive)
        return CKR_OPERATION_ACTIVE;
    control.lastSignMechanism = mechanism->mechanism;
    signActive = true;
    contextLoggedIn = false;
    signKey = key;
    return CKR_OK;
}

CK_RV Sign(CK_SESSION_HANDLE /*session*/, CK_BYTE* data, CK_ULONG length, CK_BYTE* signature,
           CK_ULONG* signatureLength)
{
    (void)data;
    ++control.signCalls;
    control.lastSignInputLength = length;
    if (!signActive)
        return CKR_OPERATION_NOT_INITIALIZED;
    const bool ec = signKey == ecKeyHandle;
    const CK_ULONG size = ec ? 64 : 256;
    auto finish = [](CK_RV rv) {
        signActive = false;
        return rv;
    };
    if (control.signRv != CKR_OK)
        return finish(control.signRv);
    if (ec && control.ecKeyAlwaysAuthenticate && !contextLoggedIn)
        return finish(CKR_USER_NOT_LOGGED_IN);
    if (!signature) {
        *signatureLength = size;
        return CKR_OK;
    }
    if (*signatureLength < size) {
        *signatureLength = size;
        return CKR_BUFFER_TOO_SMALL;
    }
    for (CK_ULONG i = 0; i < size; ++i)
        signature[i] = ec ? static_cast<CK_BYTE>(i < 32 ? i + 1 : 0x80 + (i - 32)) : 0x5a;
    *signatureLength = size;
    return finish(CKR_OK);
}

CK_FUNCTION_LIST functionList()
{
    CK_FUNCTION_LIST list;
    std::memset(&list, 0, sizeof list);
    list.version = {2, 40};
    list.C_Initialize = Initialize;
    list.C_Finalize = Finalize;
    list.C_GetInfo = GetInfo;
    list.C_GetSlotList = GetSlotList;
    list.C_GetSlotInfo = GetSlotInfo;
    list.C_GetTokenInfo = GetTokenInfo;
    list.C_GetMechanismList = GetMechanismList;
    list.C_OpenSession = OpenSession;
    list.C_CloseSession = CloseSession;
    list.C_GetSessionInfo = GetSessionInfo;
    list.C_Login = Login;
    list.C_Logout = Logout;
    list.C_SetPIN = SetPIN;
    list.C_FindObjectsInit = FindObjectsInit;
    list.C_FindObjects = FindObjects;
    list.C_FindObjectsFinal = FindObjectsFinal;
    list.C_GetAttributeValue = GetAttributeValue;
    list.C_SignInit = SignInit;
    list.C_Sign = Sign;
    return list;
}

CK_FUNCTION_LIST functions;

struct Defaults
{
    Defaults() { reset(); }
} defaults;

} // namespace

FAKE_EXPORT CK_RV C_GetFunctionList(CK_FUNCTION_LIST** list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    functions = functionList();
    if (control.omitSignFunction)
        functions.C_Sign = nullptr;
    *list = &functions;
    return CKR_OK;
}

FAKE_EXPORT FakePkcs11Control* fake_pkcs11_control(void)
{
    return &control;
}

FAKE_EXPORT void fake_pkcs11_reset(void)
{
    reset();
    initialized = false;
    found.clear();
    signActive = false;
    contextLoggedIn = false;
}
