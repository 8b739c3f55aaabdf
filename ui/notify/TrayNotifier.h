#pragma once

#include "DesktopNotifier.h"

class QSystemTrayIcon;

namespace guichet::notify {

// Windows and macOS (and Linux desktops without the D-Bus service but with a
// notification area): balloons of the application's tray icon. A balloon has no id,
// so a click opens what the last one was about.
class TrayNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    // icon: the application's tray icon (TrayPresence); shown while a balloon needs it.
    explicit TrayNotifier(QSystemTrayIcon& icon, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] QString describe() const override;
    void show(const DesktopNotification& notification) override;

private:
    QSystemTrayIcon& m_icon;
    QString m_lastKey;
};

} // namespace guichet::notify
