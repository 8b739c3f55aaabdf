#pragma once

#include "CertificateInfo.h"
#include "Result.h"

#include <QByteArray>

namespace guichet {

// Reads one DER certificate (nothing before or after it). Garbage, truncated or
// padded input gives CertificateUnreadable with OpenSSL's reason as the detail.
[[nodiscard]] Result<CertificateInfo> parseCertificate(const QByteArray& der);

} // namespace guichet
