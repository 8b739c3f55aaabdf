// One PIV key slot: a private key (RSA or EC, from a PEM file) and its certificate.
// Does the card-side private-key operation OpenSC expects from a PIV card.
#pragma once

#include "Bytes.h"

#include <memory>
#include <optional>
#include <string>

struct evp_pkey_st;

namespace vcard {

class PivKey
{
public:
    // Loads KEY_PEM and CERT_DER; on failure returns nothing and explains in `error`.
    static std::optional<PivKey> load(const std::string& keyPem, const std::string& certDer,
                                      std::string& error);

    // SP 800-78-4 algorithm identifier: 06 RSA-1024, 07 RSA-2048, 05 RSA-3072,
    // 11 ECC P-256, 14 ECC P-384.
    [[nodiscard]] std::uint8_t algorithm() const { return algorithm_; }
    [[nodiscard]] const Bytes& certificate() const { return certificate_; }

    // RSA: the raw private operation on an already padded block of the modulus size.
    // EC: ECDSA over the given hash, answered as a DER ECDSA-Sig-Value.
    [[nodiscard]] std::optional<Bytes> sign(const Bytes& input) const;

private:
    struct Free
    {
        void operator()(evp_pkey_st* key) const;
    };

    std::shared_ptr<evp_pkey_st> key_;
    Bytes certificate_;
    std::uint8_t algorithm_ = 0;
    bool rsa_ = false;
};

} // namespace vcard
