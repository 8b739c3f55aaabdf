#pragma once

#include "Result.h"

#include <QByteArray>

namespace guichet::pkcs11 {

// CKM_ECDSA returns r||s (two big-endian halves of equal length); CMS and X.509
// want DER SEQUENCE { INTEGER r, INTEGER s }. TokenError on malformed input.
[[nodiscard]] Result<QByteArray> ecdsaRawToDer(const QByteArray& raw);

// The reverse, each half padded to fieldBytes (32 for P-256, 48 for P-384, 66 for P-521).
[[nodiscard]] Result<QByteArray> ecdsaDerToRaw(const QByteArray& der, int fieldBytes);

} // namespace guichet::pkcs11
