#pragma once

#include "OpenSslHandles.h"

#include <QDateTime>

namespace guichet::sim {

// The keys and certificates of the simulated time-stamping authority: a root CA of its
// own and a CA-issued TSA certificate whose only (critical) extended key usage is
// timeStamping, as RFC 3161 section 2.3 requires. Everything is EC P-256 and made in
// memory each time; nothing here is a real trust anchor.
struct TsaCredentials
{
    EvpPkeyPtr caKey;
    X509Ptr caCertificate;
    EvpPkeyPtr tsaKey;
    X509Ptr tsaCertificate;

    // Both certificates are valid from notBefore to notAfter. Throws std::runtime_error
    // if OpenSSL cannot make them (which means OpenSSL itself is broken).
    [[nodiscard]] static TsaCredentials make(const QDateTime& notBefore, const QDateTime& notAfter);
};

} // namespace guichet::sim
