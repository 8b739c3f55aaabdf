#include "PlainText.h"

#include <QLabel>

namespace guichet::PlainText {

QString toolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString shown = text.left(MaxToolTipLength);
    if (text.size() > MaxToolTipLength)
        shown += QChar(0x2026);
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown.toHtmlEscaped());
}

void fitToLayout(QLabel* label)
{
    QSizePolicy policy = label->sizePolicy(); // keeps the height-for-width of wrapped text
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace guichet::PlainText
