#pragma once

// The CMS inside a PAdES baseline B-B signature (ETSI EN 319 142-1 / EN 319 122-1):
// SignedData, detached, SHA-256, signed attributes contentType, messageDigest and
// signing-certificate-v2, and no signingTime (PAdES takes the claimed time from the
// signature dictionary's /M).
#include "Result.h"
#include "Signer.h"

#include <QByteArray>
#include <QList>

namespace guichet::forms::pdf {

// DER of the CMS ContentInfo for a document whose SHA-256 is `documentDigest`. The
// signer is asked exactly once (one PIN entry); its errors come back unchanged.
// `extraCertificates` (DER) are added to the CMS certificates after the signer's.
[[nodiscard]] Result<QByteArray> makeCadesSignature(const QByteArray& documentDigest,
                                                    Signer& signer,
                                                    const QList<QByteArray>& extraCertificates);

} // namespace guichet::forms::pdf
