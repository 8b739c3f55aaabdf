#pragma once

#include "SpaceList.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace guichet {

// The space switcher at the top of the navigation: every space of the signed-in
// person with their role in it ("Weber Constructions S.A. — Administrator"). Choosing
// one makes it current in the SpaceList; the pages follow. Hidden while signed out.
class SpaceSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit SpaceSwitcher(SpaceList& spaces, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* combo() const { return m_combo; }

    // "Administrator", "Manager", "Viewer", in the current language.
    [[nodiscard]] static QString roleName(SpaceRole role);
    // Why a viewer's write actions are disabled, for the pages to show.
    [[nodiscard]] static QString readOnlyReason();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void applyLook();

    SpaceList& m_spaces;
    QLabel* m_label = nullptr;
    QComboBox* m_combo = nullptr;
    QLabel* m_role = nullptr;
};

} // namespace guichet
