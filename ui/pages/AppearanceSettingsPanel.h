#pragma once

#include "Error.h"

#include <QObject>

class QComboBox;
class QLabel;

namespace guichet {

class Settings;

namespace appearance {
class AppearanceManager;
}

// The row of Settings about how the window looks: follow the desktop (its dark mode
// and high contrast, named with what it asks for now), or light, dark or high contrast
// whatever the desktop says. The choice applies at once and is kept in
// appearance/theme; an administrator's lock shows it but keeps it. Its label, list and
// note are children of the page, placed in the page's grid so they line up with the
// rows above.
class AppearanceSettingsPanel : public QObject
{
    Q_OBJECT

public:
    AppearanceSettingsPanel(Settings* settings, appearance::AppearanceManager* appearance,
                            QWidget* page);

    [[nodiscard]] QLabel* label() const { return m_label; }
    [[nodiscard]] QComboBox* choice() const { return m_choice; }
    [[nodiscard]] QLabel* note() const { return m_note; }

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fill();
    void onChosen(int index);

    Settings* m_settings;
    appearance::AppearanceManager* m_appearance;
    QLabel* m_label = nullptr;
    QComboBox* m_choice = nullptr;
    QLabel* m_note = nullptr;
    bool m_filling = false;
};

} // namespace guichet
