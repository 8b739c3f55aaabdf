#pragma once

// Independent checks of signatures made through the application: OpenSSL verifies a
// digest's signature against the public key of a certificate.
#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

// A SHA-256 digest signed with ECDSA (DER) or, with rsa = true, RSA PKCS#1 v1.5.
inline bool verifiesDigest(const QByteArray& certificateDer, const QByteArray& digest,
                           const QByteArray& signature, bool rsa = false)
{
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    X509* cert = d2i_X509(nullptr, &p, long(certificateDer.size()));
    EVP_PKEY_CTX* ctx = cert ? EVP_PKEY_CTX_new(X509_get0_pubkey(cert), nullptr) : nullptr;
    bool ok = ctx && EVP_PKEY_verify_init(ctx) == 1;
    if (ok && rsa)
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 &&
             EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) == 1;
    ok = ok && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char*>(signature.data()),
                               size_t(signature.size()),
                               reinterpret_cast<const unsigned char*>(digest.data()),
                               size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    X509_free(cert);
    return ok;
}
