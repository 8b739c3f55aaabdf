#pragma once

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// The test's side of tests/support/notifications/FakeNotificationServer.cpp: starts it
// on the session bus the test runs in (with-keyring.sh gives a private one), reads what
// it received, and clicks a notification. GUICHET_FAKE_NOTIFICATION_SERVER is the
// program's path (set by CMake).
class FakeNotifications
{
public:
    explicit FakeNotifications(bool markup = false)
    {
        m_process.setProgram(QStringLiteral(GUICHET_FAKE_NOTIFICATION_SERVER));
        if (markup)
            m_process.setArguments({QStringLiteral("--markup")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        m_started = m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000) &&
                    m_process.readLine().trimmed() == "ready";
    }
    ~FakeNotifications()
    {
        m_process.closeWriteChannel(); // the server ends when its stdin closes
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    FakeNotifications(const FakeNotifications&) = delete;
    FakeNotifications& operator=(const FakeNotifications&) = delete;

    [[nodiscard]] bool isRunning() const { return m_started; }

    // Every Notify call so far, oldest first.
    [[nodiscard]] QJsonArray received()
    {
        const QDBusReply<QString> reply = control().call(QStringLiteral("Received"));
        return reply.isValid() ? QJsonDocument::fromJson(reply.value().toUtf8()).array()
                               : QJsonArray();
    }
    void forget() { control().call(QStringLiteral("Forget")); }
    // A click on the notification with this id.
    void click(uint id) { control().call(QStringLiteral("Invoke"), id, QStringLiteral("default")); }

private:
    static QDBusInterface control()
    {
        return QDBusInterface(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/control"),
            QStringLiteral("lu.guichet.test.FakeNotifications"), QDBusConnection::sessionBus());
    }

    QProcess m_process;
    bool m_started = false;
};
