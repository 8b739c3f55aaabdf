#include "DemoWorld.h"

#include "ErrorCodes.h"
#include "PortalThread.h"
#include "PortalTls.h"
#include "ScriptedPcsc.h"
#include "SimulatedProxy.h"
#include "SimulatedToken.h"

#include <QTemporaryDir>

namespace guichet::sim {
namespace {

SimulatedPki::Persona personaNamed(const QString& key)
{
    for (const SimulatedPki::Persona& candidate : SimulatedPki::demoPersonas())
        if (candidate.key == key)
            return candidate;
    return SimulatedPki::demoCitizen();
}

} // namespace

DemoWorld::DemoWorld(const QString& personaKey)
    : m_moduleRoot(std::make_unique<QTemporaryDir>()), m_readers(std::make_unique<ScriptedPcsc>()),
      m_token(std::make_shared<SimulatedToken>(personaNamed(personaKey)))
{
    m_token->setReaderName(QLatin1String(ReaderName));
    TrainingWorld::placeDemoCard(*m_readers, *m_token);
}

DemoWorld::~DemoWorld() = default;

QString DemoWorld::moduleRoot() const
{
    // Should the temporary folder fail, a path that does not exist does the same job.
    return m_moduleRoot->isValid() ? m_moduleRoot->path()
                                   : QStringLiteral("/nonexistent-guichet-demo-root");
}

QByteArray DemoWorld::cardRootDer() const
{
    return m_token->pki().caCertificateDer();
}

Result<QUrl> DemoWorld::startPortal()
{
    // The simulated portal trusts the simulated card's CA; the client trusts the
    // portal's CA by configuration only — no certificate check is switched off.
    m_tls = std::make_unique<PortalTls>();
    m_portal = std::make_unique<PortalThread>();
    const Result<QUrl> url =
        m_portal->start(QList<QByteArray>{cardRootDer()}, m_tls->serverConfiguration());
    if (!url)
        return url;
    m_proxy = std::make_unique<SimulatedProxy>();
    const Result<quint16> proxyPort = m_proxy->start(quint16(url.value().port()));
    if (!proxyPort)
        return proxyPort.error();
    m_training = std::make_unique<TrainingWorld>(*m_portal, *m_tls, *m_token, *m_readers, *m_proxy);
    m_training->setSwitches(m_switches);
    return url;
}

void DemoWorld::setTrainingSwitches(TrainingWorld::Switches switches)
{
    m_switches = std::move(switches);
    if (m_training)
        m_training->setSwitches(m_switches);
}

QSslCertificate DemoWorld::portalCa() const
{
    return m_tls ? m_tls->caCertificate() : QSslCertificate();
}

Status DemoWorld::applyScenario(const QString& id)
{
    if (!m_training)
        return Error(ErrorCode::BadCommandLine,
                     QStringLiteral("training scenarios need the embedded portal"));
    return m_training->apply(id);
}

} // namespace guichet::sim
