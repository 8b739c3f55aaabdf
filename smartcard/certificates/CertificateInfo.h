#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace guichet {

// What a certificate's key is for. A card holds one of each: the signature key
// (non-repudiation) signs documents, the authentication key logs the holder in.
enum class CertificateRole
{
    Authentication,
    Signature,
    Other
};

enum class Validity
{
    Valid,
    NotYetValid,
    Expired
};

// RFC 5280 keyUsage bits.
struct KeyUsage
{
    bool present = false; // false: the extension is absent and every bit below is false
    bool digitalSignature = false;
    bool nonRepudiation = false;
    bool keyEncipherment = false;
    bool dataEncipherment = false;
    bool keyAgreement = false;
    bool keyCertSign = false;
    bool cRLSign = false;
};

// ETSI EN 319 412-5 statements of the qcStatements extension (1.3.6.1.5.5.7.1.3).
struct QcStatements
{
    bool present = false;     // the extension exists
    bool wellFormed = true;   // false: present but not decodable; nothing below is claimed
    bool compliance = false;  // QcCompliance: an EU qualified certificate
    bool sscd = false;        // QcSSCD: the key is in a qualified signature creation device
    QStringList types;        // QcType OIDs, e.g. 0.4.0.1862.1.6.1 (esign)
    QStringList statementIds; // every statement's OID, in certificate order
};

namespace QcOid {
inline constexpr char Statements[] = "1.3.6.1.5.5.7.1.3";
inline constexpr char Compliance[] = "0.4.0.1862.1.1";
inline constexpr char Sscd[] = "0.4.0.1862.1.4";
inline constexpr char Type[] = "0.4.0.1862.1.6";
inline constexpr char TypeESign[] = "0.4.0.1862.1.6.1";
inline constexpr char TypeESeal[] = "0.4.0.1862.1.6.2";
inline constexpr char TypeWeb[] = "0.4.0.1862.1.6.3";
} // namespace QcOid

// What the application needs to know about a certificate, read once from its DER.
struct CertificateInfo
{
    QByteArray der;

    QString holderName; // subject CN, or given name and surname
    QString givenName;
    QString surname;
    QString organisation;
    QString serialNumberAttribute; // the subject's serialNumber attribute, as written
    QString nationalNumber;        // 13-digit Luxembourg matricule, or empty
    QString luxTrustSsn;           // LuxTrust's Single Serial Number, or empty

    QString subjectDn; // RFC 2253 text
    QString issuerDn;
    QString issuerCommonName;
    QString issuerOrganisation;

    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC

    KeyUsage keyUsage;
    QStringList extendedKeyUsages; // dotted OIDs
    CertificateRole role = CertificateRole::Other;
    QcStatements qcStatements;

    QString keyAlgorithm;         // "RSA 2048", "EC P-256", ...
    QByteArray sha256Fingerprint; // 32 raw bytes
    QString serialNumberHex;      // the certificate's serial, upper-case hex
};

} // namespace guichet
