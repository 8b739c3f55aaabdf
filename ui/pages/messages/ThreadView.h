#pragma once

#include "MessageThreads.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace guichet {

class AttachmentPicker;
class MessageCard;

// One conversation: its subject, administration and dossier, the messages in the order
// they were written (then the person's messages not sent yet), and a reply box with
// attachments. A closed conversation offers no reply (the portal refuses it, MSG-001).
class ThreadView : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadView(QWidget* parent = nullptr);

    // nullptr = no conversation chosen. The reply text is kept while the same thread
    // is shown again (a reload), cleared when another one is.
    void showThread(const MessageThread* thread, const QHash<QString, QString>& documentTitles);
    [[nodiscard]] AttachmentPicker& attachments() { return *m_attachments; }
    [[nodiscard]] QPlainTextEdit& replyBox() { return *m_reply; }
    [[nodiscard]] QList<MessageCard*> cards() const { return m_cards; }
    void clearReply();
    void retranslate();
    // Why the person may not reply in this space (a viewer); empty = they may. Shown
    // in place of the reply box from the next showThread().
    void setReadOnlyReason(const QString& reason) { m_readOnlyReason = reason; }

Q_SIGNALS:
    void attachmentRequested(const QString& documentId);
    void replyRequested(const QString& body);
    void discardRequested(qint64 outboxEntryId);

private:
    void updateSend();

    QString m_threadKey;
    QString m_readOnlyReason;
    bool m_canReply = false;
    QList<MessageCard*> m_cards;
    QLabel* m_subject = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_list = nullptr;
    QLabel* m_replyLabel = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    AttachmentPicker* m_attachments = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_readOnly = nullptr;
};

} // namespace guichet
