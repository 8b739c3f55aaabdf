#include "Announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>

namespace guichet {

namespace {

// The role that makes a screen reader speak when the object is shown.
class AccessibleAnnouncer : public QAccessibleWidget
{
public:
    explicit AccessibleAnnouncer(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::Notification)
    {}

    QAccessible::State state() const override
    {
        QAccessible::State shown = QAccessibleWidget::state();
        shown.focusable = false;
        return shown;
    }
};

QAccessibleInterface* announcerInterface(const QString& className, QObject* object)
{
    if (object && object->isWidgetType() &&
        className == QLatin1String(Announcer::staticMetaObject.className()))
        return new AccessibleAnnouncer(static_cast<QWidget*>(object));
    return nullptr;
}

void installFactoryOnce()
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

Announcer::Announcer(QWidget* window) : QWidget(window)
{
    installFactoryOnce();
    setObjectName(QStringLiteral("announcer"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // No space of its own; still "showing" for the accessibility bus, which is what a
    // screen reader looks at before speaking.
    setGeometry(0, 0, 0, 0);
}

Announcer* Announcer::of(const QWidget* window)
{
    return window ? window->findChild<Announcer*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void Announcer::announce(QWidget* from, const QString& text)
{
    if (!from || text.trimmed().isEmpty())
        return;
    QWidget* window = from->window();
    if (!window->isVisible())
        return;
    Announcer* announcer = of(window);
    if (!announcer)
        announcer = new Announcer(window);
    announcer->say(text.simplified());
}

void Announcer::changeEvent(QEvent* event)
{
    // What was said is over; kept in the old language it would stay in the tree as the
    // only text not in the new one.
    if (event->type() == QEvent::LanguageChange) {
        m_last.clear();
        setAccessibleName(QString());
    }
    QWidget::changeEvent(event);
}

AnnouncementFeed& Announcer::feed()
{
    static AnnouncementFeed everyAnnouncement;
    return everyAnnouncement;
}

void Announcer::say(const QString& text)
{
    m_last = text;
    setAccessibleName(text); // sends NameChanged
    // Reported as shown again even when it already was: that is what is spoken, and a
    // text repeated ("Saved" twice) must be heard twice.
    if (isHidden()) {
        show(); // sends the event itself
    } else {
        QAccessibleEvent shown(this, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
    }
    Q_EMIT feed().said(this, text);
}

} // namespace guichet
