#include "AuthClient.h"

#include "EcdsaEncoding.h"
#include "ErrorCatalogue.h"
#include "ErrorCodes.h"
#include "ProblemMapping.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QtConcurrent>

namespace guichet {
namespace {

constexpr qint64 MaxReplySize = 1024 * 1024;

QByteArray readCapped(QNetworkReply& reply)
{
    const QByteArray body = reply.read(MaxReplySize + 1);
    return body.size() > MaxReplySize ? QByteArray() : body;
}

} // namespace

AuthClient::AuthClient(QNetworkAccessManager& network, QUrl portal,
                       QList<QSslCertificate> extraRoots, QObject* parent)
    : QObject(parent), m_network(network), m_portal(std::move(portal))
{
    qRegisterMetaType<PortalSession>();
    setTlsTrust(net::TlsTrust(std::move(extraRoots)));
}

void AuthClient::setTlsTrust(const net::TlsTrust& trust)
{
    m_trust = trust;
    // Built once: an equal configuration lets the challenge and the token request share
    // one TLS connection.
    m_tls = m_trust.configuration();
}

Error AuthClient::failureOf(QNetworkReply& reply, const QByteArray& body) const
{
    return m_endedBecause ? *m_endedBecause : errorFrom(reply, body, m_throughManualProxy);
}

QString AuthClient::origin() const
{
    return m_portal.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

QString AuthClient::algorithmName(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Ecdsa:
        return QStringLiteral("ES256");
    case SignatureAlgorithm::RsaPkcs1v15:
        return QStringLiteral("RS256");
    case SignatureAlgorithm::RsaPss:
        return QStringLiteral("PS256");
    }
    return {};
}

QNetworkReply* AuthClient::post(const QString& path, const QByteArray& json, const QString& bearer)
{
    QUrl url = m_portal;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    // The signed challenge and the tokens never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setSslConfiguration(m_tls);
    if (!bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer.toLatin1());
    QNetworkReply* reply = m_network.post(request, json);
    // Pins are checked on every new connection, sign-in included, before anything is sent.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, path] {
        if (auto refused = m_trust.refusal(reply->sslConfiguration().peerCertificateChain(),
                                           QStringLiteral("POST ") + path)) {
            m_endedBecause = refused;
            reply->abort();
        }
    });
    // Capped while it streams: a portal sending without end is stopped at the cap, not
    // after the whole answer has been buffered.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, path](qint64 received) {
        if (received <= MaxReplySize || m_endedBecause)
            return;
        m_endedBecause = Error(
            ErrorCode::PortalResponseTooLarge,
            QStringLiteral("POST %1: answer larger than %2 bytes").arg(path).arg(MaxReplySize));
        reply->abort();
    });
    return reply;
}

Error AuthClient::errorFrom(QNetworkReply& reply, const QByteArray& body, bool throughManualProxy)
{
    const QString detail =
        QStringLiteral("%1 %2: %3")
            .arg(reply.operation() == QNetworkAccessManager::PostOperation ? QStringLiteral("POST")
                                                                           : QStringLiteral("GET"),
                 reply.url().path(), reply.errorString());
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString code = problem.value(QStringLiteral("code")).toString();
    // Only a code of our catalogue is shown as ours (see net::errorFromStatus).
    if (code.startsWith(QLatin1String("AUTH-")) && ErrorCatalogue::contains(code))
        return Error(code, detail + QStringLiteral(" / ") +
                               problem.value(QStringLiteral("title")).toString());
    // An HTTP answer that is not the contract's; below HTTP, the REST client's mapping.
    if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0)
        return Error(ErrorCode::PortalBadResponse, detail);
    return net::errorFromNetwork(reply.error(), reply.errorString(), false,
                                 detail.section(QLatin1Char(':'), 0, 0), throughManualProxy);
}

void AuthClient::refresh(const QString& refreshToken)
{
    const QJsonObject request{{QStringLiteral("refreshToken"), refreshToken}};
    QNetworkReply* reply = post(QStringLiteral("/api/v1/auth/refresh"),
                                QJsonDocument(request).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onToken(reply); });
}

void AuthClient::logout(const QString& accessToken, const QString& refreshToken)
{
    const QJsonObject request{{QStringLiteral("refreshToken"), refreshToken}};
    QNetworkReply* reply = post(QStringLiteral("/api/v1/auth/logout"),
                                QJsonDocument(request).toJson(QJsonDocument::Compact), accessToken);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT loggedOut();
    });
}

void AuthClient::login(Signer& signer)
{
    QNetworkReply* reply = post(QStringLiteral("/api/v1/auth/challenge"), QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, &signer] { onChallenge(reply, signer); });
}

void AuthClient::onChallenge(QNetworkReply* reply, Signer& signer)
{
    reply->deleteLater();
    const QByteArray body = readCapped(*reply);
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(failureOf(*reply, body));
        return;
    }
    const QString nonce =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("nonce")).toString();
    if (nonce.size() < 43) { // 32 bytes in base64url
        Q_EMIT failed(
            Error(ErrorCode::PortalBadResponse, QStringLiteral("challenge without nonce")));
        return;
    }
    const QString signedOrigin = origin();
    const auto hash = QCryptographicHash::Sha256;
    const QByteArray digest =
        QCryptographicHash::hash(QCryptographicHash::hash(signedOrigin.toUtf8(), hash) +
                                     QCryptographicHash::hash(nonce.toUtf8(), hash),
                                 hash);
    // The card works (and asks for the PIN) off the GUI thread.
    auto* watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this,
            [this, watcher, &signer, nonce, signedOrigin] {
                watcher->deleteLater();
                const Result<QByteArray> signature = watcher->result();
                if (!signature) {
                    Q_EMIT failed(signature.error());
                    return;
                }
                // ES* signatures travel as raw r||s (docs/api/portal.yaml); cards give DER.
                const bool ec = signer.algorithm() == SignatureAlgorithm::Ecdsa;
                const QByteArray encoded =
                    ec ? ecdsaDerToRaw(signature.value(), signer.certificate()) : signature.value();
                if (encoded.isEmpty()) {
                    Q_EMIT failed(Error(ErrorCode::DigestInvalid,
                                        QStringLiteral("ECDSA signature not in DER form")));
                    return;
                }
                const QJsonObject request{
                    {QStringLiteral("certificate"),
                     QString::fromLatin1(signer.certificate().toBase64())},
                    {QStringLiteral("algorithm"), algorithmName(signer.algorithm())},
                    {QStringLiteral("signature"), QString::fromLatin1(encoded.toBase64())},
                    {QStringLiteral("nonce"), nonce},
                    {QStringLiteral("origin"), signedOrigin}};
                QNetworkReply* token = post(QStringLiteral("/api/v1/auth/token"),
                                            QJsonDocument(request).toJson(QJsonDocument::Compact));
                connect(token, &QNetworkReply::finished, this, [this, token] { onToken(token); });
            });
    watcher->setFuture(QtConcurrent::run(
        [&signer, digest] { return signer.signDigest(digest, DigestAlgorithm::Sha256); }));
}

void AuthClient::onToken(QNetworkReply* reply)
{
    reply->deleteLater();
    const QByteArray body = readCapped(*reply);
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(failureOf(*reply, body));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonObject identity = answer.value(QStringLiteral("identity")).toObject();
    PortalSession session;
    session.accessToken = answer.value(QStringLiteral("accessToken")).toString();
    session.refreshToken = answer.value(QStringLiteral("refreshToken")).toString();
    session.expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(answer.value(QStringLiteral("expiresIn")).toInt());
    session.identityId = identity.value(QStringLiteral("id")).toString();
    session.givenName = identity.value(QStringLiteral("givenName")).toString();
    session.surname = identity.value(QStringLiteral("surname")).toString();
    session.nationalNumberMasked =
        identity.value(QStringLiteral("nationalNumberMasked")).toString();
    if (session.accessToken.isEmpty() || session.refreshToken.isEmpty()) {
        Q_EMIT failed(
            Error(ErrorCode::PortalBadResponse, QStringLiteral("token answer incomplete")));
        return;
    }
    Q_EMIT loggedIn(session);
}

} // namespace guichet
