#pragma once

#include "Error.h"
#include "MessageThreads.h"
#include "Page.h"

#include <QHash>
#include <QSet>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace guichet {

class AttachmentPicker;
class DataStateNotice;
class NewMessageDialog;
class SpaceSource;
class ThreadView;

// Messages with the administrations: the conversations of the space, newest first,
// with their unread counts (also in the navigation title); one conversation read with
// a reply box; and "Write to an administration…". Opening a conversation marks its
// unread messages read. Everything the person sends waits in the outbox, so writing
// works offline; a message not sent yet shows in its conversation with its state.
class MessagesPage : public Page
{
    Q_OBJECT

public:
    explicit MessagesPage(SpaceSource& source, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("messages"); }
    [[nodiscard]] QString title() const override;

    // Seams for tests: how the "write" dialog is run (default exec(); true = send), and
    // how files and documents are chosen for attachments (default dialogs).
    using Composer = std::function<bool(NewMessageDialog& dialog)>;
    void setComposer(Composer composer) { m_compose = std::move(composer); }
    void setAttachmentChoosers(
        std::function<QStringList()> files,
        std::function<QStringList(const QList<QPair<QString, QString>>&)> documents);

    // Seam for tests: asks the person to confirm (default a QMessageBox); true = delete.
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    [[nodiscard]] const QList<MessageThread>& threads() const { return m_threads; }
    [[nodiscard]] int unreadCount() const;
    [[nodiscard]] ThreadView& threadView() { return *m_view; }
    void openThread(const QString& key);
    // Why the person may not write in this space (a viewer); empty = they may.
    void setReadOnlyReason(const QString& reason);
    void writeMessage();
    void reply(const QString& body);
    // Deletes a refused message from this computer, after the person confirms.
    void discardRefused(qint64 outboxEntryId);

Q_SIGNALS:
    // The person asked to open an attachment: a document of the space.
    void documentOpenRequested(const QString& documentId);
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void reload();
    void rebuildList();
    void showCurrent();
    void updateWrite();
    void showMessage(const QString& text);
    void prepare(AttachmentPicker& picker) const;
    [[nodiscard]] const MessageThread* thread(const QString& key) const;

    SpaceSource& m_source;
    Composer m_compose;
    Confirmation m_confirm;
    std::function<QStringList()> m_chooseFiles;
    std::function<QStringList(const QList<QPair<QString, QString>>&)> m_chooseDocuments;
    QList<MessageThread> m_threads;
    QList<QPair<QString, QString>> m_administrations;
    QList<QPair<QString, QString>> m_documents; // (id, title)
    QHash<QString, QString> m_documentTitles;
    QSet<QString> m_readQueued; // messages whose read mark waits in the outbox
    QString m_currentKey;
    QString m_readOnlyReason;
    bool m_rebuilding = false;
    int m_shownUnread = -1; // what the title last said
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    DataStateNotice* m_notice = nullptr;
    QPushButton* m_write = nullptr;
    QTreeWidget* m_list = nullptr;
    ThreadView* m_view = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace guichet
