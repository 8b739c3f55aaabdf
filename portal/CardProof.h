#pragma once

#include "Signer.h"

#include <QByteArray>

namespace guichet {

// Checks that a signature over a digest was made with the key of a certificate: the
// proof that the card (and its PIN) is here, when no portal can ask for one. ECDSA
// signatures are DER, as cards give them; RSA ones PKCS#1 v1.5 or PSS.
[[nodiscard]] bool signatureMatchesCertificate(const QByteArray& certificateDer,
                                               SignatureAlgorithm algorithm,
                                               const QByteArray& sha256Digest,
                                               const QByteArray& signature);

} // namespace guichet
