#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace guichet {

// A control that cannot be used now says why: in its tooltip (the mouse) and its
// accessible description (a screen reader says it with the name: "Send the message,
// button, unavailable, write a subject and a message first"). Once usable, the reason
// goes away. WCAG asks that the state be known; people also need to know what to do.
class DisabledReason
{
    Q_DECLARE_TR_FUNCTIONS(DisabledReason)

public:
    static void apply(QWidget* control, bool available, const QString& whyNot);

    // Reasons several controls share.
    [[nodiscard]] static QString chooseInList() { return tr("Choose an item in the list first."); }
};

} // namespace guichet
