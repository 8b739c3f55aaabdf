// A notification server for tests: it takes org.freedesktop.Notifications on the
// session bus (the test's private one, never a real desktop's), answers as the
// Desktop Notifications Specification 1.2 describes, and remembers every Notify call.
// A second interface at /control lets the test read what arrived and "click" a
// notification (ActionInvoked), as a person would.
//
// Usage: fake-notification-server [--markup]
//   --markup  advertise body-markup (the client must then escape & < >)
// Prints "ready" on standard output once the name is taken; ends when stdin closes.
#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
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

class Control : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "lu.guichet.test.FakeNotifications")

public:
    explicit Control(Server& server) : m_server(server) {}

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

private:
    Server& m_server;
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
    Server server(markup);
    Control control(server);
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
