#pragma once

#include <QFrame>
#include <QHash>
#include <QJsonObject>

class QLabel;

namespace guichet {

struct PendingMessage;

// One message of a thread: who wrote it, which way it went, when, its text and its
// attachments (each a button that opens the document of the space). A message written
// here and not yet on the portal shows where it is instead of a date; a refused one
// says why and keeps its text, selectable, so nothing is lost.
class MessageCard : public QFrame
{
    Q_OBJECT

public:
    // attachmentNames: document id -> the name its file opens under.
    MessageCard(const QJsonObject& message, const QHash<QString, QString>& attachmentNames,
                QWidget* parent = nullptr);
    // documentTitles: names of the space's documents a pending message refers to.
    MessageCard(const PendingMessage& message, const QHash<QString, QString>& documentTitles,
                QWidget* parent = nullptr);

Q_SIGNALS:
    void attachmentRequested(const QString& documentId);
    // "Delete this message" on a refused one: the page asks for confirmation.
    void discardRequested(qint64 outboxEntryId);

private:
    QLabel* addLine(const QString& text, const char* objectName);
    void addBody(const QString& text);
    void addAttachment(const QString& documentId, const QString& fileName);
};

} // namespace guichet
