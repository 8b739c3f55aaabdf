#include "TlsTrust.h"

#include "ErrorCodes.h"

#include <QCryptographicHash>

#include <openssl/x509.h>

#include <memory>

namespace guichet::net {
namespace {

// The issuer name of `certificate` equals the subject name of `root`, attribute by attribute.
bool issuedUnder(const QSslCertificate& certificate, const QSslCertificate& root)
{
    const QList<QByteArray> attributes = certificate.issuerInfoAttributes();
    if (attributes.isEmpty() || attributes != root.subjectInfoAttributes())
        return false;
    for (const QByteArray& attribute : attributes)
        if (certificate.issuerInfo(attribute) != root.subjectInfo(attribute))
            return false;
    return true;
}

} // namespace

QSslConfiguration TlsTrust::configuration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (pinned())
        tls.setCaCertificates(m_roots);
    else if (!m_roots.isEmpty())
        tls.addCaCertificates(m_roots);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QByteArray TlsTrust::keyPinOf(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, long(der.size())),
                                                     X509_free);
    if (!x509)
        return {};
    unsigned char* spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(spki), length), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return digest;
}

std::optional<Error> TlsTrust::refusal(const QList<QSslCertificate>& peerChain,
                                       const QString& what) const
{
    if (pinned() && !endsInRoot(peerChain))
        return Error(
            ErrorCode::PortalTlsFailed,
            QStringLiteral("%1: certificate chain does not end in the pinned CA").arg(what));
    if (!m_keyPins.isEmpty() && !carriesPinnedKey(peerChain))
        return Error(ErrorCode::PortalKeyNotPinned,
                     QStringLiteral("%1: no key of the server's chain is pinned").arg(what));
    return std::nullopt;
}

bool TlsTrust::carriesPinnedKey(const QList<QSslCertificate>& peerChain) const
{
    // Only certificates the handshake verified count: a root the server left out is not
    // matched by its name, which anyone can copy.
    for (const QSslCertificate& certificate : peerChain)
        if (m_keyPins.contains(keyPinOf(certificate)))
            return true;
    return false;
}

bool TlsTrust::endsInRoot(const QList<QSslCertificate>& peerChain) const
{
    if (peerChain.isEmpty())
        return false;
    // Servers usually leave their root out of the chain they send, so the top of the
    // chain is either a configured root or a certificate one of them issued. The
    // handshake already verified the signatures against a store holding only them.
    const QSslCertificate& top = peerChain.last();
    for (const QSslCertificate& root : m_roots) {
        if (top == root || peerChain.contains(root))
            return true;
        if (issuedUnder(top, root))
            return true;
    }
    return false;
}

} // namespace guichet::net
