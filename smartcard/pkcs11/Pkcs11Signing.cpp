#include "Pkcs11Signing.h"

#include "ErrorCodes.h"

namespace guichet::pkcs11 {

namespace {

// DER of DigestInfo up to the digest: SEQUENCE, AlgorithmIdentifier with the hash
// OID (2.16.840.1.101.3.4.2.x) and NULL parameters, then the OCTET STRING header.
constexpr char sha256Prefix[] = "\x30\x31\x30\x0d\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02\x01"
                                "\x05\x00\x04\x20";
constexpr char sha384Prefix[] = "\x30\x41\x30\x0d\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02\x02"
                                "\x05\x00\x04\x30";
constexpr char sha512Prefix[] = "\x30\x51\x30\x0d\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02\x03"
                                "\x05\x00\x04\x40";
constexpr qsizetype prefixLength = sizeof(sha256Prefix) - 1;
static_assert(sizeof(sha384Prefix) - 1 == prefixLength && sizeof(sha512Prefix) - 1 == prefixLength);

QByteArray digestInfoPrefix(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return QByteArray::fromRawData(sha256Prefix, prefixLength);
    case HashAlgorithm::Sha384:
        return QByteArray::fromRawData(sha384Prefix, prefixLength);
    case HashAlgorithm::Sha512:
        return QByteArray::fromRawData(sha512Prefix, prefixLength);
    }
    return {};
}

CK_MECHANISM_TYPE hashMechanism(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return CKM_SHA256;
    case HashAlgorithm::Sha384:
        return CKM_SHA384;
    case HashAlgorithm::Sha512:
        return CKM_SHA512;
    }
    return CKM_SHA256;
}

CK_RSA_PKCS_MGF_TYPE mgf1(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return CKG_MGF1_SHA256;
    case HashAlgorithm::Sha384:
        return CKG_MGF1_SHA384;
    case HashAlgorithm::Sha512:
        return CKG_MGF1_SHA512;
    }
    return CKG_MGF1_SHA256;
}

} // namespace

int digestLength(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha384:
        return 48;
    case HashAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

QString hashName(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256:
        return QStringLiteral("SHA-256");
    case HashAlgorithm::Sha384:
        return QStringLiteral("SHA-384");
    case HashAlgorithm::Sha512:
        return QStringLiteral("SHA-512");
    }
    return QStringLiteral("?");
}

QString schemeName(SignatureScheme scheme)
{
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        return QStringLiteral("RSA PKCS#1 v1.5");
    case SignatureScheme::RsaPss:
        return QStringLiteral("RSA-PSS");
    case SignatureScheme::Ecdsa:
        return QStringLiteral("ECDSA");
    }
    return QStringLiteral("?");
}

Status checkDigest(HashAlgorithm hash, const QByteArray& digest)
{
    if (digest.size() == digestLength(hash))
        return {};
    return Error(ErrorCode::DigestInvalid, QStringLiteral("%1 digest of %2 bytes, expected %3")
                                               .arg(hashName(hash))
                                               .arg(digest.size())
                                               .arg(digestLength(hash)));
}

QByteArray digestInfo(HashAlgorithm hash, const QByteArray& digest)
{
    return digestInfoPrefix(hash) + digest;
}

Result<SignMechanism> SignMechanism::make(SignatureScheme scheme, HashAlgorithm hash,
                                          KeyType keyType)
{
    const bool rsaScheme = scheme != SignatureScheme::Ecdsa;
    if (rsaScheme != (keyType == KeyType::Rsa))
        return Error(ErrorCode::MechanismNotSupported,
                     QStringLiteral("%1 with an %2 key")
                         .arg(schemeName(scheme), keyType == KeyType::Rsa ? QStringLiteral("RSA")
                                                                          : QStringLiteral("EC")));
    SignMechanism mechanism;
    mechanism.m_scheme = scheme;
    mechanism.m_hash = hash;
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        mechanism.m_type = CKM_RSA_PKCS;
        break;
    case SignatureScheme::RsaPss:
        mechanism.m_type = CKM_RSA_PKCS_PSS;
        // Salt as long as the hash, MGF1 with the same hash: what PAdES/CAdES verifiers expect.
        mechanism.m_pss.hashAlg = hashMechanism(hash);
        mechanism.m_pss.mgf = mgf1(hash);
        mechanism.m_pss.sLen = CK_ULONG(digestLength(hash));
        break;
    case SignatureScheme::Ecdsa:
        mechanism.m_type = CKM_ECDSA;
        break;
    }
    return mechanism;
}

CK_MECHANISM SignMechanism::mechanism()
{
    if (m_type == CKM_RSA_PKCS_PSS)
        return CK_MECHANISM{m_type, &m_pss, sizeof m_pss};
    return CK_MECHANISM{m_type, nullptr, 0};
}

QByteArray SignMechanism::input(const QByteArray& digest) const
{
    return m_scheme == SignatureScheme::RsaPkcs1v15 ? digestInfo(m_hash, digest) : digest;
}

} // namespace guichet::pkcs11
