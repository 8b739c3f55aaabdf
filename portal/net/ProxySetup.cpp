#include "ProxySetup.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace guichet::net {
namespace {

// Per manager rather than QNetworkProxyFactory::setUseSystemConfiguration, which
// would change every manager in the process.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

void applyProxy(QNetworkAccessManager& network, const ProxySettings& proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        network.setProxyFactory(new SystemProxyFactory); // the manager owns it
        break;
    case ProxySettings::Mode::Manual:
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port));
        break;
    case ProxySettings::Mode::None:
        network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
    network.clearConnectionCache();
}

} // namespace guichet::net
