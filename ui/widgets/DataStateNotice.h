#pragma once

#include "SpaceSource.h"

#include <QLabel>

namespace guichet {

// One line above a list that says why it is empty or how current it is: loading,
// offline (showing the saved copy), or the list's own "nothing here" text.
// Hidden when the list is current and has items.
class DataStateNotice : public QLabel
{
    Q_OBJECT

public:
    explicit DataStateNotice(QWidget* parent = nullptr);

    // emptyText is already translated by the caller (it differs per screen).
    void showState(DataState state, bool hasItems, const QString& emptyText);
};

} // namespace guichet
