#include "FreedesktopNotifier.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QGuiApplication>

namespace guichet::notify {
namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
constexpr int CallTimeoutMs = 3000;

// Servers that read markup in bodies (body-markup) take &, < and > as markup; the
// specification asks clients to escape them like XML.
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject* parent) : DesktopNotifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_description = QStringLiteral("no D-Bus session bus");
        return;
    }
    // The server may be started on demand (D-Bus activation), so ask it directly
    // rather than whether its name is taken now.
    QDBusInterface server(Service, Path, Interface, bus);
    server.setTimeout(CallTimeoutMs);
    const QDBusMessage information = server.call(QStringLiteral("GetServerInformation"));
    if (information.type() != QDBusMessage::ReplyMessage || information.arguments().size() < 4) {
        m_description = QStringLiteral("no notification service on the session bus (%1)")
                            .arg(information.errorName());
        qCInfo(lcUi) << "desktop notifications unavailable:" << m_description;
        return;
    }
    const QList<QVariant> info = information.arguments();
    m_description = QStringLiteral("%1 %2 (%3), via D-Bus")
                        .arg(info.at(0).toString(), info.at(2).toString(), info.at(1).toString());
    const QDBusReply<QStringList> capabilities = server.call(QStringLiteral("GetCapabilities"));
    m_bodyMarkup = capabilities.isValid() && capabilities.value().contains(u"body-markup");
    m_available = true;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
    qCInfo(lcUi) << "desktop notifications through" << m_description;
}

void FreedesktopNotifier::show(const DesktopNotification& notification)
{
    if (!m_available)
        return;
    QDBusInterface server(Service, Path, Interface, QDBusConnection::sessionBus());
    server.setTimeout(CallTimeoutMs);
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    const QStringList actions{QStringLiteral("default"),
                              QCoreApplication::translate("Notifications", "Open")};
    const QString body = m_bodyMarkup ? escaped(notification.body) : notification.body;
    // Asynchronous: a slow server never holds the window up.
    const QDBusPendingCall call = server.asyncCall(
        QStringLiteral("Notify"), QGuiApplication::applicationDisplayName(),
        m_idByKey.value(notification.key, 0u), QStringLiteral("lu.guichet.Desktop"),
        notification.summary, body, actions, hints, -1);
    auto* watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key = notification.key](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> id = *finished;
                if (id.isError()) {
                    qCWarning(lcUi) << "notification not shown:" << id.error().name();
                    return;
                }
                m_idByKey.insert(key, id.value());
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    Q_UNUSED(action); // "default" (a click on the notification) or "default" as a button
    const QString key = m_idByKey.key(id);
    if (!key.isEmpty())
        Q_EMIT activated(key);
}

void FreedesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    if (const QString key = m_idByKey.key(id); !key.isEmpty())
        m_idByKey.remove(key);
}

} // namespace guichet::notify
