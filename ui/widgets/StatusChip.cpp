#include "StatusChip.h"

#include "SpaceTexts.h"

#include <QEvent>

namespace guichet {

StatusChip::StatusChip(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusChip"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    appearance::followLook(this, &StatusChip::applyColours);
}

appearance::ColourPair StatusChip::coloursFor(const QString& status)
{
    // Text on a tint of the same hue, each pair above 7:1 (appearance/Look.cpp).
    const appearance::LookColours& look = appearance::coloursOf(appearance::currentLook());
    if (status == u"received")
        return look.received;
    if (status == u"in_processing")
        return look.inProcessing;
    if (status == u"information_requested")
        return look.informationRequested;
    if (status == u"decided")
        return look.decided;
    return look.otherStatus;
}

void StatusChip::setStatus(const QString& status)
{
    m_status = status;
    applyColours();
    refresh();
}

void StatusChip::applyColours()
{
    const appearance::ColourPair colours = coloursFor(m_status);
    setStyleSheet(QStringLiteral("QLabel#statusChip { color: %1; background: %2; border: %3px "
                                 "solid %1; border-radius: 9px; padding: 1px 8px; }")
                      .arg(colours.text.name(), colours.background.name())
                      .arg(appearance::coloursOf(appearance::currentLook()).borderWidth));
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
