#pragma once

#include "Look.h"

#include <QObject>
#include <QString>

namespace guichet::appearance {

class SystemAppearance;

// The look in force: the person's choice (Settings → Appearance, the setting
// appearance/theme, or --theme for one run), or what the desktop asks for (light when it
// asks for nothing). Every look is drawn by ContrastStyle, Qt's Fusion whose every colour
// comes from the palette (the native styles of Windows and macOS ignore parts of it),
// with control borders that keep 3:1: the contrast is the same tested one everywhere.
class AppearanceManager : public QObject
{
    Q_OBJECT

public:
    explicit AppearanceManager(SystemAppearance& system, QObject* parent = nullptr);

    // "" follows the system; otherwise a lookName(). Applies at once.
    void setChoice(const QString& choice);
    [[nodiscard]] QString choice() const { return m_choice; }
    [[nodiscard]] static bool isChoice(const QString& choice);

    [[nodiscard]] Look look() const { return m_look; }
    [[nodiscard]] const SystemAppearance& system() const { return m_system; }

Q_SIGNALS:
    void lookChanged(guichet::appearance::Look look);

private:
    void apply();

    SystemAppearance& m_system;
    QString m_choice;
    Look m_look = Look::Light;
    bool m_applied = false;
};

} // namespace guichet::appearance
