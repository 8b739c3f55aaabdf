#pragma once

#include "PadesOptions.h"
#include "Result.h"
#include "Signer.h"

#include <QByteArray>

namespace guichet::forms {

// Signs a PDF as PAdES baseline B-B (ETSI EN 319 142-1): an invisible signature
// field on page 1 whose value is a CAdES detached CMS over the whole file except the
// signature itself. The signature is appended as an incremental update, so the bytes
// of `pdf` (and any signature they already carry) stay untouched.
//
// Calls signer.signDigest exactly once (one PIN entry); blocks until the card has
// answered, so never call it on the GUI thread. Errors: PdfSigningFailed (SIGN-003)
// for a PDF that cannot be signed or a CMS larger than the reserved space, or the
// signer's own error (PIN cancelled, card removed, ...) unchanged.
[[nodiscard]] Result<QByteArray> signPdf(const QByteArray& pdf, Signer& signer,
                                         const PadesOptions& options);

} // namespace guichet::forms
