#include "PortalServer.h"

#include <QSslServer>

#include "PortalContext.h"
#include "Routes.h"
#include "SimHttpServer.h"
#include "TimeStampAuthority.h"

#include <QSslServer>
#include <QTcpServer>

namespace guichet::sim {

PortalServer::PortalServer(QList<QByteArray> trustedCaDer)
    : PortalServer(std::move(trustedCaDer), Options{})
{}

PortalServer::PortalServer(QList<QByteArray> trustedCaDer, Options options)
    : m_trustedCa(std::move(trustedCaDer)), m_options(std::move(options)),
      m_tsa(std::make_unique<TimeStampAuthority>([this] { return m_clock.now(); })),
      m_http(std::make_unique<SimHttpServer>())
{}

PortalServer::~PortalServer() = default;

FaultInjector& PortalServer::faults()
{
    return m_http->faults();
}

Result<quint16> PortalServer::start(const QSslConfiguration& tls, quint16 port)
{
    Result<std::unique_ptr<PortalStore>> opened = PortalStore::open(m_options.databasePath);
    if (!opened)
        return opened.error();
    m_store = std::move(opened.value());
    if (!m_options.seedLater)
        (void)seedIfEmpty();

    if (!m_options.plainHttp)
        m_http->sslSetup(tls);
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return Error(QStringLiteral("NET-001"), QStringLiteral("listen failed on 127.0.0.1"));
    m_auth = std::make_unique<AuthService>(baseUrl().toString(QUrl::RemovePath), m_trustedCa);
    m_auth->setClock([this] { return m_clock.now(); });
    m_context = std::make_unique<PortalContext>(
        PortalContext{*m_store, m_clock, m_sessions, *m_auth, *m_tsa, *m_http});
    addMetaAndCatalogueRoutes(*m_context);
    addPublicSubmissionRoutes(*m_context);
    addAuthRoutes(*m_context);
    addDocumentRoutes(*m_context);
    addDossierRoutes(*m_context);
    addMessageRoutes(*m_context);
    addDataRoutes(*m_context);
    addConsentAndPrefillRoutes(*m_context);
    return m_port;
}

void PortalServer::setAccepting(bool accepting)
{
    for (QTcpServer* listener : m_http->servers()) {
        if (!accepting)
            listener->close();
        else if (!listener->isListening())
            (void)listener->listen(QHostAddress::LocalHost, m_port);
    }
}

void PortalServer::setTlsConfiguration(const QSslConfiguration& tls)
{
    if (m_options.plainHttp)
        return;
    m_http->sslSetup(tls);
    // Qt 6.4 hands the configuration to the QSslServer it made at listen(); later
    // connections are encrypted by that one.
    for (QTcpServer* listener : m_http->servers())
        if (auto* secure = qobject_cast<QSslServer*>(listener))
            secure->setSslConfiguration(tls);
}

const PortalStore::SeedFigures& PortalServer::seedIfEmpty()
{
    if (m_store && !m_store->isSeeded())
        m_seedFigures = m_store->seed(m_clock.now());
    return m_seedFigures;
}

QUrl PortalServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace guichet::sim
