#include "ThreadView.h"

#include "AttachmentPicker.h"
#include "MessageCard.h"
#include "MessageLimits.h"
#include "PageLayout.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

ThreadView::ThreadView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("threadView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_subject = PageLayout::subheading(this);
    m_subject->setObjectName(QStringLiteral("threadSubject"));
    m_subject->setProperty("guichetData", true);
    m_details = PageLayout::value(this, QStringLiteral("threadDetails"));
    m_empty = PageLayout::paragraph(this);
    m_empty->setObjectName(QStringLiteral("threadEmpty"));

    auto* listWidget = new QWidget(this);
    listWidget->setObjectName(QStringLiteral("threadMessages"));
    m_list = new QVBoxLayout(listWidget);
    m_list->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(listWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_closed = PageLayout::paragraph(this);
    m_closed->setObjectName(QStringLiteral("threadClosed"));
    m_readOnly = PageLayout::paragraph(this);
    m_readOnly->setObjectName(QStringLiteral("threadReadOnly"));
    m_replyLabel = PageLayout::paragraph(this);
    m_reply = new QPlainTextEdit(this);
    m_reply->setObjectName(QStringLiteral("replyBody"));
    m_reply->setTabChangesFocus(true); // Tab leaves the box: keyboard users are not trapped
    m_reply->setMaximumHeight(120);
    m_replyLabel->setBuddy(m_reply);
    m_attachments = new AttachmentPicker(this);
    m_attachments->setObjectName(QStringLiteral("replyAttachments"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("replySend"));
    m_send->setAutoDefault(true);

    layout->addWidget(m_subject);
    layout->addWidget(m_details);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_closed);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_replyLabel);
    layout->addWidget(m_reply);
    layout->addWidget(m_attachments);
    layout->addWidget(m_send, 0, Qt::AlignRight);
    setTabOrder(m_scroll, m_reply);
    setTabOrder(m_reply, m_attachments);
    setTabOrder(m_attachments, m_send);

    connect(m_reply, &QPlainTextEdit::textChanged, this, &ThreadView::updateSend);
    connect(m_send, &QPushButton::clicked, this,
            [this] { Q_EMIT replyRequested(m_reply->toPlainText()); });
    retranslate();
    showThread(nullptr, {});
}

void ThreadView::retranslate()
{
    m_empty->setText(tr("Choose a conversation to read it."));
    m_scroll->setAccessibleName(tr("Messages of the conversation"));
    m_closed->setText(tr("This conversation is closed: the administration no longer accepts "
                         "messages in it. Write a new message to the administration instead."));
    m_replyLabel->setText(tr("Your &reply:"));
    m_reply->setAccessibleName(tr("Your reply"));
    m_send->setText(tr("&Send the reply"));
    m_send->setAccessibleName(tr("Send the reply"));
    m_attachments->retranslate();
}

void ThreadView::showThread(const MessageThread* thread,
                            const QHash<QString, QString>& documentTitles)
{
    const QString key = thread ? thread->key : QString();
    if (key != m_threadKey)
        clearReply();
    m_threadKey = key;
    // Cards go later: this may run from inside a card's own button signal.
    for (MessageCard* card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    const bool shown = thread != nullptr;
    m_subject->setVisible(shown);
    m_details->setVisible(shown);
    m_empty->setVisible(!shown);
    m_scroll->setVisible(shown);
    // A reply needs a message on the portal to answer, in a thread still open.
    m_canReply =
        shown && !thread->closed && !thread->replyTo().isEmpty() && m_readOnlyReason.isEmpty();
    m_closed->setVisible(shown && thread->closed);
    m_readOnly->setText(m_readOnlyReason);
    m_readOnly->setVisible(shown && !thread->closed && !m_readOnlyReason.isEmpty());
    m_replyLabel->setVisible(m_canReply);
    m_reply->setVisible(m_canReply);
    m_attachments->setVisible(m_canReply);
    m_send->setVisible(m_canReply);
    updateSend();
    if (!thread)
        return;

    m_subject->setText(thread->subject);
    QStringList details{thread->administrationName};
    if (!thread->dossierReference.isEmpty())
        details.append(tr("Dossier %1").arg(thread->dossierReference));
    m_details->setText(details.join(QStringLiteral(" · ")));
    QWidget* container = m_scroll->widget();
    const auto add = [&](MessageCard* card) {
        m_list->insertWidget(m_list->count() - 1, card);
        connect(card, &MessageCard::attachmentRequested, this, &ThreadView::attachmentRequested);
        connect(card, &MessageCard::discardRequested, this, &ThreadView::discardRequested);
        m_cards.append(card);
    };
    for (const QJsonObject& message : thread->messages)
        add(new MessageCard(message, documentTitles, container));
    for (const PendingMessage& message : thread->pending)
        add(new MessageCard(message, documentTitles, container));
    // Made after the rest of the window, the cards would come last in the Tab order:
    // they go right after their scroll area, before the reply, in reading order.
    QWidget* before = m_scroll;
    for (MessageCard* card : std::as_const(m_cards))
        for (QWidget* part : card->findChildren<QWidget*>())
            if (part->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(before, part);
                before = part;
            }
    // The newest message is at the bottom, as in any conversation.
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });
}

void ThreadView::clearReply()
{
    // Send is disabled once the box is empty: the focus stays in the conversation
    // instead of jumping out of the page.
    if (m_send->hasFocus())
        m_reply->setFocus(Qt::OtherFocusReason);
    m_reply->clear();
    m_attachments->clear();
}

void ThreadView::updateSend()
{
    const QString text = m_reply->toPlainText();
    m_send->setEnabled(m_canReply && !text.trimmed().isEmpty() &&
                       text.size() <= MessageLimits::MaxBody);
}

} // namespace guichet
