#include "PortalProbe.h"

#include "ErrorCodes.h"
#include "PortalClient.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPromise>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace guichet::net {
namespace {

using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

constexpr Layer Walk[] = {Layer::PortalSettings, Layer::Dns,  Layer::Connection, Layer::Tls,
                          Layer::PortalAnswer,   Layer::Clock};

QString proxyModeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::System:
        return QStringLiteral("system");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    }
    return {};
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("other (%1)").arg(int(protocol));
    }
}

// The socket's failure in the catalogue's words: the proxy's own troubles apart.
QString codeOf(QAbstractSocket::SocketError error, bool viaProxy)
{
    switch (error) {
    case QAbstractSocket::SocketTimeoutError:
        return QLatin1String(ErrorCode::PortalTimeout);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QLatin1String(ErrorCode::ProxyAuthenticationFailed);
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return QLatin1String(ErrorCode::ProxyUnreachable);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QLatin1String(ErrorCode::PortalTlsFailed);
    default:
        return QLatin1String(viaProxy ? ErrorCode::ProxyUnreachable : ErrorCode::PortalUnreachable);
    }
}

// The portal's clock: the Date header (RFC 9110 IMF-fixdate), else meta's serverTime.
QDateTime portalTime(const QByteArray& dateHeader, const QByteArray& body, QString& source)
{
    if (!dateHeader.isEmpty()) {
        // HTTP dates end in "GMT", which Qt 6.4's RFC 2822 parser refuses: say +0000.
        QString text = QString::fromLatin1(dateHeader).trimmed();
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(4) + QStringLiteral(" +0000");
        const QDateTime parsed = QDateTime::fromString(text, Qt::RFC2822Date);
        if (parsed.isValid()) {
            source = QStringLiteral("Date header");
            return parsed.toUTC();
        }
    }
    const QJsonObject meta = QJsonDocument::fromJson(body).object();
    const QDateTime serverTime =
        QDateTime::fromString(meta.value(QStringLiteral("serverTime")).toString(), Qt::ISODate);
    if (serverTime.isValid())
        source = QStringLiteral("serverTime of /meta");
    return serverTime.toUTC();
}

} // namespace

PortalProbe::PortalProbe(Result<PortalEndpoint> endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

PortalProbe::~PortalProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

Check& PortalProbe::current(Layer layer)
{
    for (Check& check : m_checks)
        if (check.layer == layer)
            return check;
    Check check;
    check.layer = layer;
    m_checks.append(check);
    m_stepTimer.start();
    return m_checks.last();
}

void PortalProbe::addNotCheckedAfter(Layer layer)
{
    bool after = false;
    for (Layer next : Walk) {
        if (after) {
            Check& check = current(next);
            check.state = CheckState::NotChecked;
            check.add(QStringLiteral("reason"), QStringLiteral("a layer above failed"));
        }
        after = after || next == layer;
    }
}

void PortalProbe::start()
{
    Check& settings = current(Layer::PortalSettings);
    if (!m_endpoint) {
        settings.state = CheckState::Failed;
        settings.code = m_endpoint.error().code();
        settings.add(QStringLiteral("detail"), m_endpoint.error().detail());
        addNotCheckedAfter(Layer::PortalSettings);
        // Always after start() returns, like every other outcome.
        QTimer::singleShot(0, this, &PortalProbe::finish);
        return;
    }
    const PortalEndpoint& endpoint = m_endpoint.value();
    settings.state = CheckState::Ok;
    settings.add(QStringLiteral("url"), endpoint.url.toString());
    settings.add(QStringLiteral("extra-roots"),
                 QString::number(endpoint.trust.extraRoots().size()));
    settings.add(QStringLiteral("pinned-roots"),
                 endpoint.trust.pinned() ? QStringLiteral("yes") : QStringLiteral("no"));
    settings.add(QStringLiteral("key-pins"), QString::number(endpoint.trust.keyPins().size()));
    settings.add(QStringLiteral("proxy-mode"), proxyModeName(endpoint.proxy.mode));

    m_targetHost = endpoint.url.host();
    m_targetPort =
        quint16(endpoint.url.port(endpoint.url.scheme() == QLatin1String("http") ? 80 : 443));
    if (endpoint.proxy.mode == ProxySettings::Mode::Manual && !endpoint.proxy.host.isEmpty()) {
        m_viaProxy = true;
        m_targetHost = endpoint.proxy.host;
        m_targetPort = endpoint.proxy.port;
    } else if (endpoint.proxy.mode == ProxySettings::Mode::System) {
        const QList<QNetworkProxy> proxies =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(endpoint.url));
        if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy &&
            proxies.first().type() != QNetworkProxy::DefaultProxy) {
            m_viaProxy = true;
            m_targetHost = proxies.first().hostName();
            m_targetPort = proxies.first().port();
        }
    }
    if (m_viaProxy)
        settings.add(QStringLiteral("proxy"),
                     QStringLiteral("%1:%2").arg(m_targetHost).arg(m_targetPort));
    lookUp();
}

void PortalProbe::lookUp()
{
    Check& check = current(Layer::Dns);
    check.add(QStringLiteral("host"), m_targetHost);
    check.add(QStringLiteral("for"),
              m_viaProxy ? QStringLiteral("the proxy") : QStringLiteral("the portal"));
    m_timer->callOnTimeout(this, [this] {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        finishWith(Layer::Dns, QLatin1String(ErrorCode::PortalTimeout),
                   QStringLiteral("no answer within %1 ms").arg(m_limits.lookupMs));
    });
    m_timer->start(m_limits.lookupMs);
    m_lookupId = QHostInfo::lookupHost(m_targetHost, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        m_timer->stop();
        m_timer->disconnect();
        if (m_done)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finishWith(Layer::Dns,
                       QLatin1String(m_viaProxy ? ErrorCode::ProxyUnreachable
                                                : ErrorCode::PortalUnreachable),
                       info.errorString());
            return;
        }
        Check& dns = current(Layer::Dns);
        dns.state = CheckState::Ok;
        QStringList addresses;
        for (const QHostAddress& address : info.addresses().mid(0, 4))
            addresses << address.toString();
        dns.add(QStringLiteral("addresses"), addresses.join(QStringLiteral(", ")));
        dns.durationMs = m_stepTimer.elapsed();
        connectSocket();
    });
}

void PortalProbe::connectSocket()
{
    const PortalEndpoint& endpoint = m_endpoint.value();
    Check& check = current(Layer::Connection);
    check.add(QStringLiteral("to"), QStringLiteral("%1:%2").arg(m_targetHost).arg(m_targetPort));
    m_socket = std::make_unique<QSslSocket>();
    const QString portalHost = endpoint.url.host();
    const quint16 portalPort = quint16(endpoint.url.port(443));
    if (m_viaProxy) {
        // Through the proxy's CONNECT tunnel, as the application's requests go.
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_targetHost, m_targetPort,
                            endpoint.proxy.user, endpoint.proxy.password);
        m_socket->setProxy(proxy);
        check.add(QStringLiteral("tunnel-to"),
                  QStringLiteral("%1:%2").arg(portalHost).arg(portalPort));
    } else {
        m_socket->setProxy(QNetworkProxy::NoProxy);
    }
    connect(m_socket.get(), &QSslSocket::connected, this, &PortalProbe::onConnected);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &PortalProbe::onEncrypted);
    connect(m_socket.get(), &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        onSocketFailed(QLatin1String(ErrorCode::PortalTlsFailed), texts.join(QStringLiteral("; ")));
    });
    connect(m_socket.get(), &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                onSocketFailed(codeOf(error, m_viaProxy), m_socket->errorString());
            });
    m_timer->callOnTimeout(this, [this] {
        onSocketFailed(QLatin1String(ErrorCode::PortalTimeout),
                       QStringLiteral("no answer in time"));
    });
    m_timer->start(m_limits.connectMs);
    m_socket->connectToHost(portalHost, portalPort);
}

void PortalProbe::onConnected()
{
    if (m_done)
        return;
    Check& check = current(Layer::Connection);
    check.state = CheckState::Ok;
    check.add(QStringLiteral("peer"), m_socket->peerAddress().toString());
    check.durationMs = m_stepTimer.elapsed();
    const PortalEndpoint& endpoint = m_endpoint.value();
    if (endpoint.url.scheme() == QLatin1String("http")) {
        // Only a test portal on loopback may be plain HTTP (checkPortalUrl).
        m_timer->stop();
        m_timer->disconnect();
        m_socket->disconnect(this);
        m_socket->abort();
        Check& tls = current(Layer::Tls);
        tls.state = CheckState::NotChecked;
        tls.add(QStringLiteral("reason"),
                QStringLiteral("plain HTTP to a portal on this computer"));
        askMeta();
        return;
    }
    current(Layer::Tls); // starts its clock
    m_timer->start(m_limits.handshakeMs);
    m_socket->setSslConfiguration(endpoint.trust.configuration());
    m_socket->setPeerVerifyName(endpoint.url.host());
    m_socket->startClientEncryption();
}

void PortalProbe::onEncrypted()
{
    if (m_done)
        return;
    m_timer->stop();
    m_timer->disconnect();
    const PortalEndpoint& endpoint = m_endpoint.value();
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    Check& check = current(Layer::Tls);
    check.add(QStringLiteral("protocol"), protocolName(m_socket->sessionProtocol()));
    check.add(QStringLiteral("cipher"), m_socket->sessionCipher().name());
    for (const QSslCertificate& certificate : chain) {
        // Server certificates are public: who they name and who issued them helps.
        check.add(QStringLiteral("certificate"),
                  QStringLiteral("%1 — issued by %2 — until %3")
                      .arg(certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                           certificate.issuerInfo(QSslCertificate::CommonName).value(0),
                           certificate.expiryDate().toUTC().toString(Qt::ISODate)));
    }
    if (const std::optional<Error> refusal = endpoint.trust.refusal(chain, endpoint.url.host())) {
        m_socket->abort();
        finishWith(Layer::Tls, refusal->code(), refusal->detail());
        return;
    }
    check.state = CheckState::Ok;
    check.durationMs = m_stepTimer.elapsed();
    m_socket->disconnect(this); // its closing is not a failure
    m_socket->disconnectFromHost();
    askMeta();
}

void PortalProbe::onSocketFailed(const QString& code, const QString& detail)
{
    if (m_done || !m_socket)
        return;
    m_timer->stop();
    m_timer->disconnect();
    const Layer layer =
        current(Layer::Connection).state == CheckState::Ok ? Layer::Tls : Layer::Connection;
    m_socket->abort();
    finishWith(layer, code, detail);
}

void PortalProbe::askMeta()
{
    const PortalEndpoint& endpoint = m_endpoint.value();
    current(Layer::PortalAnswer).add(QStringLiteral("request"), QStringLiteral("GET /api/v1/meta"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PortalClient>(*m_network, endpoint.url);
    m_client->setTlsTrust(endpoint.trust);
    m_client->setProxy(endpoint.proxy);
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_client->setTimeouts({m_limits.answerMs, m_limits.answerMs});
    PortalRequest request;
    request.path = QStringLiteral("/meta");
    request.useEtagCache = false;
    m_client->send(request, this, [this](const Result<PortalResponse>& answer) {
        if (m_done)
            return;
        if (!answer) {
            Check& check = current(Layer::PortalAnswer);
            if (answer.error().httpStatus() > 0)
                check.add(QStringLiteral("status"), QString::number(answer.error().httpStatus()));
            finishWith(Layer::PortalAnswer, answer.error().code(), answer.error().detail());
            return;
        }
        onMeta(answer.value().header("date"), answer.value().body, answer.value().status);
    });
}

void PortalProbe::onMeta(const QByteArray& dateHeader, const QByteArray& body, int status)
{
    Check& answer = current(Layer::PortalAnswer);
    answer.state = CheckState::Ok;
    answer.durationMs = m_stepTimer.elapsed();
    answer.add(QStringLiteral("status"), QString::number(status));
    answer.add(
        QStringLiteral("api-version"),
        QJsonDocument::fromJson(body).object().value(QStringLiteral("apiVersion")).toString());
    answer.add(QStringLiteral("round-trip-ms"), QString::number(answer.durationMs));

    Check& clock = current(Layer::Clock);
    QString source;
    const QDateTime theirs = portalTime(dateHeader, body, source);
    if (!theirs.isValid()) {
        clock.state = CheckState::NotChecked;
        clock.add(QStringLiteral("reason"), QStringLiteral("the portal gave no time"));
        finish();
        return;
    }
    const QDateTime ours = QDateTime::currentDateTimeUtc();
    const qint64 difference = theirs.secsTo(ours);
    clock.add(QStringLiteral("source"), source);
    clock.add(QStringLiteral("portal-time"), theirs.toString(Qt::ISODate));
    clock.add(QStringLiteral("local-time"), ours.toString(Qt::ISODate));
    clock.add(QStringLiteral("difference-seconds"), QString::number(difference));
    const qint64 size = qAbs(difference);
    clock.state = size >= m_limits.clockFailureSeconds   ? CheckState::Failed
                  : size >= m_limits.clockWarningSeconds ? CheckState::Warning
                                                         : CheckState::Ok;
    if (clock.state != CheckState::Ok)
        clock.code = QLatin1String(ErrorCode::ClockDiffers);
    finish();
}

void PortalProbe::finishWith(Layer failedLayer, const QString& code, const QString& detail)
{
    Check& check = current(failedLayer);
    check.state = CheckState::Failed;
    check.code = code;
    check.durationMs = m_stepTimer.elapsed();
    if (!detail.isEmpty())
        check.add(QStringLiteral("detail"), detail);
    addNotCheckedAfter(failedLayer);
    finish();
}

void PortalProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    // Ordered as the walk, whatever order the steps were recorded in.
    QList<Check> ordered;
    for (Layer layer : Walk)
        for (const Check& check : m_checks)
            if (check.layer == layer)
                ordered.append(check);
    Q_EMIT finished(ordered);
}

diagnosis::Probe portalProbe(Result<PortalEndpoint> endpoint, PortalProbe::Limits limits)
{
    diagnosis::Probe probe;
    probe.layers = {Layer::PortalSettings, Layer::Dns,  Layer::Connection, Layer::Tls,
                    Layer::PortalAnswer,   Layer::Clock};
    probe.start = [endpoint, limits]() {
        auto promise = std::make_shared<QPromise<QList<Check>>>();
        promise->start();
        auto* walk = new PortalProbe(endpoint);
        walk->setLimits(limits);
        QObject::connect(walk, &PortalProbe::finished, walk,
                         [walk, promise](const QList<Check>& checks) {
                             promise->addResult(checks);
                             promise->finish();
                             walk->deleteLater();
                         });
        walk->start();
        return promise->future();
    };
    return probe;
}

} // namespace guichet::net
