#include "IdentityBinding.h"

#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "TlsTrust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace guichet {
namespace {

// Where the portal's identity id is kept beside the person's store.
const QString BindingFile = QStringLiteral("portal-identity");

Error mismatch(const QString& why)
{
    return Error(ErrorCode::AuthIdentityMismatch, why);
}

} // namespace

IdentityBinding::IdentityBinding(DataPaths paths, QString portalName)
    : m_paths(std::move(paths)), m_portalName(std::move(portalName))
{}

QString IdentityBinding::cardKey(const QByteArray& certificateDer)
{
    const Result<CertificateInfo> info = parseCertificate(certificateDer);
    if (!info)
        return {};
    if (!info.value().nationalNumber.isEmpty())
        return QStringLiteral("nn:") + info.value().nationalNumber;
    if (!info.value().luxTrustSsn.isEmpty())
        return QStringLiteral("ssn:") + info.value().luxTrustSsn;
    const QByteArray key = net::TlsTrust::keyPinOf(QSslCertificate(certificateDer, QSsl::Der));
    return key.isEmpty() ? QString() : QStringLiteral("key:") + QString::fromLatin1(key.toHex());
}

QString IdentityBinding::localIdentity(const QByteArray& certificateDer) const
{
    const QString card = cardKey(certificateDer);
    if (card.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        (m_portalName + QLatin1Char('\n') + card).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("card-") + QString::fromLatin1(digest.toHex().left(32));
}

QString IdentityBinding::directoryFor(const QByteArray& certificateDer) const
{
    const QString identity = localIdentity(certificateDer);
    return identity.isEmpty() ? QString() : m_paths.identityDirectory(identity);
}

std::optional<PortalSession> IdentityBinding::offlineSession(const QByteArray& certificateDer) const
{
    const Result<CertificateInfo> info = parseCertificate(certificateDer);
    const QString directory = directoryFor(certificateDer);
    if (!info || directory.isEmpty())
        return std::nullopt;
    QFile bound(QDir(directory).filePath(BindingFile));
    if (!bound.open(QIODevice::ReadOnly))
        return std::nullopt; // never signed in online here: nothing to open
    PortalSession session;
    session.identityId = QString::fromUtf8(bound.read(1024)).trimmed();
    if (session.identityId.isEmpty())
        return std::nullopt;
    session.givenName = info.value().givenName;
    session.surname = info.value().surname;
    if (session.givenName.isEmpty() && session.surname.isEmpty())
        session.givenName = info.value().holderName;
    session.offline = true;
    return session;
}

std::optional<Error> IdentityBinding::check(const PortalSession& session,
                                            const QByteArray& certificateDer) const
{
    const Result<CertificateInfo> info = parseCertificate(certificateDer);
    if (!info)
        return mismatch(QStringLiteral("the signing-in certificate cannot be read"));
    if (session.identityId.isEmpty())
        return mismatch(QStringLiteral("the portal named no identity"));
    // The portal shows the national number masked; what it shows must be the card's.
    const QString national = info.value().nationalNumber;
    const QString masked = session.nationalNumberMasked;
    if (!national.isEmpty() && !masked.isEmpty() &&
        (masked.size() != national.size() || masked.left(4) != national.left(4) ||
         masked.right(3) != national.right(3)))
        return mismatch(QStringLiteral("the portal's national number is not the card's"));

    const QString directory = directoryFor(certificateDer);
    if (const Status writable = DataPaths::ensureWritable(directory); !writable)
        return writable.error();
    const QString path = QDir(directory).filePath(BindingFile);
    QFile bound(path);
    if (bound.open(QIODevice::ReadOnly)) {
        const QString known = QString::fromUtf8(bound.read(1024)).trimmed();
        if (known != session.identityId)
            return mismatch(QStringLiteral("this card's data belongs to another portal identity"));
        return std::nullopt;
    }
    // First sign-in of this card on this portal: bind, durably, before anything opens.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(session.identityId.toUtf8()) < 0 ||
        !file.commit())
        return Error(ErrorCode::DataFolderNotWritable,
                     QStringLiteral("%1: %2").arg(path, file.errorString()));
    return std::nullopt;
}

} // namespace guichet
