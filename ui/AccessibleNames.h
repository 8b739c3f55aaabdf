#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractScrollArea;
class QCalendarWidget;
class QLineEdit;

namespace guichet {

// Names a screen reader says for the parts Qt makes without one: scroll areas and their
// scroll bars, the clear button of a search field, the inside of a calendar. Call again
// on a language change (the callers' retranslate()).
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)

public:
    // A scroll area is a tab stop (its arrows scroll): it and its scroll bars say what
    // they scroll, e.g. "Settings".
    static void scrollArea(QAbstractScrollArea* area, const QString& what);
    // The button inside a field that empties it (QLineEdit::setClearButtonEnabled).
    static void clearButton(QLineEdit* field);
    // The month's days and the buttons that change the month.
    static void calendar(QCalendarWidget* calendar);
};

} // namespace guichet
