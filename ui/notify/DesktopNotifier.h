#pragma once

#include "NotificationTexts.h"

#include <QObject>
#include <QString>

namespace guichet::notify {

// The desktop's own way of telling the person something while the window is not in
// front: the freedesktop notification service on Linux, the notification area's
// balloon (QSystemTrayIcon) elsewhere. Clicking a notification gives back its key.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when nothing can show a notification (no service on the bus, no tray).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    // For Diagnostics: what shows the notifications ("GNOME Shell 43.9 via D-Bus"), or
    // why none can be shown. Not translated: it names software.
    [[nodiscard]] virtual QString describe() const = 0;
    // Shows it, replacing the one shown earlier with the same key.
    virtual void show(const DesktopNotification& notification) = 0;

Q_SIGNALS:
    // The person clicked the notification with this key.
    void activated(const QString& key);
};

} // namespace guichet::notify
