#include "Page.h"

#include "appearance/Look.h"

#include <QEvent>

namespace guichet {

Page::Page(QWidget* parent) : QWidget(parent)
{
    // Virtual: reaches the page's own applyLook once it is made.
    connect(&appearance::LookNotifier::instance(), &appearance::LookNotifier::lookChanged, this,
            [this] { applyLook(); });
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace guichet
