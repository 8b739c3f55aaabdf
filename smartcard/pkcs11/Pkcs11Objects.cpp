#include "Pkcs11Objects.h"

#include "ErrorCodes.h"
#include "Pkcs11Attributes.h"
#include "Pkcs11Errors.h"
#include "Pkcs11KeyFacts.h"
#include "Pkcs11Logging.h"
#include "Pkcs11Session.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace guichet::pkcs11 {

namespace {

std::optional<KeyType> keyTypeOf(CK_KEY_TYPE type)
{
    switch (type) {
    case CKK_RSA:
        return KeyType::Rsa;
    case CKK_EC:
        return KeyType::Ec;
    default:
        return std::nullopt;
    }
}

struct FoundKey
{
    QByteArray id;
    QString label;
    KeyType keyType = KeyType::Rsa;
    int bits = 0;
    bool alwaysAuthenticate = false;
    bool canSign = true;
};

struct FoundCertificate
{
    QByteArray id;
    QString label;
    QByteArray der;
};

Result<QList<FoundKey>> readKeys(const Session& session)
{
    Result<QList<CK_OBJECT_HANDLE>> handles = findObjects(session, CKO_PRIVATE_KEY);
    if (!handles)
        return handles.error();
    QList<FoundKey> keys;
    for (CK_OBJECT_HANDLE handle : handles.value()) {
        Result<AttributeSet> attributes =
            readAttributes(session, handle,
                           {CKA_ID, CKA_LABEL, CKA_KEY_TYPE, CKA_SIGN, CKA_ALWAYS_AUTHENTICATE,
                            CKA_MODULUS_BITS, CKA_MODULUS, CKA_EC_PARAMS});
        if (!attributes)
            return attributes.error();
        const AttributeSet& a = attributes.value();
        const std::optional<KeyType> type = keyTypeOf(a.number(CKA_KEY_TYPE).value_or(~0UL));
        if (!type) {
            qCDebug(lcPkcs11) << "skipping a private key of type"
                              << a.number(CKA_KEY_TYPE).value_or(0);
            continue;
        }
        FoundKey key;
        key.id = a.bytes(CKA_ID).value_or(QByteArray());
        key.label = QString::fromUtf8(a.bytes(CKA_LABEL).value_or(QByteArray()));
        key.keyType = *type;
        key.canSign = a.flag(CKA_SIGN).value_or(true);
        key.alwaysAuthenticate = a.flag(CKA_ALWAYS_AUTHENTICATE).value_or(false);
        if (*type == KeyType::Rsa) {
            key.bits = int(a.number(CKA_MODULUS_BITS).value_or(0));
            if (key.bits == 0)
                key.bits = bigEndianBitLength(a.bytes(CKA_MODULUS).value_or(QByteArray()));
        } else {
            key.bits = ecCurveBits(a.bytes(CKA_EC_PARAMS).value_or(QByteArray())).value_or(0);
        }
        keys.append(std::move(key));
    }
    return keys;
}

Result<QList<FoundCertificate>> readCertificates(const Session& session)
{
    Result<QList<CK_OBJECT_HANDLE>> handles = findObjects(session, CKO_CERTIFICATE);
    if (!handles)
        return handles.error();
    QList<FoundCertificate> certificates;
    for (CK_OBJECT_HANDLE handle : handles.value()) {
        Result<AttributeSet> attributes =
            readAttributes(session, handle, {CKA_CERTIFICATE_TYPE, CKA_ID, CKA_LABEL, CKA_VALUE});
        if (!attributes)
            return attributes.error();
        const AttributeSet& a = attributes.value();
        if (a.number(CKA_CERTIFICATE_TYPE).value_or(CKC_X_509) != CKC_X_509)
            continue;
        certificates.append({a.bytes(CKA_ID).value_or(QByteArray()),
                             QString::fromUtf8(a.bytes(CKA_LABEL).value_or(QByteArray())),
                             a.bytes(CKA_VALUE).value_or(QByteArray())});
    }
    return certificates;
}

} // namespace

Result<QList<CK_OBJECT_HANDLE>> findObjects(const Session& session, CK_OBJECT_CLASS objectClass,
                                            const QByteArray* id)
{
    std::vector<CK_ATTRIBUTE> query{{CKA_CLASS, &objectClass, sizeof objectClass}};
    if (id)
        query.push_back({CKA_ID, const_cast<char*>(id->constData()), CK_ULONG(id->size())});
    CK_FUNCTION_LIST* functions = session.functions();
    CK_RV rv = functions->C_FindObjectsInit(session.handle(), query.data(), CK_ULONG(query.size()));
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_FindObjectsInit"));

    QList<CK_OBJECT_HANDLE> found;
    CK_OBJECT_HANDLE batch[32];
    for (;;) {
        CK_ULONG count = 0;
        rv = functions->C_FindObjects(session.handle(), batch, CK_ULONG(std::size(batch)), &count);
        if (rv != CKR_OK || count == 0 || count > std::size(batch))
            break;
        found.append(QList<CK_OBJECT_HANDLE>(batch, batch + count));
    }
    const CK_RV finalRv = functions->C_FindObjectsFinal(session.handle());
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_FindObjects"));
    if (finalRv != CKR_OK)
        return errorFromCkr(finalRv, QStringLiteral("C_FindObjectsFinal"));
    return found;
}

Result<QList<KeyObject>> discoverKeys(const Session& session)
{
    Result<QList<FoundKey>> keys = readKeys(session);
    if (!keys)
        return keys.error();
    Result<QList<FoundCertificate>> certificates = readCertificates(session);
    if (!certificates)
        return certificates.error();

    QList<KeyObject> result;
    for (const FoundKey& key : keys.value()) {
        KeyObject object;
        object.id = key.id;
        object.label = key.label;
        object.keyType = key.keyType;
        object.keyBits = key.bits;
        object.alwaysAuthenticate = key.alwaysAuthenticate;
        object.canSign = key.canSign;
        object.privateKeyVisible = true;
        for (const FoundCertificate& certificate : certificates.value()) {
            if (certificate.id != key.id)
                continue;
            object.certificateDer = certificate.der;
            if (object.label.isEmpty())
                object.label = certificate.label;
            // The certificate is what the signature is checked against.
            if (const auto facts = certificatePublicKey(certificate.der))
                object.keyBits = facts->bits;
            break;
        }
        result.append(std::move(object));
    }
    for (const FoundCertificate& certificate : certificates.value()) {
        const bool paired = std::any_of(result.cbegin(), result.cend(),
                                        [&](const KeyObject& k) { return k.id == certificate.id; });
        if (paired || isCaCertificate(certificate.der))
            continue;
        const std::optional<PublicKeyFacts> facts = certificatePublicKey(certificate.der);
        if (!facts)
            continue;
        KeyObject object;
        object.id = certificate.id;
        object.label = certificate.label;
        object.certificateDer = certificate.der;
        object.keyType = facts->keyType;
        object.keyBits = facts->bits;
        object.privateKeyVisible = false;
        result.append(std::move(object));
    }
    return result;
}

Result<PrivateKey> findPrivateKey(const Session& session, const QByteArray& id)
{
    Result<QList<CK_OBJECT_HANDLE>> handles = findObjects(session, CKO_PRIVATE_KEY, &id);
    if (!handles)
        return handles.error();
    if (handles.value().isEmpty())
        return Error(
            ErrorCode::KeyNotFound,
            QStringLiteral("no private key with CKA_ID %1").arg(QString::fromLatin1(id.toHex())));
    const CK_OBJECT_HANDLE handle = handles.value().constFirst();
    Result<AttributeSet> attributes =
        readAttributes(session, handle, {CKA_KEY_TYPE, CKA_SIGN, CKA_ALWAYS_AUTHENTICATE});
    if (!attributes)
        return attributes.error();
    const AttributeSet& a = attributes.value();
    const CK_ULONG ckType = a.number(CKA_KEY_TYPE).value_or(~0UL);
    const std::optional<KeyType> type = keyTypeOf(ckType);
    if (!type)
        return Error(ErrorCode::MechanismNotSupported,
                     QStringLiteral("key type 0x%1 is neither RSA nor EC").arg(ckType, 0, 16));
    return PrivateKey{handle, *type, a.flag(CKA_ALWAYS_AUTHENTICATE).value_or(false),
                      a.flag(CKA_SIGN).value_or(true)};
}

std::optional<KeyType> keyTypeBeforeLogin(const Session& session, const QByteArray& id)
{
    for (CK_OBJECT_CLASS objectClass : {CKO_PRIVATE_KEY, CKO_PUBLIC_KEY}) {
        Result<QList<CK_OBJECT_HANDLE>> handles = findObjects(session, objectClass, &id);
        if (!handles || handles.value().isEmpty())
            continue;
        Result<AttributeSet> attributes =
            readAttributes(session, handles.value().constFirst(), {CKA_KEY_TYPE});
        if (attributes)
            if (const auto type = keyTypeOf(attributes.value().number(CKA_KEY_TYPE).value_or(~0UL)))
                return type;
    }
    Result<QList<CK_OBJECT_HANDLE>> certificates = findObjects(session, CKO_CERTIFICATE, &id);
    if (!certificates || certificates.value().isEmpty())
        return std::nullopt;
    Result<AttributeSet> attributes =
        readAttributes(session, certificates.value().constFirst(), {CKA_VALUE});
    if (!attributes)
        return std::nullopt;
    if (const auto facts =
            certificatePublicKey(attributes.value().bytes(CKA_VALUE).value_or(QByteArray())))
        return facts->keyType;
    return std::nullopt;
}

} // namespace guichet::pkcs11
