#pragma once

// Owning pointers for the OpenSSL objects of the PAdES code, so that every early
// return frees what was made before it. Internal to guichet_forms_pdf.
#include <QByteArray>

#include <openssl/cms.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace guichet::forms::pdf {

template <auto FreeFunction>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* object) const
    {
        FreeFunction(object);
    }
};

using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using EssSigningCertV2Ptr =
    std::unique_ptr<ESS_SIGNING_CERT_V2, OpenSslDeleter<ESS_SIGNING_CERT_V2_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeX509Stack>>;

// A certificate from DER; null when the bytes are not exactly one certificate.
inline X509Ptr x509FromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &p, long(der.size())));
    if (certificate && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        certificate.reset();
    return certificate;
}

inline QByteArray derOf(X509* certificate)
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(certificate, &out);
    QByteArray der =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return der;
}

} // namespace guichet::forms::pdf
