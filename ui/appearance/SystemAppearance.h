#pragma once

#include "Look.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace guichet::appearance {

// What the desktop asks for: light, dark or high contrast, and how that was found, for
// "Follow the system". Read, in this order:
// - the freedesktop settings portal (org.freedesktop.portal.Settings, Linux): the
//   colour scheme of org.freedesktop.appearance (1 = prefer dark), its contrast
//   (1 = high), and GNOME's org.gnome.desktop.a11y.interface high-contrast; its
//   SettingChanged signal makes a change on the desktop apply at once;
// - GTK_THEME (":dark", "HighContrast"), which people set to force a theme;
// - the palette the platform gave the application before ours (Windows, macOS, KDE:
//   dark when its text is lighter than its window).
class SystemAppearance : public QObject
{
    Q_OBJECT

public:
    // Reads the platform's palette now: make it before any palette is set.
    explicit SystemAppearance(QObject* parent = nullptr);

    // The look the desktop asks for; Light when it asks for nothing.
    [[nodiscard]] Look preferred() const { return m_preferred; }
    // Whether the desktop said anything.
    [[nodiscard]] bool hasPreference() const { return m_hasPreference; }
    // How it was found, in English for logs and Diagnostics ("desktop portal", …).
    [[nodiscard]] QString source() const { return m_source; }

    // Reads everything again (the portal's signal calls it).
    void refresh();

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void onPortalSettingChanged(const QString& group, const QString& key);

private:
    void listenToPortal();

    QPalette m_platformPalette;
    Look m_preferred = Look::Light;
    bool m_hasPreference = false;
    QString m_source;
};

} // namespace guichet::appearance
