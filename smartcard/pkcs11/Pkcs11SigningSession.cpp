#include "Pkcs11SigningSession.h"

#include "ErrorCodes.h"
#include "Pkcs11Ecdsa.h"
#include "Pkcs11Errors.h"
#include "Pkcs11Logging.h"
#include "Pkcs11Objects.h"
#include "Pkcs11Pin.h"
#include "Pkcs11Session.h"
#include "Pkcs11Signing.h"

namespace guichet::pkcs11 {

namespace {

CK_MECHANISM_TYPE mechanismOf(SignatureScheme scheme)
{
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        return CKM_RSA_PKCS;
    case SignatureScheme::RsaPss:
        return CKM_RSA_PKCS_PSS;
    case SignatureScheme::Ecdsa:
        return CKM_ECDSA;
    }
    return CKM_RSA_PKCS;
}

// Large enough for RSA 4096 and any ECDSA curve, so one C_Sign call is the rule.
constexpr qsizetype initialSignatureBuffer = 512;
constexpr CK_ULONG maxSignatureLength = 64 * 1024;

} // namespace

SigningSession::SigningSession(std::unique_ptr<Session> session, TokenInfo token,
                               QList<unsigned long> mechanisms)
    : m_session(std::move(session)), m_token(std::move(token)), m_mechanisms(std::move(mechanisms))
{}

SigningSession::~SigningSession() = default;

Status SigningSession::checkMechanismListed(unsigned long mechanism) const
{
    if (m_mechanisms.isEmpty() || m_mechanisms.contains(mechanism))
        return {};
    return Error(ErrorCode::MechanismNotSupported,
                 QStringLiteral("mechanism 0x%1 not in C_GetMechanismList of slot %2")
                     .arg(mechanism, 0, 16)
                     .arg(m_token.slotId));
}

Status SigningSession::checkBeforeLogin(const QByteArray& keyId, SignatureScheme scheme,
                                        HashAlgorithm hash) const
{
    if (Status listed = checkMechanismListed(mechanismOf(scheme)); !listed)
        return listed;
    if (const std::optional<KeyType> type = keyTypeBeforeLogin(*m_session, keyId)) {
        Result<SignMechanism> mechanism = SignMechanism::make(scheme, hash, *type);
        if (!mechanism)
            return mechanism.error();
    }
    return {};
}

Status SigningSession::login(const SecretBuffer& pin)
{
    return m_session->login(pin, usesPinPad(m_token, pin));
}

Result<QByteArray> SigningSession::sign(const QByteArray& keyId, SignatureScheme scheme,
                                        HashAlgorithm hash, const QByteArray& digest,
                                        const SecretBuffer& pinForKey, EcdsaEncoding encoding)
{
    if (Status digestOk = checkDigest(hash, digest); !digestOk)
        return digestOk.error();
    Result<PrivateKey> key = findPrivateKey(*m_session, keyId);
    if (!key)
        return key.error();
    if (!key.value().canSign)
        return Error(
            ErrorCode::MechanismNotSupported,
            QStringLiteral("key %1 has CKA_SIGN false").arg(QString::fromLatin1(keyId.toHex())));
    Result<SignMechanism> mechanism = SignMechanism::make(scheme, hash, key.value().keyType);
    if (!mechanism)
        return mechanism.error();
    if (Status listed = checkMechanismListed(mechanism.value().type()); !listed)
        return listed.error();
    const bool alwaysAuthenticate = key.value().alwaysAuthenticate;
    if (alwaysAuthenticate) {
        if (Status pinOk = checkPinBeforeLogin(m_token, pinForKey); !pinOk)
            return pinOk.error();
    }

    qCDebug(lcPkcs11) << "signing with key" << keyId.toHex() << schemeName(scheme) << hashName(hash)
                      << "slot" << m_token.slotId
                      << (alwaysAuthenticate ? "(always authenticate)" : "");
    CK_MECHANISM ckMechanism = mechanism.value().mechanism();
    CK_FUNCTION_LIST* functions = m_session->functions();
    const CK_RV rv = functions->C_SignInit(m_session->handle(), &ckMechanism, key.value().handle);
    if (rv != CKR_OK)
        return errorFromCkr(rv, QStringLiteral("C_SignInit"));
    if (alwaysAuthenticate) {
        // Must come right after C_SignInit: the token ties this login to the operation.
        Status contextLogin =
            m_session->loginContextSpecific(pinForKey, usesPinPad(m_token, pinForKey));
        if (!contextLogin) {
            abandonOperation();
            return contextLogin.error();
        }
        ++m_contextLogins;
    }
    Result<QByteArray> signature = signPrepared(mechanism.value().input(digest));
    if (!signature || scheme != SignatureScheme::Ecdsa || encoding == EcdsaEncoding::Raw)
        return signature;
    return ecdsaRawToDer(signature.value());
}

Result<QByteArray> SigningSession::signPrepared(QByteArray input)
{
    CK_FUNCTION_LIST* functions = m_session->functions();
    QByteArray signature(initialSignatureBuffer, '\0');
    CK_ULONG length = CK_ULONG(signature.size());
    auto* data = reinterpret_cast<CK_BYTE*>(input.data());
    CK_RV rv = functions->C_Sign(m_session->handle(), data, CK_ULONG(input.size()),
                                 reinterpret_cast<CK_BYTE*>(signature.data()), &length);
    if (rv == CKR_BUFFER_TOO_SMALL && length > CK_ULONG(signature.size()) &&
        length <= maxSignatureLength) {
        // The operation stays active after CKR_BUFFER_TOO_SMALL.
        signature.resize(qsizetype(length));
        rv = functions->C_Sign(m_session->handle(), data, CK_ULONG(input.size()),
                               reinterpret_cast<CK_BYTE*>(signature.data()), &length);
    }
    if (rv != CKR_OK) {
        Error error = errorFromCkr(rv, QStringLiteral("C_Sign"));
        qCInfo(lcPkcs11) << "signature failed" << error;
        if (!isTokenGone(rv))
            abandonOperation();
        return error;
    }
    signature.truncate(qsizetype(length));
    return signature;
}

void SigningSession::abandonOperation() noexcept
{
    // Some modules keep a failed signing operation active; a fresh session ends it.
    if (Status restarted = m_session->restart(); !restarted)
        qCDebug(lcPkcs11) << "could not restart the session" << restarted.error();
}

} // namespace guichet::pkcs11
