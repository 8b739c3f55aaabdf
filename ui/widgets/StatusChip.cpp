#include "StatusChip.h"

#include "SpaceTexts.h"

#include <QEvent>

namespace guichet {

StatusChip::StatusChip(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusChip"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

StatusChip::Colours StatusChip::coloursFor(const QString& status)
{
    // Dark text on a pale tint of the same hue: each pair has a contrast above 7:1.
    if (status == u"received")
        return {QColor(0x0d, 0x47, 0xa1), QColor(0xe3, 0xf2, 0xfd)};
    if (status == u"in_processing")
        return {QColor(0x6d, 0x3a, 0x00), QColor(0xff, 0xf3, 0xe0)};
    if (status == u"information_requested")
        return {QColor(0x9a, 0x12, 0x12), QColor(0xff, 0xeb, 0xee)};
    if (status == u"decided")
        return {QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9)};
    return {QColor(0x37, 0x47, 0x4f), QColor(0xec, 0xef, 0xf1)};
}

void StatusChip::setStatus(const QString& status)
{
    m_status = status;
    const Colours colours = coloursFor(status);
    setStyleSheet(QStringLiteral("QLabel#statusChip { color: %1; background: %2; border: 1px "
                                 "solid %1; border-radius: 9px; padding: 1px 8px; }")
                      .arg(colours.text.name(), colours.background.name()));
    refresh();
}

void StatusChip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void StatusChip::refresh()
{
    setText(SpaceTexts::dossierStatus(m_status));
    setAccessibleName(tr("Status: %1").arg(text()));
}

} // namespace guichet
