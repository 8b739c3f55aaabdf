#include "MessageCard.h"

#include "MessageTexts.h"
#include "MessageThreads.h"
#include "OpenableFile.h"
#include "SpaceTexts.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

using SpaceTexts::field;

MessageCard::MessageCard(const QJsonObject& message, const QHash<QString, QString>& attachmentNames,
                         QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageCard"));
    setProperty("messageId", field(message, "id"));
    setFrameShape(QFrame::StyledPanel);
    new QVBoxLayout(this);
    const QString direction = MessageTexts::direction(field(message, "direction"));
    const QString sender = field(message, "sender");
    const QString date = SpaceTexts::dateTime(field(message, "sentAt"));
    QLabel* header =
        addLine(sender.isEmpty() ? tr("%1 on %2").arg(direction, date)
                                 : tr("%1 on %2, from %3").arg(direction, date, sender),
                "messageHeader");
    QFont bold = header->font();
    bold.setBold(field(message, "direction") == u"inbound" &&
                 message.value(QStringLiteral("readAt")).isNull());
    header->setFont(bold);
    addBody(field(message, "body"));
    for (const QJsonValue attachment : message.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject object = attachment.toObject();
        // The name of the file that will open: the document's, as Documents opens it,
        // else the message's own reduced to a safe name (a bidi override cannot
        // show "fdp.exe" as "exe.pdf").
        const QString documentId = field(object, "documentId");
        addAttachment(
            documentId,
            attachmentNames.value(documentId, OpenableFile::shownName(field(object, "fileName"),
                                                                      field(object, "mediaType"))));
    }
    setAccessibleName(sender.isEmpty()
                          ? tr("Message, %1 on %2").arg(direction, date)
                          : tr("Message from %1, %2 on %3").arg(sender, direction.toLower(), date));
}

MessageCard::MessageCard(const PendingMessage& message,
                         const QHash<QString, QString>& documentTitles, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("pendingMessageCard"));
    setProperty("outboxEntry", message.entryId);
    setFrameShape(QFrame::StyledPanel);
    new QVBoxLayout(this);
    const QString state = MessageTexts::pendingState(message);
    QLabel* header = addLine(tr("Written by you: %1").arg(state), "messageHeader");
    QFont italic = header->font();
    italic.setItalic(true);
    header->setFont(italic);
    if (message.state == store::OutboxState::Failed)
        header->setForegroundRole(QPalette::Link); // stands out without colour alone
    addBody(field(message.message, "body"));
    for (const QString& fileName : message.fileNames)
        addLine(tr("Attached: %1").arg(fileName), "messagePendingFile");
    for (const QJsonValue id : message.message.value(QStringLiteral("documentIds")).toArray())
        addAttachment(id.toString(), documentTitles.value(id.toString(), id.toString()));
    if (message.state == store::OutboxState::Failed) {
        // Its text stays selectable above, to copy into a new message first.
        auto* discard = new QPushButton(tr("Delete this message"), this);
        discard->setObjectName(QStringLiteral("discardRefusedMessage"));
        discard->setAccessibleName(tr("Delete this refused message from this computer"));
        discard->setAutoDefault(true);
        layout()->addWidget(discard);
        connect(discard, &QPushButton::clicked, this,
                [this, id = message.entryId] { Q_EMIT discardRequested(id); });
    }
    setAccessibleName(tr("Your message: %1").arg(state));
}

QLabel* MessageCard::addLine(const QString& text, const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // every line holds text from the portal
    label->setWordWrap(true);
    label->setText(text);
    label->setProperty("guichetData", true);
    layout()->addWidget(label);
    return label;
}

void MessageCard::addBody(const QString& text)
{
    QLabel* body = addLine(text, "messageBody");
    // Selectable, by keyboard too: a person copies a reference or keeps a refused text.
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setFocusPolicy(Qt::StrongFocus);
    body->setAccessibleName(tr("Message text"));
}

void MessageCard::addAttachment(const QString& documentId, const QString& fileName)
{
    QString shown = fileName;
    shown.replace(u'&', QStringLiteral("&&")); // a file name is not a keyboard shortcut
    auto* open = new QPushButton(tr("Open %1").arg(shown), this);
    open->setObjectName(QStringLiteral("messageAttachment"));
    open->setProperty("documentId", documentId);
    open->setProperty("guichetData", true);
    open->setAccessibleName(tr("Open the attachment %1").arg(fileName));
    open->setAutoDefault(true);
    layout()->addWidget(open);
    connect(open, &QPushButton::clicked, this,
            [this, documentId] { Q_EMIT attachmentRequested(documentId); });
}

} // namespace guichet
