#pragma once

#include <QByteArray>

namespace guichet {

// The portal's token request carries ECDSA signatures as raw r||s (as JWS does);
// cards and OpenSSL give DER. Converts a DER ECDSA-Sig-Value for the key of the
// given certificate into r||s padded to the curve size; empty on bad input.
[[nodiscard]] QByteArray ecdsaDerToRaw(const QByteArray& der, const QByteArray& certificateDer);

} // namespace guichet
