#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::forms {

// What the check of a PDF's last signature found.
struct PadesCheck
{
    QByteArray signerCertificate;        // DER
    QList<QByteArray> otherCertificates; // the CMS's other certificates: chain candidates
    QDateTime signingTime;               // the claimed time, from /M (UTC); invalid if absent
    QString signerName;                  // /Name, if any
    QString reason;                      // /Reason, if any
    int signatureCount = 0;              // signed signature fields in the document
};

// Checks the document's last signature as PAdES baseline B-B: the /ByteRange covers
// the whole file except exactly the /Contents hex string; /SubFilter is
// ETSI.CAdES.detached; the CMS is detached SignedData with one signer whose
// messageDigest is the SHA-256 of the covered bytes, whose signature verifies with
// the embedded certificate's key, and whose signing-certificate-v2 names that
// certificate. Fails with SignatureInvalid (SIGN-004) and a precise detail.
//
// Does NOT check that the certificate chains to a trusted root, nor who the signer
// is: the caller does, with its own trust store and at the time it chooses.
[[nodiscard]] Result<PadesCheck> verifyPdf(const QByteArray& pdf);

} // namespace guichet::forms
