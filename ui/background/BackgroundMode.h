#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace guichet {

class Settings;
class TrayPresence;

// What closing the window does. By default, as before, it quits. When the person chose
// to keep the application running (SettingKeys::KeepRunningInBackground) and the
// desktop has a notification area, closing only hides the window: the sync goes on at
// its usual interval and notifications keep coming; the tray icon brings the window
// back or quits. The first close asks once, in plain words, without blocking anything
// (a window-modal question answered later); the answer is remembered.
class BackgroundMode : public QObject
{
    Q_OBJECT

public:
    BackgroundMode(QWidget& window, Settings& settings, TrayPresence& tray,
                   QObject* parent = nullptr);

    // Whether closing the window now keeps the application running.
    [[nodiscard]] bool keepsRunning() const;
    // Starts with the window hidden and the icon in the notification area, whatever
    // the setting (--background, from the login item).
    void startHidden();
    // Shows the window again (from the tray, a notification or a second start).
    void showWindow();
    // Really ends the application, whatever the setting says.
    void quit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ask();
    void applySetting();

    QWidget& m_window;
    Settings& m_settings;
    TrayPresence& m_tray;
    QPointer<QMessageBox> m_question;
    bool m_quitting = false;
};

} // namespace guichet
