#pragma once

// Internal to the certificates area: owning pointers for the OpenSSL objects it
// uses and the conversions every file needs. Not for other rooms' headers.

#include <QByteArray>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace guichet::ossl {

template <auto FreeFunction>
struct Deleter
{
    template <typename T>
    void operator()(T* object) const
    {
        FreeFunction(object);
    }
};

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT_free>>;

// Empties OpenSSL's error queue of this thread into one line ("; "-separated).
[[nodiscard]] QString takeErrors();

// One DER certificate with nothing after it; nullptr and the reason otherwise.
[[nodiscard]] X509Ptr readDer(const QByteArray& der, QString* reason);

// The certificate re-encoded as DER (empty on failure).
[[nodiscard]] QByteArray toDer(const X509* certificate);

// Dotted form of an OID ("1.3.6.1.5.5.7.3.2").
[[nodiscard]] QString oidText(const ASN1_OBJECT* object);

} // namespace guichet::ossl
