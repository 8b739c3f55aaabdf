#include "PlainText.h"

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

} // namespace guichet::PlainText
