#include "CertificateParser.h"

#include "CertificateOpenSsl.h"
#include "CertificatesLogging.h"
#include "ErrorCodes.h"
#include "HolderIdentifiers.h"
#include "QcStatementsReader.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <ctime>
#include <optional>

namespace guichet {
namespace {

QString nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// RFC 2253 text with UTF-8 kept as is (not escaped as \C3\A9).
QString nameText(const X509_NAME* name)
{
    const ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(length));
}

std::optional<QDateTime> toDateTime(const ASN1_TIME* time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return std::nullopt;
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

KeyUsage keyUsageOf(X509* certificate)
{
    KeyUsage usage;
    usage.present = (X509_get_extension_flags(certificate) & EXFLAG_KUSAGE) != 0;
    if (!usage.present)
        return usage;
    const uint32_t bits = X509_get_key_usage(certificate);
    usage.digitalSignature = bits & KU_DIGITAL_SIGNATURE;
    usage.nonRepudiation = bits & KU_NON_REPUDIATION;
    usage.keyEncipherment = bits & KU_KEY_ENCIPHERMENT;
    usage.dataEncipherment = bits & KU_DATA_ENCIPHERMENT;
    usage.keyAgreement = bits & KU_KEY_AGREEMENT;
    usage.keyCertSign = bits & KU_KEY_CERT_SIGN;
    usage.cRLSign = bits & KU_CRL_SIGN;
    return usage;
}

QStringList extendedKeyUsagesOf(const X509* certificate)
{
    using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, ossl::Deleter<EXTENDED_KEY_USAGE_free>>;
    const EkuPtr usages(static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr)));
    QStringList oids;
    for (int i = 0; usages && i < sk_ASN1_OBJECT_num(usages.get()); ++i)
        oids << ossl::oidText(sk_ASN1_OBJECT_value(usages.get(), i));
    return oids;
}

// A signature (non-repudiation) key signs documents even when it may also
// authenticate; a digitalSignature-only key is for logging in.
CertificateRole roleOf(const KeyUsage& usage)
{
    if (usage.nonRepudiation)
        return CertificateRole::Signature;
    if (usage.digitalSignature)
        return CertificateRole::Authentication;
    return CertificateRole::Other;
}

QString curveName(const EVP_PKEY* key)
{
    char group[80] = {};
    std::size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return QStringLiteral("unknown curve");
    const char* nist = EC_curve_nid2nist(OBJ_txt2nid(group));
    return QString::fromLatin1(nist ? nist : group);
}

QString keyAlgorithmOf(const X509* certificate)
{
    const EVP_PKEY* key = X509_get0_pubkey(certificate);
    if (!key)
        return QStringLiteral("unsupported key");
    const int bits = EVP_PKEY_get_bits(key);
    switch (const int type = EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(bits);
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS %1").arg(bits);
    case EVP_PKEY_EC:
        return QStringLiteral("EC ") + curveName(key);
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(OBJ_nid2sn(type))).arg(bits);
    }
}

QByteArray sha256Of(const X509* certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

QString serialHexOf(const X509* certificate)
{
    std::unique_ptr<BIGNUM, ossl::Deleter<BN_free>> number(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    if (!number)
        return {};
    char* hex = BN_bn2hex(number.get());
    if (!hex)
        return {};
    QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return text;
}

void readNames(const X509* certificate, CertificateInfo& info)
{
    const X509_NAME* subject = X509_get_subject_name(certificate);
    const X509_NAME* issuer = X509_get_issuer_name(certificate);
    info.givenName = nameEntry(subject, NID_givenName);
    info.surname = nameEntry(subject, NID_surname);
    info.holderName = nameEntry(subject, NID_commonName);
    if (info.holderName.isEmpty())
        info.holderName = QStringList{info.givenName, info.surname}.join(u' ').trimmed();
    info.organisation = nameEntry(subject, NID_organizationName);
    info.serialNumberAttribute = nameEntry(subject, NID_serialNumber);
    info.subjectDn = nameText(subject);
    info.issuerDn = nameText(issuer);
    info.issuerCommonName = nameEntry(issuer, NID_commonName);
    info.issuerOrganisation = nameEntry(issuer, NID_organizationName);

    const HolderIdentifiers ids = holderIdentifiers(info.serialNumberAttribute,
                                                    info.issuerOrganisation, info.issuerCommonName);
    info.nationalNumber = ids.nationalNumber;
    info.luxTrustSsn = ids.luxTrustSsn;
}

} // namespace

Result<CertificateInfo> parseCertificate(const QByteArray& der)
{
    QString reason;
    const ossl::X509Ptr certificate = ossl::readDer(der, &reason);
    if (!certificate)
        return Error(ErrorCode::CertificateUnreadable, reason);
    // Also decodes the standard extensions; a malformed one (key usage, basic
    // constraints, ...) makes every answer about the certificate doubtful.
    if (X509_get_extension_flags(certificate.get()) & EXFLAG_INVALID)
        return Error(ErrorCode::CertificateUnreadable,
                     QStringLiteral("invalid extensions: ") + ossl::takeErrors());

    const auto notBefore = toDateTime(X509_get0_notBefore(certificate.get()));
    const auto notAfter = toDateTime(X509_get0_notAfter(certificate.get()));
    if (!notBefore || !notAfter)
        return Error(ErrorCode::CertificateUnreadable, QStringLiteral("unreadable validity dates"));

    CertificateInfo info;
    info.der = der;
    readNames(certificate.get(), info);
    info.notBefore = *notBefore;
    info.notAfter = *notAfter;
    info.keyUsage = keyUsageOf(certificate.get());
    info.extendedKeyUsages = extendedKeyUsagesOf(certificate.get());
    info.role = roleOf(info.keyUsage);
    info.qcStatements = readQcStatements(certificate.get());
    info.keyAlgorithm = keyAlgorithmOf(certificate.get());
    info.sha256Fingerprint = sha256Of(certificate.get());
    info.serialNumberHex = serialHexOf(certificate.get());
    // Extension decoding above may leave harmless entries; keep the queue clean for
    // the next caller on this thread.
    ERR_clear_error();
    qCDebug(lcCertificates) << "read certificate" << info.serialNumberHex << "from"
                            << info.issuerCommonName << info.keyAlgorithm;
    return info;
}

} // namespace guichet
