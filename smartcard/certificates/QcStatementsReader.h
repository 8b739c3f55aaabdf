#pragma once

// Internal to the certificates area.

#include "CertificateInfo.h"

#include <openssl/x509.h>

namespace guichet {

// Decodes the qcStatements extension as DER (a SEQUENCE OF QCStatement, each a
// SEQUENCE { statementId OID, statementInfo ANY OPTIONAL }) rather than searching
// its bytes, so an OID inside another statement's data is never mistaken for a claim.
[[nodiscard]] QcStatements readQcStatements(const X509* certificate);

} // namespace guichet
