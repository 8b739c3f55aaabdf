#include "FieldCipher.h"

#include "Aes256Gcm.h"
#include "ErrorCodes.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace guichet {
namespace {

QByteArray associatedData(QByteArrayView place)
{
    QByteArray data;
    data.reserve(1 + place.size());
    data.append(static_cast<char>(FieldCipher::FormatVersion));
    data.append(place);
    return data;
}

} // namespace

Result<std::shared_ptr<const FieldCipher>> FieldCipher::derive(std::span<const unsigned char> key,
                                                               QByteArrayView purpose)
{
    if (key.size() != aes256gcm::KeySize)
        return Error(ErrorCode::StoreSealFailed, QStringLiteral("identity key is not 32 bytes"));
    SecretBuffer derived(aes256gcm::KeySize);
    for (int i = 0; i < aes256gcm::KeySize; ++i)
        derived.append(0);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = aes256gcm::KeySize;
    const bool ok =
        context && EVP_PKEY_derive_init(context.get()) == 1 &&
        EVP_PKEY_CTX_set_hkdf_md(context.get(), EVP_sha256()) == 1 &&
        EVP_PKEY_CTX_set1_hkdf_key(context.get(), key.data(), static_cast<int>(key.size())) == 1 &&
        EVP_PKEY_CTX_add1_hkdf_info(context.get(),
                                    reinterpret_cast<const unsigned char*>(purpose.data()),
                                    static_cast<int>(purpose.size())) == 1 &&
        EVP_PKEY_derive(context.get(), const_cast<unsigned char*>(derived.bytes().data()),
                        &length) == 1 &&
        length == aes256gcm::KeySize;
    if (!ok)
        return Error(ErrorCode::StoreSealFailed, QStringLiteral("HKDF-SHA256 failed"));
    return std::shared_ptr<const FieldCipher>(new FieldCipher(std::move(derived)));
}

Result<QByteArray> FieldCipher::seal(QByteArrayView plaintext, QByteArrayView place) const
{
    QByteArray out;
    out.reserve(Overhead + plaintext.size());
    out.append(static_cast<char>(FormatVersion));
    if (!aes256gcm::seal(m_key.bytes(), associatedData(place), plaintext, out))
        return Error(ErrorCode::StoreSealFailed,
                     QStringLiteral("AES-256-GCM failed for %1").arg(QString::fromUtf8(place)));
    return out;
}

Result<QByteArray> FieldCipher::open(QByteArrayView sealed, QByteArrayView place) const
{
    QByteArray plaintext;
    if (!looksSealed(sealed) ||
        !aes256gcm::open(m_key.bytes(), associatedData(place), sealed.sliced(1), plaintext))
        return Error(ErrorCode::StoreUnsealFailed,
                     QStringLiteral("%1 does not authenticate (another key, or altered)")
                         .arg(QString::fromUtf8(place)));
    return plaintext;
}

bool FieldCipher::looksSealed(QByteArrayView bytes)
{
    return bytes.size() >= Overhead && static_cast<unsigned char>(bytes.front()) == FormatVersion;
}

} // namespace guichet
