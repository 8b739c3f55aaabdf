#pragma once

// The CMS side of a PAdES check: the CAdES detached SignedData over a document digest.
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace guichet::forms::pdf {

struct CadesSigner
{
    QByteArray certificate;              // DER of the signer's certificate
    QList<QByteArray> otherCertificates; // DER, in CMS order
};

// Checks `cmsDer` (trailing zero padding allowed) signs `documentDigest` (SHA-256):
// detached id-data SignedData with one SignerInfo, SHA-256, contentType and
// messageDigest matching, no signingTime, signing-certificate-v2 naming the signer's
// certificate, and the signature verifying with that certificate's key. Errors are
// SignatureInvalid with what failed.
[[nodiscard]] Result<CadesSigner> verifyCadesSignature(const QByteArray& cmsDer,
                                                       const QByteArray& documentDigest);

} // namespace guichet::forms::pdf
