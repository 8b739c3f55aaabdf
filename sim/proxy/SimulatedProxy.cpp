#include "SimulatedProxy.h"

#include "ErrorCodes.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace guichet::sim {
namespace {

// A request head larger than this is not a CONNECT line and its headers.
constexpr qsizetype MaxHeadBytes = 8 * 1024;

const QByteArray Refused =
    "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
const QByteArray Established = "HTTP/1.1 200 Connection established\r\n\r\n";

} // namespace

class SimulatedProxy::Worker : public QObject
{
public:
    Result<quint16> listen(quint16 allowedPort)
    {
        m_allowedPort = allowedPort;
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server->nextPendingConnection())
                accept(client);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return Error(ErrorCode::PortalUnreachable,
                         QStringLiteral("simulated proxy: ") + m_server->errorString());
        return m_server->serverPort();
    }

    void setRefusing(bool refusing)
    {
        m_refusing = refusing;
        if (!refusing)
            return;
        // Open tunnels end: the client's next request has to ask again.
        for (QTcpSocket* client : findChildren<QTcpSocket*>())
            if (client->property("tunnel").toBool())
                client->disconnectFromHost();
    }

private:
    void accept(QTcpSocket* client)
    {
        client->setParent(this);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QTcpSocket::readyRead, this,
                         [this, client] { readHead(client); });
    }

    void readHead(QTcpSocket* client)
    {
        if (client->property("tunnel").toBool())
            return; // piped by the tunnel's own connection
        QByteArray head = client->property("head").toByteArray() + client->readAll();
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() > MaxHeadBytes)
                refuse(client);
            else
                client->setProperty("head", head);
            return;
        }
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray rest = head.mid(end + 4);
        const QList<QByteArray> target =
            requestLine.size() == 3 ? requestLine.at(1).split(':') : QList<QByteArray>{};
        const bool allowed = requestLine.value(0) == "CONNECT" && target.size() == 2 &&
                             (target.at(0) == "127.0.0.1" || target.at(0) == "localhost") &&
                             target.at(1).toUShort() == m_allowedPort;
        if (m_refusing || !allowed) {
            refuse(client);
            return;
        }
        openTunnel(client, rest);
    }

    static void refuse(QTcpSocket* client)
    {
        client->write(Refused);
        client->disconnectFromHost();
    }

    void openTunnel(QTcpSocket* client, const QByteArray& early)
    {
        client->setProperty("tunnel", true);
        auto* portal = new QTcpSocket(client);
        QPointer<QTcpSocket> guardedClient(client);
        QObject::connect(portal, &QTcpSocket::connected, client, [client, portal, early] {
            client->write(Established);
            if (!early.isEmpty())
                portal->write(early);
        });
        QObject::connect(client, &QTcpSocket::readyRead, portal,
                         [client, portal] { portal->write(client->readAll()); });
        QObject::connect(portal, &QTcpSocket::readyRead, client,
                         [client, portal] { client->write(portal->readAll()); });
        QObject::connect(portal, &QTcpSocket::disconnected, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        QObject::connect(portal, &QTcpSocket::errorOccurred, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        QObject::connect(client, &QTcpSocket::disconnected, portal,
                         [portal] { portal->disconnectFromHost(); });
        portal->connectToHost(QHostAddress::LocalHost, m_allowedPort);
    }

    QTcpServer* m_server = nullptr;
    quint16 m_allowedPort = 0;
    bool m_refusing = false;
};

SimulatedProxy::SimulatedProxy()
{
    m_thread.setObjectName(QStringLiteral("SimulatedProxy"));
}

SimulatedProxy::~SimulatedProxy()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<quint16> SimulatedProxy::start(quint16 allowedPort)
{
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Result<quint16> port = Error();
    QMetaObject::invokeMethod(
        m_worker, [this, allowedPort, &port] { port = m_worker->listen(allowedPort); },
        Qt::BlockingQueuedConnection);
    if (port)
        m_port = port.value();
    return port;
}

void SimulatedProxy::setRefusing(bool refusing)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this, refusing] { m_worker->setRefusing(refusing); },
        Qt::BlockingQueuedConnection);
}

} // namespace guichet::sim
