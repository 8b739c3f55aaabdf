#include "SingleInstance.h"

#include "ErrorCodes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace guichet {
namespace {

constexpr char ActivateRequest[] = "activate\n";
constexpr char ActivateAnswer[] = "ok\n";

} // namespace

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent), m_name(std::move(name))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QString overridden = qEnvironmentVariable("GUICHET_INSTANCE_NAME");
    if (!overridden.isEmpty())
        return overridden;
    // The home folder identifies the user on every platform without naming them.
    const QByteArray hash =
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("guichet-desktop-") + QString::fromLatin1(hash.toHex().left(16));
}

SingleInstance::Outcome SingleInstance::askRunningInstance(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs / 3))
        return Outcome::Unavailable; // nobody is listening
    socket.write(ActivateRequest);
    socket.waitForBytesWritten(timeoutMs / 3);
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs / 3)) {
            m_error = Error(ErrorCode::AlreadyRunningNoAnswer, socket.errorString());
            return Outcome::OtherNotResponding;
        }
    }
    return socket.readLine() == ActivateAnswer ? Outcome::ActivatedOther
                                               : Outcome::OtherNotResponding;
}

SingleInstance::Outcome SingleInstance::start(int timeoutMs)
{
    const Outcome asked = askRunningInstance(timeoutMs);
    if (asked != Outcome::Unavailable)
        return asked;

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed copy: nobody answered above, so remove it.
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            QLocalServer::removeServer(m_name);
            if (m_server->listen(m_name)) {
                connect(m_server, &QLocalServer::newConnection, this,
                        &SingleInstance::onNewConnection);
                return Outcome::Primary;
            }
        }
        m_error = Error(ErrorCode::SingleInstanceUnavailable, m_server->errorString());
        return Outcome::Unavailable;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Outcome::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == ActivateRequest) {
                Q_EMIT activationRequested();
                socket->write(ActivateAnswer);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace guichet
