#include "DemoSetup.h"

#include "CardService.h"
#include "CardThread.h"
#include "CredentialStore.h"
#include "DemoWorld.h"
#include "ScriptedPcsc.h"
#include "SimulatedToken.h"

namespace guichet {

std::unique_ptr<CardThread> makeDemoCardThread(const QString& userSettingsFile,
                                               const QString& systemSettingsFile,
                                               sim::DemoWorld& world)
{
    auto thread =
        std::make_unique<CardThread>(userSettingsFile, systemSettingsFile, world.readers());
    CardService* service = thread->service();
    service->setModuleRoot(world.moduleRoot());
    service->addTrustedRoot(world.cardRootDer());
    // Changes of the card itself (PIN blocked, certificates swapped in training) are
    // not PC/SC events: they refresh the screens through the service.
    world.token()->setChangeCallback([service] {
        QMetaObject::invokeMethod(service, &CardService::refresh, Qt::QueuedConnection);
    });
    thread->addBackend(world.token());
    return thread;
}

Result<net::PortalEndpoint> startDemoPortal(sim::DemoWorld& world)
{
    const Result<QUrl> url = world.startPortal();
    if (!url)
        return url.error();
    net::PortalEndpoint endpoint;
    endpoint.url = url.value();
    endpoint.trust = net::TlsTrust({world.portalCa()});
    // The embedded portal is on loopback: no proxy of the machine may stand in between
    // (the proxy training scenario puts the demo's own there).
    endpoint.proxy.mode = net::ProxySettings::Mode::None;
    return endpoint;
}

sim::TrainingWorld::Switches
demoTrainingSwitches(std::function<void(const net::ProxySettings&)> setProxy)
{
    sim::TrainingWorld::Switches switches;
    switches.keychain = &CredentialStore::simulateNoKeychain;
    switches.proxy = [setProxy = std::move(setProxy)](quint16 port) {
        net::ProxySettings proxy;
        proxy.mode = port ? net::ProxySettings::Mode::Manual : net::ProxySettings::Mode::None;
        if (port) {
            proxy.host = QStringLiteral("127.0.0.1");
            proxy.port = port;
        }
        setProxy(proxy);
    };
    return switches;
}

} // namespace guichet
