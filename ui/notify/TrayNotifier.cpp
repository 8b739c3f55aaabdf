#include "TrayNotifier.h"

#include <QSystemTrayIcon>

namespace guichet::notify {

TrayNotifier::TrayNotifier(QSystemTrayIcon& icon, QObject* parent)
    : DesktopNotifier(parent), m_icon(icon)
{
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastKey.isEmpty())
            Q_EMIT activated(m_lastKey);
    });
}

bool TrayNotifier::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString TrayNotifier::describe() const
{
    return isAvailable() ? QStringLiteral("the notification area (tray balloons)")
                         : QStringLiteral("no notification service and no notification area");
}

void TrayNotifier::show(const DesktopNotification& notification)
{
    if (!isAvailable())
        return;
    // Balloons come from the icon, so it must be there (it stays for the rest of the run).
    m_icon.setVisible(true);
    m_lastKey = notification.key;
    m_icon.showMessage(notification.summary, notification.body, QSystemTrayIcon::Information);
}

} // namespace guichet::notify
