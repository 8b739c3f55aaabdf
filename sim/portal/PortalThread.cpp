#include "PortalThread.h"

#include <QMetaObject>

namespace guichet::sim {

PortalThread::PortalThread()
{
    m_thread.setObjectName(QStringLiteral("simulated-portal"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
}

PortalThread::~PortalThread()
{
    QMetaObject::invokeMethod(
        m_anchor, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<QUrl> PortalThread::start(QList<QByteArray> trustedCaDer, const QSslConfiguration& tls,
                                 PortalServer::Options options)
{
    options.seedLater = true;
    Result<QUrl> started = Error(QStringLiteral("NET-001"), QStringLiteral("not started"));
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            m_server = std::make_unique<PortalServer>(std::move(trustedCaDer), options);
            const Result<quint16> port = m_server->start(tls);
            if (port)
                started = m_server->baseUrl();
            else
                started = port.error();
        },
        Qt::BlockingQueuedConnection);
    if (started)
        QMetaObject::invokeMethod(
            m_anchor, [this] { (void)m_server->seedIfEmpty(); }, Qt::QueuedConnection);
    return started;
}

void PortalThread::setAccepting(bool accepting)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, accepting] { m_server->setAccepting(accepting); },
        Qt::BlockingQueuedConnection);
}

void PortalThread::setTlsConfiguration(const QSslConfiguration& tls)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, tls] { m_server->setTlsConfiguration(tls); },
        Qt::BlockingQueuedConnection);
}

} // namespace guichet::sim
