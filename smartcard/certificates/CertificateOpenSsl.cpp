#include "CertificateOpenSsl.h"

#include <QStringList>

#include <openssl/err.h>
#include <openssl/objects.h>

#include <limits>
#include <string>

namespace guichet::ossl {

QString takeErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        reasons << QString::fromLatin1(text);
    }
    return reasons.isEmpty() ? QStringLiteral("no reason given by OpenSSL")
                             : reasons.join(QLatin1String("; "));
}

X509Ptr readDer(const QByteArray& der, QString* reason)
{
    if (der.isEmpty()) {
        *reason = QStringLiteral("empty input");
        return {};
    }
    if (der.size() > std::numeric_limits<long>::max()) {
        *reason = QStringLiteral("input too large");
        return {};
    }
    ERR_clear_error();
    const auto* start = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* cursor = start;
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!certificate) {
        *reason = takeErrors();
        return {};
    }
    // d2i stops after the first certificate; anything after it means the input is not
    // what the caller thinks it is (two certificates, padding, a truncated copy).
    const auto used = static_cast<qsizetype>(cursor - start);
    if (used != der.size()) {
        *reason =
            QStringLiteral("%1 unexpected bytes after the certificate").arg(der.size() - used);
        return {};
    }
    return certificate;
}

QByteArray toDer(const X509* certificate)
{
    unsigned char* buffer = nullptr;
    const int length = i2d_X509(certificate, &buffer);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

QString oidText(const ASN1_OBJECT* object)
{
    char small[80] = {};
    const int length = OBJ_obj2txt(small, sizeof small, object, 1);
    if (length <= 0)
        return {};
    if (length < static_cast<int>(sizeof small))
        return QString::fromLatin1(small, length);
    std::string large(static_cast<std::size_t>(length) + 1, '\0');
    OBJ_obj2txt(large.data(), length + 1, object, 1);
    return QString::fromLatin1(large.c_str(), length);
}

} // namespace guichet::ossl
