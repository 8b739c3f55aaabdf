// The Messages page over a real store and vault filled with Marie Schmit's seeded
// threads: the list, unread counts, read marks, replies and new messages queued in
// the outbox (with files in the vault), refused messages, states and markup.
#include "AttachmentPicker.h"
#include "DocumentsPage.h"
#include "MessageCard.h"
#include "MessageLimits.h"
#include "MessageTexts.h"
#include "MessageThreads.h"
#include "MessagesPage.h"
#include "NewMessageDialog.h"
#include "OutboxRequest.h"
#include "ThreadView.h"
#include "TransparencyFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace guichet;

namespace {

struct MessagesFixture : TransparencyFixture
{
    // Dossiers, documents and the threaded messages of Marie's private space.
    void fillMessages()
    {
        fillMarie();
        for (const auto& persona : sim::seed::generatePersonas(now())) {
            for (const auto& seed : persona.spaces) {
                if (seed.space.value(u"id").toString() != source->spaceId())
                    continue;
                for (const QJsonObject& message : seed.messages)
                    put(QStringLiteral("message"), message.value(u"id").toString(), message);
            }
        }
        flush();
        source->setState(DataState::Ready);
    }

    QList<store::OutboxEntry> outbox(const QString& kind)
    {
        QList<store::OutboxEntry> found;
        const auto all = store->outbox().list(source->spaceId());
        for (const store::OutboxEntry& entry : all.value()) {
            if (entry.kind == kind)
                found.append(entry);
        }
        return found;
    }

    // Queues a reply in a conversation, as the reply box does.
    bool queueReply(const QString& replyTo, const QString& body)
    {
        const QJsonObject reply{{QStringLiteral("inReplyTo"), replyTo},
                                {QStringLiteral("subject"), QStringLiteral("Re: x")},
                                {QStringLiteral("body"), body}};
        return bool(source->sendMessage(reply, {}, {}));
    }

    // The portal's final answer to a message for a closed conversation (409 MSG-001).
    bool refuseAsClosed(qint64 entryId)
    {
        const bool marked = bool(store->outbox().markFailed(
            entryId,
            Error(QString::fromLatin1(ErrorCode::PortalRequestRefused),
                  QStringLiteral("POST /spaces/x/messages: HTTP 409 MSG-001 (Thread closed)"))
                .withPortalAnswer(409, QStringLiteral("MSG-001")),
            false));
        source->notifyChanged();
        return marked;
    }
};

struct MessagesScreen
{
    explicit MessagesScreen(MessagesFixture& space) : page(*space.source)
    {
        page.setAttachmentChoosers(
            [this] { return files; },
            [this](const QList<QPair<QString, QString>>&) { return documents; });
        page.resize(1200, 800);
        page.show();
    }
    QTreeWidget* list() { return page.findChild<QTreeWidget*>(QStringLiteral("threadList")); }
    // Opens a conversation the way a person does: choosing its row.
    // By value: choosing reloads the threads the key may come from.
    void choose(const QString key)
    {
        for (int row = 0; row < list()->topLevelItemCount(); ++row) {
            if (list()->topLevelItem(row)->data(0, Qt::UserRole).toString() == key)
                list()->setCurrentItem(list()->topLevelItem(row));
        }
    }
    const MessageThread* find(const std::function<bool(const MessageThread&)>& match)
    {
        for (const MessageThread& thread : page.threads()) {
            if (match(thread))
                return &thread;
        }
        return nullptr;
    }
    QStringList cardTexts(const char* name)
    {
        QStringList texts;
        for (MessageCard* card : page.threadView().cards()) {
            for (QLabel* label : card->findChildren<QLabel*>(QLatin1String(name)))
                texts.append(label->text());
        }
        return texts;
    }

    MessagesPage page;
    QStringList files;
    QStringList documents;
};

int unreadIn(const QList<QJsonObject>& messages, const QString& threadId)
{
    int unread = 0;
    for (const QJsonObject& message : messages) {
        unread += message.value(u"threadId").toString() == threadId &&
                  message.value(u"direction").toString() == u"inbound" &&
                  message.value(u"readAt").isNull();
    }
    return unread;
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsNewestFirstWithUnreadCounts()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const QList<QJsonObject> messages = space.objects(QStringLiteral("message"));
        QSet<QString> threadIds;
        int unread = 0;
        for (const QJsonObject& message : messages) {
            threadIds.insert(message.value(u"threadId").toString());
            unread += message.value(u"direction").toString() == u"inbound" &&
                      message.value(u"readAt").isNull();
        }
        QVERIFY(threadIds.size() > 1);
        QVERIFY(unread > 0); // the seed has unread messages
        QCOMPARE(screen.page.threads().size(), threadIds.size());
        QCOMPARE(screen.list()->topLevelItemCount(), threadIds.size());
        for (qsizetype i = 0; i < screen.page.threads().size(); ++i) {
            const MessageThread& thread = screen.page.threads().at(i);
            if (i > 0)
                QVERIFY(screen.page.threads().at(i - 1).lastAt >= thread.lastAt);
            QCOMPARE(thread.unread, unreadIn(messages, thread.key));
            QTreeWidgetItem* row = screen.list()->topLevelItem(int(i));
            QCOMPARE(row->text(0), thread.subject);
            QCOMPARE(row->text(4), thread.unread > 0 ? QString::number(thread.unread) : QString());
            QVERIFY(!row->data(0, Qt::AccessibleTextRole).toString().isEmpty());
            QVERIFY(!thread.administrationName.isEmpty());
            // Messages within a thread in the order they were written.
            for (qsizetype m = 1; m < thread.messages.size(); ++m)
                QVERIFY(thread.messages.at(m - 1).value(u"sentAt").toString() <=
                        thread.messages.at(m).value(u"sentAt").toString());
        }
        // A dossier's thread names the dossier by its reference.
        const MessageThread* ofDossier =
            screen.find([](const MessageThread& t) { return !t.dossierId.isEmpty(); });
        QVERIFY(ofDossier);
        QVERIFY(!ofDossier->dossierReference.isEmpty());
        QCOMPARE(screen.page.unreadCount(), unread);
        QCOMPARE(screen.page.title(), MessagesPage::tr("Messages (%n unread)", nullptr, unread));
        QVERIFY(!screen.page.findChild<QLabel*>(QStringLiteral("messagesState"))->isVisible());
    }

    void openingMarksUnreadMessagesReadOnce()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        QSignalSpy title(&screen.page, &Page::titleChanged);
        QSignalSpy queued(space.source.get(), &SpaceSource::requestQueued);
        const MessageThread* unread =
            screen.find([](const MessageThread& t) { return t.unread > 0; });
        QVERIFY(unread);
        const QString key = unread->key;
        const int before = screen.page.unreadCount();
        const int count = unread->unread;
        QStringList expected;
        for (const QString& id : unread->unreadIds({}))
            expected.append(
                QStringLiteral("/spaces/%1/messages/%2/read").arg(space.source->spaceId(), id));

        screen.choose(key);
        QList<store::OutboxEntry> marks = space.outbox(QStringLiteral("message-read"));
        QCOMPARE(marks.size(), count);
        QCOMPARE(queued.size(), count);
        for (const store::OutboxEntry& mark : marks) {
            QVERIFY(expected.contains(mark.path));
            QCOMPARE(mark.method, QStringLiteral("POST"));
            QVERIFY(mark.body.isEmpty());
            QVERIFY(!mark.idempotencyKey.isEmpty());
        }
        // The counts follow at once; the title says so.
        QCOMPARE(screen.page.unreadCount(), before - count);
        QVERIFY(!title.isEmpty());
        const MessageThread* after =
            screen.find([&](const MessageThread& t) { return t.key == key; });
        QCOMPARE(after->unread, 0);

        // Opening it again, or after the marks went out, asks nothing more.
        const QString otherKey =
            screen.find([&](const MessageThread& t) { return t.key != key; })->key;
        screen.choose(otherKey);
        const int afterOther = int(space.outbox(QStringLiteral("message-read")).size());
        screen.choose(key);
        QCOMPARE(space.outbox(QStringLiteral("message-read")).size(), afterOther);
        for (const store::OutboxEntry& mark : marks)
            QVERIFY(space.store->outbox().markSent(mark.id, {}));
        space.source->notifyChanged();
        screen.choose(otherKey);
        screen.choose(key);
        QCOMPARE(space.outbox(QStringLiteral("message-read")).size(), afterOther);
    }

    void replyQueuesOnePost()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const MessageThread* open = screen.find([](const MessageThread& t) {
            return !t.closed && !t.replyTo().isEmpty() && t.unread == 0;
        });
        QVERIFY(open);
        const QString key = open->key;
        const QString replyTo = open->replyTo();
        const QString subject = open->subject;
        const int messagesBefore = int(open->messages.size());
        screen.choose(key);
        QSignalSpy queued(space.source.get(), &SpaceSource::requestQueued);

        auto* box = screen.page.findChild<QPlainTextEdit*>(QStringLiteral("replyBody"));
        auto* send = screen.page.findChild<QPushButton*>(QStringLiteral("replySend"));
        QVERIFY(box->isVisible());
        QVERIFY(!send->isEnabled()); // nothing written yet
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(!send->accessibleName().isEmpty());
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("Bonjour,"));
        QTest::keyClick(box, Qt::Key_Return); // a new line, not "send"
        QTest::keyClicks(box, QStringLiteral("voici la reponse."));
        QVERIFY(send->isEnabled());
        send->setFocus();
        QTest::keyClick(send, Qt::Key_Return);

        const QList<store::OutboxEntry> sent = space.outbox(QStringLiteral("message"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(queued.size(), 1);
        const store::OutboxEntry& entry = sent.first();
        QCOMPARE(entry.method, QStringLiteral("POST"));
        QCOMPARE(entry.path, QStringLiteral("/spaces/%1/messages").arg(space.source->spaceId()));
        QVERIFY(entry.attachments.isEmpty());
        const QJsonObject expected{
            {QStringLiteral("inReplyTo"), replyTo},
            {QStringLiteral("subject"),
             subject.startsWith(QStringLiteral("Re:"), Qt::CaseInsensitive)
                 ? subject
                 : QStringLiteral("Re: ") + subject},
            {QStringLiteral("body"), QStringLiteral("Bonjour,\nvoici la reponse.")}};
        QCOMPARE(QJsonDocument::fromJson(entry.body).object(), expected);
        const auto request = sync::outboxRequest(entry, space.vault.get());
        QVERIFY(request);
        QCOMPARE(request.value().contentType, QByteArray("application/json"));
        QCOMPARE(request.value().idempotencyKey, entry.idempotencyKey.toLatin1());

        // The box is emptied; the reply waits in its thread, marked so.
        QVERIFY(box->toPlainText().isEmpty());
        const MessageThread* thread =
            screen.find([&](const MessageThread& t) { return t.key == key; });
        QCOMPARE(thread->messages.size(), messagesBefore);
        QCOMPARE(thread->pending.size(), 1);
        QCOMPARE(screen.list()->topLevelItem(0)->data(0, Qt::UserRole).toString(), key);
        const QStringList headers = screen.cardTexts("messageHeader");
        QVERIFY(headers.last().contains(QCoreApplication::translate(
            "MessageTexts", "Saved on this computer, waiting to be sent")));
        QCOMPARE(screen.cardTexts("messageBody").last(),
                 QStringLiteral("Bonjour,\nvoici la reponse."));
    }

    void newMessageWithFileIsMultipartWithTheFileInTheVault()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const QString pdfPath = space.dir.filePath(QStringLiteral("attestation.pdf"));
        const QByteArray pdf = "%PDF-1.4\n% message test\n" + QByteArray(5000, 'm');
        {
            QFile file(pdfPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf);
        }
        const QList<QJsonObject> documents = space.objects(QStringLiteral("document"));
        QVERIFY(!documents.isEmpty());
        const QString documentId = documents.first().value(u"id").toString();
        screen.files = {pdfPath};
        screen.documents = {documentId};
        QString administrationId;
        screen.page.setComposer([&](NewMessageDialog& dialog) {
            dialog.show();
            auto* send = dialog.findChild<QPushButton*>(QStringLiteral("newMessageSend"));
            if (send->isEnabled())
                return false; // nothing written yet: Send must wait
            dialog.administration().setCurrentIndex(1);
            administrationId = dialog.administration().currentData().toString();
            QTest::keyClicks(&dialog.subject(), QStringLiteral("Attestation"));
            QTest::keyClicks(&dialog.body(), QStringLiteral("Veuillez trouver l'attestation."));
            dialog.attachments().addFiles();
            dialog.attachments().addDocuments();
            return send->isEnabled();
        });
        auto* write = screen.page.findChild<QPushButton*>(QStringLiteral("messagesWrite"));
        QVERIFY(write->isEnabled());
        QVERIFY(!write->accessibleName().isEmpty());
        write->click();

        const QList<store::OutboxEntry> sent = space.outbox(QStringLiteral("message"));
        QCOMPARE(sent.size(), 1);
        const store::OutboxEntry& entry = sent.first();
        QCOMPARE(entry.attachments.size(), 1);
        QCOMPARE(entry.attachments.first().fileName, QStringLiteral("attestation.pdf"));
        QCOMPARE(entry.attachments.first().mediaType, QStringLiteral("application/pdf"));
        // The file is in the vault: the original may go, the message is still sent.
        QVERIFY(QFile::remove(pdfPath));
        const auto kept = space.vault->read(entry.attachments.first().documentId);
        QVERIFY(kept && kept.value());
        QCOMPARE(*kept.value(), pdf);
        const QJsonObject layout = QJsonDocument::fromJson(entry.body).object();
        const QJsonObject message =
            layout.value(u"jsonParts").toObject().value(u"message").toObject();
        QCOMPARE(message.value(u"administrationId").toString(), administrationId);
        QCOMPARE(message.value(u"subject").toString(), QStringLiteral("Attestation"));
        QCOMPARE(message.value(u"body").toString(),
                 QStringLiteral("Veuillez trouver l'attestation."));
        QCOMPARE(message.value(u"documentIds").toArray(), QJsonArray{documentId});
        QCOMPARE(layout.value(u"fileParts").toArray(), QJsonArray{QStringLiteral("attachments")});
        const auto request = sync::outboxRequest(entry, space.vault.get());
        QVERIFY(request);
        QVERIFY(request.value().contentType.startsWith("multipart/form-data"));
        QVERIFY(request.value().body.contains(pdf));
        QVERIFY(request.value().body.contains("name=\"message\""));
        QVERIFY(request.value().body.contains("name=\"attachments\""));

        // A new conversation, waiting, at the top of the list.
        const MessageThread& top = screen.page.threads().first();
        QVERIFY(top.key.startsWith(QStringLiteral("local-")));
        QCOMPARE(top.subject, QStringLiteral("Attestation"));
        QCOMPARE(top.pending.size(), 1);
        QCOMPARE(top.pending.first().fileNames, QStringList{QStringLiteral("attestation.pdf")});
    }

    void attachmentLimitsAreKept()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        AttachmentPicker& picker = screen.page.threadView().attachments();
        const QString text = space.dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("plain text");
        }
        screen.files = {text};
        picker.addFiles();
        QCOMPARE(picker.count(), 0); // not a PDF, JPEG or PNG
        QStringList ids;
        for (const QJsonObject& document : space.objects(QStringLiteral("document")))
            ids.append(document.value(u"id").toString());
        for (int i = 0; ids.size() <= MessageLimits::MaxAttachments; ++i) {
            const QString id = QStringLiteral("DOC-0000000000%1").arg(i, 2, 10, QLatin1Char('0'));
            space.putObject(QStringLiteral("document"),
                            {{QStringLiteral("id"), id},
                             {QStringLiteral("title"), id},
                             {QStringLiteral("fileName"), QStringLiteral("extra.pdf")},
                             {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                             {QStringLiteral("version"), 1}});
            ids.append(id);
        }
        space.source->notifyChanged();
        screen.documents = ids;
        picker.addDocuments();
        QCOMPARE(picker.count(), 10);
        // The source refuses what the portal would refuse, whatever the screen did.
        QJsonObject tooMany{{QStringLiteral("administrationId"), QStringLiteral("menje")},
                            {QStringLiteral("subject"), QStringLiteral("x")},
                            {QStringLiteral("body"), QStringLiteral("y")}};
        QVERIFY(!space.source->sendMessage(tooMany, {}, ids));
        QVERIFY(!space.source->sendMessage(tooMany, {text}, {}));
        QVERIFY(space.outbox(QStringLiteral("message")).isEmpty());
    }

    void refusedMessageSaysWhyAndKeepsTheText()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const MessageThread* open =
            screen.find([](const MessageThread& t) { return !t.closed && !t.replyTo().isEmpty(); });
        QVERIFY(open);
        const QString key = open->key;
        const QString replyTo = open->replyTo();
        screen.choose(key);
        QVERIFY(space.queueReply(replyTo, QStringLiteral("Texte à garder")));
        QVERIFY(space.refuseAsClosed(space.outbox(QStringLiteral("message")).first().id));
        const QStringList headers = screen.cardTexts("messageHeader");
        QVERIFY(headers.last().contains(QCoreApplication::translate(
            "MessageTexts", "Not sent: this conversation is closed, the administration no "
                            "longer accepts messages in it. Your text is kept here; write a new "
                            "message to the administration instead.")));
        QCOMPARE(screen.cardTexts("messageBody").last(), QStringLiteral("Texte à garder"));
        // Decided by the portal's code, not by text: a refusal whose title merely
        // mentions MSG-001 is an ordinary refusal.
        PendingMessage mentioned;
        mentioned.state = store::OutboxState::Failed;
        mentioned.errorCode = QString::fromLatin1(ErrorCode::PortalRequestRefused);
        mentioned.errorDetail = QStringLiteral("POST /x: HTTP 409 MSG-002 (see MSG-001) req-1");
        mentioned.portalCode = QStringLiteral("MSG-002");
        QVERIFY(!MessageTexts::pendingState(mentioned).contains(
            QCoreApplication::translate("MessageTexts", "Not sent: this conversation is closed, "
                                                        "the administration no longer accepts "
                                                        "messages in it. Your text is kept here; "
                                                        "write a new message to the "
                                                        "administration instead.")));
    }

    void aRefusedMessageCanBeDeletedAfterConfirming()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const MessageThread* open =
            screen.find([](const MessageThread& t) { return !t.closed && !t.replyTo().isEmpty(); });
        QVERIFY(open);
        const QString key = open->key;
        const QString replyTo = open->replyTo(); // threads are rebuilt at each change
        screen.choose(key);
        QVERIFY(space.queueReply(replyTo, QStringLiteral("Refusé")));
        QVERIFY(space.queueReply(replyTo, QStringLiteral("En attente")));
        const QList<store::OutboxEntry> entries = space.outbox(QStringLiteral("message"));
        QCOMPARE(entries.size(), 2);
        QVERIFY(space.refuseAsClosed(entries.first().id));
        screen.choose(key);
        // Only the refused message offers it; the waiting one may be on its way.
        const auto discardButtons = [&] {
            QList<QPushButton*> buttons;
            for (MessageCard* card : screen.page.threadView().cards())
                buttons +=
                    card->findChildren<QPushButton*>(QStringLiteral("discardRefusedMessage"));
            return buttons;
        };
        QCOMPARE(discardButtons().size(), 1);

        QStringList asked;
        bool answer = false;
        screen.page.setConfirmation([&](const QString& title, const QString&) {
            asked.append(title);
            return answer;
        });
        discardButtons().first()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(space.outbox(QStringLiteral("message")).size(), 2); // "keep it": kept

        answer = true;
        discardButtons().first()->click();
        QCOMPARE(asked.size(), 2);
        const QList<store::OutboxEntry> left = space.outbox(QStringLiteral("message"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, entries.last().id);
        QVERIFY(discardButtons().isEmpty());
        QCOMPARE(screen.cardTexts("messageBody").last(), QStringLiteral("En attente"));
        // A waiting request is never removed, even when asked directly.
        QVERIFY(!space.source->discardRefused(entries.last().id));
        QCOMPARE(space.outbox(QStringLiteral("message")).size(), 1);
    }

    void closedThreadOffersNoReply()
    {
        MessagesFixture space;
        space.fillMessages();
        QJsonObject dossier;
        MessagesScreen screen(space);
        const MessageThread* ofDossier =
            screen.find([](const MessageThread& t) { return !t.dossierId.isEmpty(); });
        QVERIFY(ofDossier);
        const QString key = ofDossier->key;
        const QString dossierId = ofDossier->dossierId;
        for (const QJsonObject& d : space.objects(QStringLiteral("dossier"))) {
            if (d.value(u"id").toString() == dossierId)
                dossier = d;
        }
        dossier.insert(QStringLiteral("status"), QStringLiteral("closed"));
        dossier.insert(QStringLiteral("version"), dossier.value(u"version").toInteger() + 1);
        space.putObject(QStringLiteral("dossier"), dossier);
        space.source->notifyChanged();
        screen.choose(key);
        QVERIFY(screen.page.findChild<QLabel*>(QStringLiteral("threadClosed"))->isVisible());
        QVERIFY(!screen.page.findChild<QPlainTextEdit*>(QStringLiteral("replyBody"))->isVisible());
    }

    void aViewerReadsButCannotWrite()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        const MessageThread* open =
            screen.find([](const MessageThread& t) { return !t.closed && !t.replyTo().isEmpty(); });
        QVERIFY(open);
        const QString key = open->key;
        const QString reason = QStringLiteral("Only managers may write here.");
        screen.page.setReadOnlyReason(reason);
        screen.choose(key);
        auto* readOnly = screen.page.findChild<QLabel*>(QStringLiteral("threadReadOnly"));
        QVERIFY(readOnly->isVisible());
        QCOMPARE(readOnly->text(), reason);
        QVERIFY(!screen.page.findChild<QPlainTextEdit*>(QStringLiteral("replyBody"))->isVisible());
        auto* write = screen.page.findChild<QPushButton*>(QStringLiteral("messagesWrite"));
        QVERIFY(!write->isEnabled());
        QCOMPARE(write->toolTip(), reason);
        // Back to a role that may write: the reply box returns.
        screen.page.setReadOnlyReason({});
        QVERIFY(!readOnly->isVisible());
        QVERIFY(screen.page.findChild<QPlainTextEdit*>(QStringLiteral("replyBody"))->isVisible());
        QVERIFY(write->isEnabled());
    }

    void attachmentsOpenThroughTheDocuments()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        // A message whose attachment's content is on this computer.
        QString documentId;
        const MessageThread* withAttachment = screen.find([&](const MessageThread& t) {
            for (const QJsonObject& m : t.messages) {
                for (const QJsonValue a : m.value(u"attachments").toArray()) {
                    documentId = a.toObject().value(u"documentId").toString();
                    if (space.contents.contains(documentId))
                        return true;
                }
            }
            return false;
        });
        QVERIFY(withAttachment);
        screen.choose(withAttachment->key);
        QPushButton* open = nullptr;
        for (MessageCard* card : screen.page.threadView().cards()) {
            for (auto* button : card->findChildren<QPushButton*>()) {
                if (button->property("documentId").toString() == documentId)
                    open = button;
            }
        }
        QVERIFY(open);
        QVERIFY(!open->accessibleName().isEmpty());
        DocumentsPage documents(*space.source);
        QStringList opened;
        documents.setFileOpener([&](const QString& path) {
            opened.append(path);
            return true;
        });
        connect(&screen.page, &MessagesPage::documentOpenRequested, &documents,
                &DocumentsPage::openDocument);
        QSignalSpy openedSpy(&documents, &DocumentsPage::documentOpened);
        open->click();
        QCOMPARE(openedSpy.size(), 1);
        QCOMPARE(openedSpy.first().first().toString(), documentId);
        QCOMPARE(opened.size(), 1);
        // The label names the file that opened, not what the message claims.
        const QString openedName = QFileInfo(opened.first()).fileName();
        QVERIFY2(open->text().contains(openedName),
                 qPrintable(open->text() + QStringLiteral(" / ") + openedName));
    }

    void markupIsShownAsText()
    {
        MessagesFixture space;
        space.fillMessages();
        const QStringList markup = TransparencyFixture::markupTexts();
        QJsonObject message = space.objects(QStringLiteral("message")).first();
        message.insert(QStringLiteral("id"), QStringLiteral("M-00000000beef"));
        message.insert(QStringLiteral("threadId"), QStringLiteral("T-0000beef"));
        message.insert(QStringLiteral("dossierId"), QJsonValue::Null);
        message.insert(QStringLiteral("subject"), markup.at(0));
        message.insert(QStringLiteral("body"), markup.join(u'\n'));
        message.insert(QStringLiteral("sender"), markup.at(2));
        message.insert(QStringLiteral("sentAt"), QStringLiteral("2030-01-01T10:00:00Z"));
        message.insert(QStringLiteral("direction"), QStringLiteral("inbound"));
        message.insert(QStringLiteral("readAt"), QStringLiteral("2030-01-01T11:00:00Z"));
        message.insert(QStringLiteral("administration"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("x-admin")},
                                   {QStringLiteral("name"), markup.at(1)}});
        space.putObject(QStringLiteral("message"), message);
        MessagesScreen screen(space);
        QCOMPARE(screen.page.threads().first().key, QStringLiteral("T-0000beef"));
        screen.choose(QStringLiteral("T-0000beef"));
        QCOMPARE(screen.list()->topLevelItem(0)->text(0), markup.at(0));
        QCOMPARE(screen.list()->topLevelItem(0)->text(1), markup.at(1));
        QCOMPARE(screen.page.findChild<QLabel*>(QStringLiteral("threadSubject"))->text(),
                 markup.at(0));
        QCOMPARE(screen.cardTexts("messageBody"), QStringList{markup.join(u'\n')});
        QVERIFY(screen.cardTexts("messageHeader").first().contains(markup.at(2)));
        TransparencyFixture::verifyPlainLabels(screen.page);
    }

    void statesAreShown()
    {
        MessagesFixture space;
        MessagesScreen screen(space);
        auto* notice = screen.page.findChild<QLabel*>(QStringLiteral("messagesState"));
        QVERIFY(notice->isVisible());
        const QString loading = notice->text();
        space.source->setState(DataState::Offline);
        QVERIFY(notice->text() != loading);
        const QString offline = notice->text();
        space.source->setState(DataState::Ready);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text() != offline);
        QVERIFY(screen.page.threads().isEmpty());
        // Nobody to write to yet.
        QVERIFY(!screen.page.findChild<QPushButton*>(QStringLiteral("messagesWrite"))->isEnabled());
        QCOMPARE(screen.page.title(), MessagesPage::tr("Messages"));
        space.fillMessages();
        space.source->notifyChanged();
        QVERIFY(!notice->isVisible());
        // Offline, the saved copy is shown and writing still works (the outbox waits).
        space.source->setState(DataState::Offline);
        QVERIFY(notice->isVisible());
        QVERIFY(!screen.page.threads().isEmpty());
        QVERIFY(screen.page.findChild<QPushButton*>(QStringLiteral("messagesWrite"))->isEnabled());
    }

    void keyboardReachesTheConversation()
    {
        MessagesFixture space;
        space.fillMessages();
        MessagesScreen screen(space);
        auto* write = screen.page.findChild<QPushButton*>(QStringLiteral("messagesWrite"));
        write->setFocus();
        QTest::keyClick(write, Qt::Key_Tab);
        QCOMPARE(screen.page.focusWidget(), static_cast<QWidget*>(screen.list()));
        QTest::keyClick(screen.list(), Qt::Key_Down);
        QVERIFY(screen.list()->currentItem());
        QVERIFY(!screen.page.threadView().cards().isEmpty());
        QVERIFY(!screen.list()->accessibleName().isEmpty());
        for (MessageCard* card : screen.page.threadView().cards())
            QVERIFY(!card->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
