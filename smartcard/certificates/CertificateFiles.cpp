#include "CertificateFiles.h"

#include "CertificateOpenSsl.h"

#include <QFile>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace guichet {
namespace {

// Trust bundles are a few hundred kilobytes; anything far larger is not one.
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

CertificateFileContent readPem(const QByteArray& data)
{
    CertificateFileContent content;
    ERR_clear_error();
    const ossl::BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    if (!bio) {
        content.problem = ossl::takeErrors();
        return content;
    }
    QStringList problems;
    for (;;) {
        const auto before = BIO_pending(bio.get());
        const ossl::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (certificate) {
            content.certificates << ossl::toDer(certificate.get());
            continue;
        }
        // Running out of blocks is how the loop ends. A damaged block is reported and
        // skipped, so one bad entry does not hide the roots after it.
        const unsigned long error = ERR_peek_last_error();
        if (ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE) {
            ERR_clear_error();
            break;
        }
        problems << ossl::takeErrors();
        if (BIO_pending(bio.get()) == before) // nothing consumed: stop rather than spin
            break;
    }
    content.problem = problems.join(QLatin1String("; "));
    if (content.certificates.isEmpty() && content.problem.isEmpty())
        content.problem = QStringLiteral("no certificate in PEM file");
    return content;
}

} // namespace

CertificateFileContent readCertificateFile(const QString& path)
{
    CertificateFileContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.problem = file.errorString();
        return content;
    }
    if (file.size() > MaxFileSize) {
        content.problem = QStringLiteral("file too large (%1 bytes)").arg(file.size());
        return content;
    }
    const QByteArray data = file.readAll();
    if (data.contains("-----BEGIN "))
        return readPem(data);
    QString reason;
    if (const ossl::X509Ptr certificate = ossl::readDer(data, &reason))
        content.certificates << data;
    else
        content.problem = reason;
    return content;
}

} // namespace guichet
