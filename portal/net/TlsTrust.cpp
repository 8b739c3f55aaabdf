#include "TlsTrust.h"

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

bool TlsTrust::acceptsChain(const QList<QSslCertificate>& peerChain) const
{
    if (!pinned())
        return true;
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
