#pragma once

#include "Error.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace guichet {

class Settings;
struct SettingDefinition;

// The part of Settings about being told and running in the background: which kinds
// of notifications come, whether they name dossiers and administrations (off by
// default: a lock screen may show them), keeping the application in the notification
// area when its window is closed, and starting it at login. Each value applies at
// once; one an administrator locked is shown but cannot be changed. "Start at login"
// reads the login item itself, so it says the truth even when the person removed it
// in the desktop's own settings.
class NotificationSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationSettingsPanel(Settings* settings, QWidget* parent = nullptr);

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Choice
    {
        QCheckBox* box = nullptr;
        const SettingDefinition* setting = nullptr;
        const char* text = nullptr;
    };
    void addChoice(const char* objectName, const SettingDefinition& setting, const char* text);
    void retranslate();
    void load();
    void onToggled(const Choice& choice, bool on);
    void onStartAtLoginToggled(bool on);

    Settings* m_settings;
    QLabel* m_heading = nullptr;
    QLabel* m_kindsLabel = nullptr;
    QList<Choice> m_choices;
    QCheckBox* m_startAtLogin = nullptr;
    QLabel* m_note = nullptr;
    bool m_filling = false;
};

} // namespace guichet
