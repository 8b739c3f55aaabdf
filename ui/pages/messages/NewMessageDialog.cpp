#include "NewMessageDialog.h"

#include "AttachmentPicker.h"
#include "DisabledReason.h"
#include "MessageLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

NewMessageDialog::NewMessageDialog(const QList<QPair<QString, QString>>& administrations,
                                   const QList<QPair<QString, QString>>& documents, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newMessageDialog"));
    setWindowTitle(tr("Write to an administration"));
    m_administration = new QComboBox(this);
    m_administration->setObjectName(QStringLiteral("newMessageAdministration"));
    m_administration->addItem(tr("Choose an administration"), QString());
    for (const auto& [id, name] : administrations)
        m_administration->addItem(name, id); // combo box items are plain text
    // Sized for a usual name, not the longest: a long one never widens the dialog.
    m_administration->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_administration->setMinimumContentsLength(40);
    m_administration->setAccessibleName(tr("Administration"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("newMessageSubject"));
    m_subject->setMaxLength(MessageLimits::MaxSubject);
    m_subject->setAccessibleName(tr("Subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("newMessageBody"));
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Your message"));
    m_attachments = new AttachmentPicker(this);
    m_attachments->setObjectName(QStringLiteral("newMessageAttachments"));
    m_attachments->setDocuments(documents);
    m_attachments->retranslate();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("newMessageSend"));
    send->setAccessibleName(tr("Send the message"));

    auto* form = new QFormLayout;
    auto* to = new QLabel(tr("&To:"), this);
    to->setBuddy(m_administration);
    auto* subject = new QLabel(tr("S&ubject:"), this);
    subject->setBuddy(m_subject);
    auto* body = new QLabel(tr("&Message:"), this);
    body->setBuddy(m_body);
    form->addRow(to, m_administration);
    form->addRow(subject, m_subject);
    form->addRow(body, m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_attachments);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_administration, &QComboBox::currentIndexChanged, this, &NewMessageDialog::updateSend);
    connect(m_subject, &QLineEdit::textChanged, this, &NewMessageDialog::updateSend);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewMessageDialog::updateSend);
    updateSend();
    resize(560, 480);
}

QJsonObject NewMessageDialog::newMessage() const
{
    return {{QStringLiteral("administrationId"), m_administration->currentData().toString()},
            {QStringLiteral("subject"), m_subject->text().trimmed()},
            {QStringLiteral("body"), m_body->toPlainText()}};
}

bool NewMessageDialog::canSend() const
{
    const QString body = m_body->toPlainText();
    return !m_administration->currentData().toString().isEmpty() &&
           !m_subject->text().trimmed().isEmpty() && !body.trimmed().isEmpty() &&
           body.size() <= MessageLimits::MaxBody;
}

void NewMessageDialog::updateSend()
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            DisabledReason::apply(
                button, canSend(),
                tr("Choose an administration, then write a subject and a message first."));
    }
}

} // namespace guichet
