#pragma once

// What a screen reader and the eye need of a window, checked in-process (issue #18,
// "bad input"): every control a person can reach has a name, and no two things a
// layout placed side by side overlap. Used with hostile portal text (very long,
// right-to-left, combining characters) and very large forms, where a layout or a name
// would break first. The bus-level audit of the real binary is tests/e2e/accessibility.py.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QTextEdit>
#include <QWidget>

namespace guichet::test {

inline bool reachable(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) != 0;
}

inline bool isControl(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QTextEdit*>(widget);
}

// Controls that can take the focus and have neither a name nor a label (a buddy).
inline QStringList unnamedControls(const QWidget& root)
{
    QStringList unnamed;
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (!reachable(widget) || !isControl(widget))
            continue;
        // The field inside a spin box, date edit or editable combo box is that control's
        // own part, not one of its own on the accessibility bus.
        if (QWidget* parent = widget->parentWidget();
            parent && (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent)))
            continue;
        QAccessibleInterface* control = QAccessible::queryAccessibleInterface(widget);
        if (!control)
            continue;
        const bool named = !control->text(QAccessible::Name).trimmed().isEmpty() ||
                           !control->relations(QAccessible::Label).isEmpty();
        if (!named)
            unnamed << QStringLiteral("%1 '%2' in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName()
                                                       : QString());
    }
    return unnamed;
}

// Items of one layout (widgets or nested layouts) that overlap on screen.
inline QStringList overlaps(const QWidget& root)
{
    QStringList found;
    const auto shown = [](QLayoutItem* item) {
        if (QWidget* widget = item->widget())
            return widget->isVisible() && !widget->geometry().isEmpty();
        return item->layout() && !item->geometry().isEmpty() && !item->isEmpty();
    };
    const auto nameOf = [](QLayoutItem* item) {
        if (QWidget* widget = item->widget())
            return QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                   widget->objectName();
        return QStringLiteral("a layout");
    };
    for (QLayout* layout : root.findChildren<QLayout*>()) {
        if (qobject_cast<QStackedLayout*>(layout) || !layout->parentWidget() ||
            !layout->parentWidget()->isVisible())
            continue;
        QList<QLayoutItem*> items;
        for (int i = 0; i < layout->count(); ++i)
            if (QLayoutItem* item = layout->itemAt(i); item && shown(item))
                items.append(item);
        for (int a = 0; a < items.size(); ++a)
            for (int b = a + 1; b < items.size(); ++b)
                if (items[a]->geometry().intersects(items[b]->geometry()))
                    found << QStringLiteral("%1 and %2 in %3")
                                 .arg(nameOf(items[a]), nameOf(items[b]),
                                      layout->parentWidget()->objectName());
    }
    return found;
}

} // namespace guichet::test
