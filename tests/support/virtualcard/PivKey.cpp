#include "PivKey.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstdio>
#include <fstream>
#include <iterator>

namespace vcard {

namespace {

std::optional<Bytes> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string curveName(EVP_PKEY* key)
{
    char name[64] = {};
    std::size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name,
                                       &length) != 1)
        return {};
    return std::string(name, length);
}

std::uint8_t algorithmOf(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        switch (EVP_PKEY_get_bits(key)) {
        case 1024:
            return 0x06;
        case 2048:
            return 0x07;
        case 3072:
            return 0x05;
        default:
            return 0;
        }
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        const std::string curve = curveName(key);
        if (curve == "prime256v1" || curve == "P-256")
            return 0x11;
        if (curve == "secp384r1" || curve == "P-384")
            return 0x14;
    }
    return 0;
}

} // namespace

void PivKey::Free::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

std::optional<PivKey> PivKey::load(const std::string& keyPem, const std::string& certDer,
                                   std::string& error)
{
    FILE* file = std::fopen(keyPem.c_str(), "r");
    if (!file) {
        error = "cannot open " + keyPem;
        return std::nullopt;
    }
    EVP_PKEY* raw = PEM_read_PrivateKey(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    if (!raw) {
        error = "cannot read a private key from " + keyPem;
        return std::nullopt;
    }
    PivKey key;
    key.key_ = std::shared_ptr<evp_pkey_st>(raw, Free{});
    key.algorithm_ = algorithmOf(raw);
    key.rsa_ = EVP_PKEY_is_a(raw, "RSA") == 1;
    if (key.algorithm_ == 0) {
        error = "unsupported key type or size in " + keyPem;
        return std::nullopt;
    }
    std::optional<Bytes> cert = readFile(certDer);
    if (!cert || cert->empty()) {
        error = "cannot read " + certDer;
        return std::nullopt;
    }
    const unsigned char* cursor = cert->data();
    X509* parsed = d2i_X509(nullptr, &cursor, static_cast<long>(cert->size()));
    if (!parsed) {
        error = certDer + " is not a DER certificate";
        return std::nullopt;
    }
    const bool matches = X509_check_private_key(parsed, raw) == 1;
    X509_free(parsed);
    if (!matches) {
        error = certDer + " does not belong to " + keyPem;
        return std::nullopt;
    }
    key.certificate_ = std::move(*cert);
    return key;
}

std::optional<Bytes> PivKey::sign(const Bytes& input) const
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new(key_.get(), nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1)
        return std::nullopt;
    if (rsa_) {
        // The card only exponentiates: OpenSC has already applied PKCS#1 or PSS padding.
        if (input.size() != static_cast<std::size_t>(EVP_PKEY_get_size(key_.get())) ||
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1)
            return std::nullopt;
    }
    std::size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, input.data(), input.size()) != 1)
        return std::nullopt;
    Bytes signature(length);
    if (EVP_PKEY_sign(ctx.get(), signature.data(), &length, input.data(), input.size()) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    signature.resize(length);
    return signature;
}

} // namespace vcard
