#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace guichet {

// The application's icon in the notification area while it runs in the background:
// a click (or "Open Guichet Desktop") brings the window back; "Quit" ends it. Shown
// only when the person chose to keep the application running; absent where the
// desktop has no notification area.
class TrayPresence : public QObject
{
    Q_OBJECT

public:
    explicit TrayPresence(QObject* parent = nullptr);
    ~TrayPresence() override;

    [[nodiscard]] static bool isSupported();
    void setVisible(bool visible);
    // For TrayNotifier: the balloons come from this icon.
    [[nodiscard]] QSystemTrayIcon* icon() const { return m_icon; }

Q_SIGNALS:
    void openRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace guichet
