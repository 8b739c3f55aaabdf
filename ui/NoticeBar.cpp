#include "NoticeBar.h"

#include "Announcer.h"
#include "PlainText.h"
#include "appearance/Look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

NoticeBar::NoticeBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    appearance::followLook(this, &NoticeBar::applyLook);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);

    m_whatToDo = new QLabel(this);
    m_whatToDo->setObjectName(QStringLiteral("noticeWhatToDo"));
    m_whatToDo->setTextFormat(Qt::PlainText);
    m_whatToDo->setWordWrap(true);

    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("noticeCode"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("noticeClose"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_whatToDo);
    texts->addWidget(m_code);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setAccessibleName(tr("Notice"));
    hide();
}

void NoticeBar::showError(const Error& error)
{
    m_error = error;
    retranslate();
    show();
    Announcer::announce(
        this,
        QStringList{m_message->text(), m_whatToDo->text(), m_code->text()}.join(QLatin1Char(' ')));
}

void NoticeBar::applyLook()
{
    const appearance::LookColours& colours = appearance::coloursOf(appearance::currentLook());
    // Its own text colour too: the palette's would be light on the pale bar in dark.
    setStyleSheet(QStringLiteral("#noticeBar { background: %1; border: %3px solid %2; }"
                                 "#noticeBar QLabel { color: %4; }")
                      .arg(colours.notice.background.name(), colours.noticeBorder.name())
                      .arg(colours.borderWidth)
                      .arg(colours.notice.text.name()));
}

void NoticeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate()
{
    m_close->setText(tr("Close"));
    setAccessibleName(tr("Notice"));
    if (m_error.code().isEmpty())
        return;
    m_message->setText(m_error.userMessage());
    m_whatToDo->setText(m_error.whatToDo());
    m_code->setText(tr("Error code for the help desk: %1").arg(m_error.code()));
    setToolTip(PlainText::toolTip(m_error.helpDeskText())); // the detail may quote the portal
}

} // namespace guichet
