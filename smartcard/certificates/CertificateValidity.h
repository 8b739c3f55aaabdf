#pragma once

#include "CertificateInfo.h"
#include "Result.h"

#include <QDateTime>

namespace guichet {

[[nodiscard]] Validity validityAt(const CertificateInfo& info, const QDateTime& now);

// Whether the certificate can do the job at `now`, so the application can say so
// before it asks for a PIN: CertificateWrongUse when its role differs from the one
// wanted (Other accepts any role), then CertificateNotYetValid or CertificateExpired.
[[nodiscard]] Status checkUsableFor(const CertificateInfo& info, CertificateRole wanted,
                                    const QDateTime& now);

// "authentication", "signature", "other": for logs and help-desk details.
[[nodiscard]] QString roleName(CertificateRole role);

} // namespace guichet
