#include "AccessibleNames.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QScrollBar>
#include <QToolButton>

namespace guichet {

void AccessibleNames::scrollArea(QAbstractScrollArea* area, const QString& what)
{
    area->setAccessibleName(what);
    area->verticalScrollBar()->setAccessibleName(tr("Scroll %1 up or down").arg(what));
    area->horizontalScrollBar()->setAccessibleName(tr("Scroll %1 sideways").arg(what));
}

void AccessibleNames::clearButton(QLineEdit* field)
{
    // Qt's own button, made by setClearButtonEnabled(true); the field's only tool button.
    for (QToolButton* button : field->findChildren<QToolButton*>()) {
        button->setAccessibleName(tr("Clear"));
        button->setToolTip(tr("Clear"));
    }
}

void AccessibleNames::calendar(QCalendarWidget* calendar)
{
    calendar->setAccessibleName(tr("Calendar"));
    const auto name = [calendar](const char* objectName, const QString& text) {
        if (auto* part = calendar->findChild<QWidget*>(QLatin1String(objectName)))
            part->setAccessibleName(text);
    };
    name("qt_calendar_calendarview", tr("Days of the month"));
    name("qt_calendar_prevmonth", tr("Previous month"));
    name("qt_calendar_nextmonth", tr("Next month"));
    name("qt_calendar_monthbutton", tr("Month"));
    name("qt_calendar_yearbutton", tr("Year"));
    name("qt_calendar_yearedit", tr("Year"));
}

} // namespace guichet
