// A notification server for tests: it takes org.freedesktop.Notifications on the
// session bus (the test's private one, never a real desktop's), answers as the
// Desktop Notifications Specification 1.2 describes, and remembers every Notify call.
// A second interface at /control lets the test read what arrived and "click" a
// notification (ActionInvoked), as a person would.
//
// Usage: fake-notification-server [--markup] [--tray]
//   --markup  advertise body-markup (the client must then escape & < >)
//   --tray    also be a notification area: org.kde.StatusNotifierWatcher with a host
//             registered, as KDE, GNOME's AppIndicator extension and others provide;
//             Qt then gives the application a tray icon, registered here.
// Prints "ready" on standard output once the name is taken; ends when stdin closes.
#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QVariantMap>

#include <cstdio>
#include <unistd.h>

namespace {

struct Received
{
    uint id = 0;
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
};

class Server : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit Server(bool markup) : m_markup(markup) {}
    QList<Received> received;

public Q_SLOTS:
    QStringList GetCapabilities() const
    {
        QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
        if (m_markup)
            capabilities << QStringLiteral("body-markup");
        return capabilities;
    }

    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        received.append({id, appName, replacesId, icon, summary, body, actions, hints, timeout});
        return id;
    }

    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion) const
    {
        vendor = QStringLiteral("Guichet tests");
        version = QStringLiteral("1.0");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);

private:
    bool m_markup = false;
    uint m_lastId = 0;
};

// The notification area's registry (the StatusNotifierItem specification): Qt asks
// whether a host is registered before it calls a tray "available", then registers its
// icon here.
class Watcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    [[nodiscard]] QStringList items() const { return m_items; }
    [[nodiscard]] bool hostRegistered() const { return true; }
    [[nodiscard]] int protocolVersion() const { return 0; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString& service, const QDBusMessage& message)
    {
        // Qt sends its own unique bus name or a well-known name; keep who can be called.
        m_items.append(service.startsWith(u'/') ? message.service() + service : service);
        Q_EMIT StatusNotifierItemRegistered(m_items.last());
    }
    void RegisterStatusNotifierHost(const QString& service) { Q_UNUSED(service); }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierItemUnregistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

class Control : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "lu.guichet.test.FakeNotifications")

public:
    Control(Server& server, Watcher& watcher) : m_server(server), m_watcher(watcher) {}

public Q_SLOTS:
    // Every Notify call so far, as a JSON array of objects.
    QString Received() const
    {
        QJsonArray all;
        for (const ::Received& r : m_server.received) {
            QJsonObject hints;
            for (auto it = r.hints.constBegin(); it != r.hints.constEnd(); ++it)
                hints.insert(it.key(), QJsonValue::fromVariant(it.value()));
            all.append(
                QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                            {QStringLiteral("appName"), r.appName},
                            {QStringLiteral("replacesId"), qint64(r.replacesId)},
                            {QStringLiteral("icon"), r.icon},
                            {QStringLiteral("summary"), r.summary},
                            {QStringLiteral("body"), r.body},
                            {QStringLiteral("actions"), QJsonArray::fromStringList(r.actions)},
                            {QStringLiteral("hints"), hints},
                            {QStringLiteral("timeout"), r.timeout}});
        }
        return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    }
    // A click on notification `id` (action "default"), then its closing.
    void Invoke(uint id, const QString& action)
    {
        Q_EMIT m_server.ActionInvoked(id, action);
        Q_EMIT m_server.NotificationClosed(id, 2);
    }
    void Forget() { m_server.received.clear(); }
    // The tray icons registered so far (--tray).
    QStringList TrayItems() const { return m_watcher.items(); }

private:
    Server& m_server;
    Watcher& m_watcher;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool markup = app.arguments().contains(QStringLiteral("--markup"));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "fake-notification-server: no session bus\n");
        return 2;
    }
    const bool tray = app.arguments().contains(QStringLiteral("--tray"));
    Server server(markup);
    Watcher watcher;
    Control control(server, watcher);
    if (tray &&
        (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher,
                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals |
                                 QDBusConnection::ExportAllProperties) ||
         !bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher")))) {
        std::fprintf(stderr, "fake-notification-server: %s\n",
                     qPrintable(bus.lastError().message()));
        return 3;
    }
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
        !bus.registerObject(QStringLiteral("/control"), &control,
                            QDBusConnection::ExportAllSlots) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "fake-notification-server: %s\n",
                     qPrintable(bus.lastError().message()));
        return 3;
    }
    // Ends with the test that started it, even when that one crashed.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    std::puts("ready");
    std::fflush(stdout);
    return app.exec();
}

#include "FakeNotificationServer.moc"
