#include "DisabledReason.h"

#include "PlainText.h"

#include <QWidget>

namespace guichet {

void DisabledReason::apply(QWidget* control, bool available, const QString& whyNot)
{
    control->setEnabled(available);
    const QString reason = available ? QString() : whyNot;
    control->setAccessibleDescription(reason);
    control->setToolTip(reason.isEmpty() ? QString() : PlainText::toolTip(reason));
}

} // namespace guichet
