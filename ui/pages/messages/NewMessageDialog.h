#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace guichet {

class AttachmentPicker;

// "Write to an administration": whom (an administration known from the space's
// dossiers and messages), subject, text and attachments. Send is offered only when
// the message fits what the portal accepts.
class NewMessageDialog : public QDialog
{
    Q_OBJECT

public:
    // administrations and documents: (id, name) pairs.
    NewMessageDialog(const QList<QPair<QString, QString>>& administrations,
                     const QList<QPair<QString, QString>>& documents, QWidget* parent = nullptr);

    // NewMessage JSON with administrationId, subject and body (documents apart).
    [[nodiscard]] QJsonObject newMessage() const;
    [[nodiscard]] AttachmentPicker& attachments() { return *m_attachments; }
    [[nodiscard]] QComboBox& administration() { return *m_administration; }
    [[nodiscard]] QLineEdit& subject() { return *m_subject; }
    [[nodiscard]] QPlainTextEdit& body() { return *m_body; }
    [[nodiscard]] bool canSend() const;

private:
    void updateSend();

    QComboBox* m_administration = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    AttachmentPicker* m_attachments = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace guichet
