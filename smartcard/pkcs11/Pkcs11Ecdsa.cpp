#include "Pkcs11Ecdsa.h"

#include "ErrorCodes.h"

#include <openssl/bn.h>
#include <openssl/ec.h>

#include <memory>

namespace guichet::pkcs11 {

namespace {

struct SigFree
{
    void operator()(ECDSA_SIG* signature) const { ECDSA_SIG_free(signature); }
};
using SigPtr = std::unique_ptr<ECDSA_SIG, SigFree>;

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

} // namespace

Result<QByteArray> ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0 || raw.size() > 2 * 66)
        return Error(ErrorCode::TokenError,
                     QStringLiteral("ECDSA signature of %1 bytes is not r||s").arg(raw.size()));
    const int half = int(raw.size() / 2);
    SigPtr signature(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(bytesOf(raw), half, nullptr);
    BIGNUM* s = BN_bin2bn(bytesOf(raw) + half, half, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return Error(ErrorCode::TokenError, QStringLiteral("ECDSA_SIG_set0 failed"));
    }
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return Error(ErrorCode::TokenError, QStringLiteral("i2d_ECDSA_SIG failed"));
    QByteArray der(length, '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_ECDSA_SIG(signature.get(), &out);
    return der;
}

Result<QByteArray> ecdsaDerToRaw(const QByteArray& der, int fieldBytes)
{
    if (fieldBytes <= 0 || fieldBytes > 66)
        return Error(ErrorCode::TokenError, QStringLiteral("no curve of %1 bytes").arg(fieldBytes));
    const unsigned char* in = bytesOf(der);
    SigPtr signature(d2i_ECDSA_SIG(nullptr, &in, long(der.size())));
    if (!signature || in != bytesOf(der) + der.size())
        return Error(ErrorCode::TokenError, QStringLiteral("ECDSA signature is not DER"));
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(2 * fieldBytes, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
        return Error(ErrorCode::TokenError,
                     QStringLiteral("ECDSA signature does not fit %1-byte halves").arg(fieldBytes));
    return raw;
}

} // namespace guichet::pkcs11
