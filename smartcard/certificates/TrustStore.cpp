#include "TrustStore.h"

#include "CertificateFiles.h"
#include "CertificateOpenSsl.h"
#include "CertificatesLogging.h"
#include "ErrorCodes.h"

#include <QDir>

#include <openssl/err.h>

namespace guichet {

struct TrustStore::Private
{
    ossl::X509StorePtr store{X509_STORE_new()};
    int count = 0;
    QList<Error> problems;
};

TrustStore::TrustStore() : d(std::make_unique<Private>()) {}
TrustStore::~TrustStore() = default;
TrustStore::TrustStore(TrustStore&&) noexcept = default;
TrustStore& TrustStore::operator=(TrustStore&&) noexcept = default;

TrustStore TrustStore::fromFolder(const QString& folder)
{
    TrustStore trust;
    const QDir dir(folder);
    if (!dir.exists()) {
        trust.d->problems << Error(ErrorCode::CertificateUnreadable,
                                   QStringLiteral("no such folder: ") + folder);
        qCWarning(lcCertificates) << "trusted roots folder missing:" << folder;
        return trust;
    }
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const CertificateFileContent content = readCertificateFile(file.filePath());
        for (const QByteArray& der : content.certificates) {
            const Status added = trust.addCertificate(der);
            if (!added)
                trust.d->problems << Error(added.error().code(), file.fileName() +
                                                                     QStringLiteral(": ") +
                                                                     added.error().detail());
        }
        if (!content.problem.isEmpty()) {
            trust.d->problems << Error(ErrorCode::CertificateUnreadable,
                                       file.fileName() + QStringLiteral(": ") + content.problem);
            qCWarning(lcCertificates) << "skipped" << file.fileName() << ":" << content.problem;
        }
    }
    qCInfo(lcCertificates) << "trusted roots:" << trust.size() << "certificates from" << folder;
    return trust;
}

Status TrustStore::addCertificate(const QByteArray& der)
{
    QString reason;
    const ossl::X509Ptr certificate = ossl::readDer(der, &reason);
    if (!certificate)
        return Error(ErrorCode::CertificateUnreadable, reason);
    // The store takes its own reference.
    if (!d->store || X509_STORE_add_cert(d->store.get(), certificate.get()) != 1)
        return Error(ErrorCode::CertificateUnreadable, ossl::takeErrors());
    ++d->count;
    return {};
}

int TrustStore::size() const
{
    return d->count;
}

const QList<Error>& TrustStore::loadProblems() const
{
    return d->problems;
}

Status TrustStore::verify(const QByteArray& leafDer, const QList<QByteArray>& intermediatesDer,
                          const QDateTime& at) const
{
    QString reason;
    const ossl::X509Ptr leaf = ossl::readDer(leafDer, &reason);
    if (!leaf)
        return Error(ErrorCode::CertificateUnreadable, QStringLiteral("leaf: ") + reason);
    const ossl::X509StackPtr intermediates(sk_X509_new_null());
    for (const QByteArray& der : intermediatesDer) {
        ossl::X509Ptr certificate = ossl::readDer(der, &reason);
        if (!certificate)
            return Error(ErrorCode::CertificateUnreadable,
                         QStringLiteral("intermediate: ") + reason);
        if (!intermediates || sk_X509_push(intermediates.get(), certificate.get()) <= 0)
            return Error(ErrorCode::CertificateUntrusted, ossl::takeErrors());
        certificate.release(); // now owned by the stack
    }

    const ossl::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || !d->store ||
        X509_STORE_CTX_init(context.get(), d->store.get(), leaf.get(), intermediates.get()) != 1)
        return Error(ErrorCode::CertificateUntrusted, ossl::takeErrors());
    // Dates are checked at the moment that matters (a signature's time), not the
    // computer's clock; set_time also sets X509_V_FLAG_USE_CHECK_TIME.
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(when.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_USE_CHECK_TIME);

    if (X509_verify_cert(context.get()) == 1)
        return {};
    const int error = X509_STORE_CTX_get_error(context.get());
    const QString detail = QStringLiteral("%1 (depth %2)")
                               .arg(QString::fromLatin1(X509_verify_cert_error_string(error)))
                               .arg(X509_STORE_CTX_get_error_depth(context.get()));
    ERR_clear_error();
    qCInfo(lcCertificates) << "chain check failed:" << detail;
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Error(ErrorCode::CertificateExpired, detail);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Error(ErrorCode::CertificateNotYetValid, detail);
    default:
        return Error(ErrorCode::CertificateUntrusted, detail);
    }
}

} // namespace guichet
