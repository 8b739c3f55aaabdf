#include "MessagesPage.h"

#include "Announcer.h"
#include "AttachmentPicker.h"
#include "DataStateNotice.h"
#include "NewMessageDialog.h"
#include "OpenableFile.h"
#include "PageLayout.h"
#include "ReadableColumns.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"
#include "ThreadView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>

namespace guichet {

using SpaceTexts::field;

namespace {

constexpr int KeyRole = Qt::UserRole;
enum Column
{
    SubjectColumn,
    AdministrationColumn,
    DossierColumn,
    DateColumn,
    UnreadColumn,
    ColumnCount
};

QString replySubject(const QString& subject)
{
    if (subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive))
        return subject;
    return QStringLiteral("Re: %1").arg(subject).left(200);
}

} // namespace

MessagesPage::MessagesPage(SpaceSource& source, QWidget* parent) : Page(parent), m_source(source)
{
    setObjectName(QStringLiteral("messagesPage"));
    m_compose = [](NewMessageDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    m_confirm = [this](const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::AcceptRole);
        QPushButton* keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
        box.setDefaultButton(keep); // Enter alone never deletes
        box.exec();
        return box.clickedButton() == remove;
    };

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("messagesState"));
    m_write = new QPushButton(this);
    m_write->setObjectName(QStringLiteral("messagesWrite"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    ReadableColumns::apply(m_list, SubjectColumn);
    m_view = new ThreadView(this);
    // The list above the conversation, as mail programs do: the subject then has the
    // page's whole width, and the conversation the larger share of the height.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("messagesSplit"));
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    m_message = PageLayout::paragraph(this);
    m_message->setObjectName(QStringLiteral("messagesMessage"));
    m_message->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_write);
    actions->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setTabOrder(m_write, m_list);
    setTabOrder(m_list, m_view);

    connect(m_write, &QPushButton::clicked, this, &MessagesPage::writeMessage);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!m_rebuilding && item)
            openThread(item->data(0, KeyRole).toString());
    });
    // Enter on a conversation goes to its messages.
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_view->setFocus(); });
    connect(m_view, &ThreadView::replyRequested, this, &MessagesPage::reply);
    connect(m_view, &ThreadView::attachmentRequested, this, &MessagesPage::documentOpenRequested);
    connect(m_view, &ThreadView::discardRequested, this, &MessagesPage::discardRefused);
    connect(&m_source, &SpaceSource::changed, this, &MessagesPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &MessagesPage::reload);

    retranslate();
    reload();
}

QString MessagesPage::title() const
{
    const int unread = unreadCount();
    return unread > 0 ? tr("Messages (%n unread)", nullptr, unread) : tr("Messages");
}

int MessagesPage::unreadCount() const
{
    int unread = 0;
    for (const MessageThread& thread : m_threads)
        unread += thread.unread;
    return unread;
}

void MessagesPage::retranslate()
{
    m_heading->setText(tr("Messages"));
    m_intro->setText(tr("Your conversations with the administrations. What you write is saved on "
                        "this computer first and sent as soon as the portal can be reached."));
    m_write->setText(tr("&Write to an administration…"));
    m_write->setAccessibleName(tr("Write a new message to an administration"));
    m_list->setHeaderLabels(
        {tr("Subject"), tr("Administration"), tr("Dossier"), tr("Last message"), tr("Unread")});
    m_list->setAccessibleName(tr("Conversations"));
    m_view->retranslate();
    rebuildList();
}

void MessagesPage::setAttachmentChoosers(
    std::function<QStringList()> files,
    std::function<QStringList(const QList<QPair<QString, QString>>&)> documents)
{
    m_chooseFiles = std::move(files);
    m_chooseDocuments = std::move(documents);
    prepare(m_view->attachments());
}

void MessagesPage::prepare(AttachmentPicker& picker) const
{
    if (m_chooseFiles)
        picker.setFileChooser(m_chooseFiles);
    if (m_chooseDocuments)
        picker.setDocumentChooser(m_chooseDocuments);
    picker.setDocuments(m_documents);
}

void MessagesPage::reload()
{
    const auto messages = m_source.objects(QStringLiteral("message"));
    const auto dossiers = m_source.objects(QStringLiteral("dossier"));
    const auto documents = m_source.objects(QStringLiteral("document"));
    const auto outbox = m_source.pendingOutbox();
    for (const Error* failed :
         {messages ? nullptr : &messages.error(), dossiers ? nullptr : &dossiers.error(),
          documents ? nullptr : &documents.error(), outbox ? nullptr : &outbox.error()}) {
        if (failed) {
            Q_EMIT errorOccurred(*failed);
            return;
        }
    }
    const QList<QJsonObject> messageObjects = parsedObjects(messages.value());
    const QList<QJsonObject> dossierObjects = parsedObjects(dossiers.value());
    m_documents.clear();
    m_documentTitles.clear();
    for (const QJsonObject& document : parsedObjects(documents.value())) {
        const QString title = field(document, "title").isEmpty() ? field(document, "fileName")
                                                                 : field(document, "title");
        m_documents.append({field(document, "id"), title});
        // An attachment is labelled with the name its file opens under (DocumentsPage).
        m_documentTitles.insert(
            field(document, "id"),
            OpenableFile::shownName(field(document, "fileName"), field(document, "mediaType")));
    }
    MessageOutbox waiting = readMessageOutbox(outbox.value(), m_source.spaceId());
    m_readQueued = std::move(waiting.readQueued);
    m_threads = buildThreads(messageObjects, dossierObjects, waiting.pending, m_readQueued);
    m_administrations = knownAdministrations(messageObjects, dossierObjects);
    prepare(m_view->attachments());
    rebuildList();
}

void MessagesPage::rebuildList()
{
    m_rebuilding = true;
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    for (const MessageThread& thread : std::as_const(m_threads)) {
        const QString date = thread.lastAt.isValid()
                                 ? SpaceTexts::dateTime(thread.lastAt.toString(Qt::ISODate))
                                 : QString();
        // Item texts are plain text: subjects from the portal are never read as HTML.
        auto* item = new QTreeWidgetItem(
            m_list, {thread.subject, thread.administrationName, thread.dossierReference, date,
                     thread.unread > 0 ? QString::number(thread.unread) : QString()});
        item->setData(0, KeyRole, thread.key);
        QString spoken =
            tr("%1, with %2, last message %3").arg(thread.subject, thread.administrationName, date);
        if (thread.unread > 0)
            spoken += tr(", %n unread", nullptr, thread.unread);
        if (!thread.pending.isEmpty())
            spoken += tr(", %n waiting to be sent", nullptr, int(thread.pending.size()));
        for (int column = 0; column < ColumnCount; ++column)
            item->setData(column, Qt::AccessibleTextRole, spoken);
        if (thread.unread > 0) {
            QFont bold = item->font(SubjectColumn);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        }
        if (thread.key == m_currentKey)
            current = item;
    }
    // The subject takes what is left; long administration names are elided, not the
    // subject squeezed (the full texts are in the accessible text and the thread view).
    for (int column = DossierColumn; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    if (current)
        m_list->setCurrentItem(current);
    m_rebuilding = false;
    showCurrent();

    m_notice->showState(m_source.state(), !m_threads.isEmpty(),
                        tr("No messages yet. When an administration writes to you, or you "
                           "write to one, the conversation appears here."));
    updateWrite();
    if (unreadCount() != m_shownUnread) {
        m_shownUnread = unreadCount();
        Q_EMIT titleChanged();
    }
}

const MessageThread* MessagesPage::thread(const QString& key) const
{
    for (const MessageThread& thread : m_threads) {
        if (thread.key == key)
            return &thread;
    }
    return nullptr;
}

void MessagesPage::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    m_view->setReadOnlyReason(reason);
    updateWrite();
    showCurrent();
}

void MessagesPage::updateWrite()
{
    const QString reason = !m_readOnlyReason.isEmpty() ? m_readOnlyReason
                           : m_administrations.isEmpty()
                               ? tr("You can write to an administration once you have a dossier "
                                    "or a message with one.")
                               : QString();
    m_write->setEnabled(reason.isEmpty());
    m_write->setToolTip(reason);
    m_write->setAccessibleDescription(reason);
}

void MessagesPage::showCurrent()
{
    m_view->showThread(thread(m_currentKey), m_documentTitles);
}

void MessagesPage::openThread(const QString& key)
{
    const MessageThread* opened = thread(key);
    if (!opened)
        return;
    const bool another = key != m_currentKey;
    m_currentKey = key;
    showMessage({});
    if (another) {
        m_rebuilding = true; // selecting the row is not a second opening
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (m_list->topLevelItem(row)->data(0, KeyRole).toString() == key)
                m_list->setCurrentItem(m_list->topLevelItem(row));
        }
        m_rebuilding = false;
    }
    showCurrent();
    // Reading is opening: the portal is told (through the outbox) once per message.
    const QStringList unread = opened->unreadIds(m_readQueued);
    for (const QString& messageId : unread) {
        if (const Status queued = m_source.markMessageRead(messageId); !queued) {
            Q_EMIT errorOccurred(queued.error());
            return;
        }
    }
}

void MessagesPage::reply(const QString& body)
{
    const MessageThread* current = thread(m_currentKey);
    if (!current || current->replyTo().isEmpty() || body.trimmed().isEmpty())
        return;
    const QJsonObject message{{QStringLiteral("inReplyTo"), current->replyTo()},
                              {QStringLiteral("subject"), replySubject(current->subject)},
                              {QStringLiteral("body"), body}};
    AttachmentPicker& attachments = m_view->attachments();
    const Status queued =
        m_source.sendMessage(message, attachments.filePaths(), attachments.documentIds());
    if (!queued) {
        Q_EMIT errorOccurred(queued.error()); // the text stays in the box
        return;
    }
    m_view->clearReply();
    showMessage(tr("Your reply is saved on this computer. It is sent as soon as the portal can "
                   "be reached."));
}

void MessagesPage::writeMessage()
{
    NewMessageDialog dialog(m_administrations, m_documents, this);
    prepare(dialog.attachments());
    // Writing from a conversation proposes its administration.
    if (const MessageThread* current = thread(m_currentKey)) {
        const int index = dialog.administration().findData(current->administrationId);
        if (index >= 0)
            dialog.administration().setCurrentIndex(index);
    }
    // A message that cannot be queued (a file gone meanwhile) reopens the dialog with
    // everything the person wrote.
    for (;;) {
        if (!m_compose(dialog) || !dialog.canSend())
            return;
        const Status queued =
            m_source.sendMessage(dialog.newMessage(), dialog.attachments().filePaths(),
                                 dialog.attachments().documentIds());
        if (queued)
            break;
        Q_EMIT errorOccurred(queued.error());
    }
    showMessage(tr("Your message is saved on this computer. It is sent as soon as the portal can "
                   "be reached."));
}

void MessagesPage::discardRefused(qint64 outboxEntryId)
{
    if (!m_confirm(tr("Delete this message?"),
                   tr("The portal refused this message; it will not be sent. Its text is "
                      "deleted from this computer. Copy it first if you want to write it "
                      "again.")))
        return;
    const Status discarded = m_source.discardRefused(outboxEntryId);
    if (!discarded) {
        Q_EMIT errorOccurred(discarded.error());
        return;
    }
    showMessage(tr("The refused message was deleted from this computer."));
}

void MessagesPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Announcer::announce(this, text);
}

} // namespace guichet
