#include "PinDialog.h"

#include "Announcer.h"
#include "DisabledReason.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

PinDialog::PinDialog(const PinRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("pinDialog"));
    setModal(true);
    m_purpose = plainLabel(this, QStringLiteral("pinPurpose"));
    QFont bold = m_purpose->font();
    bold.setBold(true);
    m_purpose->setFont(bold);
    m_token = plainLabel(this, QStringLiteral("pinToken"));
    m_rules = plainLabel(this, QStringLiteral("pinRules"));
    m_tries = plainLabel(this, QStringLiteral("pinTries"));
    m_pinLabel = plainLabel(this, QStringLiteral("pinLabel"));

    // The PIN lives in the fields' own wiped buffers, never in a line edit's text or
    // undo history (PinField).
    m_pin = new PinField(request.maxLength, request.digitsOnly, this);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pinLabel->setBuddy(m_pin);

    m_confirmLabel = plainLabel(this, QStringLiteral("pinConfirmLabel"));
    m_confirm = new PinField(request.maxLength, request.digitsOnly, this);
    m_confirm->setObjectName(QStringLiteral("pinConfirmField"));
    m_confirmLabel->setBuddy(m_confirm);
    const bool newPin = request.purpose == PinRequest::Purpose::NewPin;
    m_confirmLabel->setVisible(newPin);
    m_confirm->setVisible(newPin);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pin, &PinField::pinChanged, this, &PinDialog::updateAcceptance);
    connect(m_confirm, &PinField::pinChanged, this, &PinDialog::updateAcceptance);
    // A cancelled dialog must not keep the PIN in its fields either.
    connect(this, &QDialog::rejected, m_confirm, &PinField::wipe);
    connect(this, &QDialog::rejected, m_pin, &PinField::wipe);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_purpose);
    layout->addWidget(m_token);
    layout->addWidget(m_tries);
    layout->addSpacing(6);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_pin);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_rules);
    layout->addWidget(m_buttons);
    retranslate();
    updateAcceptance();
    m_pin->setFocus();
}

PinDialog::~PinDialog() = default; // the fields wipe themselves

QString PinDialog::purposeText(PinRequest::Purpose purpose)
{
    switch (purpose) {
    case PinRequest::Purpose::Sign:
        return tr("Enter your signature PIN to sign the document.");
    case PinRequest::Purpose::Authenticate:
        return tr("Enter your PIN to sign in.");
    case PinRequest::Purpose::CurrentPin:
        return tr("Enter your current PIN.");
    case PinRequest::Purpose::NewPin:
        return tr("Choose your new PIN.");
    case PinRequest::Purpose::Puk:
        return tr("Enter the PUK (unblocking code) of your card to unblock its PIN.");
    }
    return {};
}

QString PinDialog::triesText(const PinRequest& request)
{
    if (request.triesLeft < 0)
        return QString();
    if (request.purpose == PinRequest::Purpose::Puk) {
        if (request.triesLeft == 1)
            return tr("Last try: a wrong PUK now blocks it for good.");
        if (request.maxTries > 0)
            return tr("%n PUK tries left of %1.", nullptr, request.triesLeft).arg(request.maxTries);
        return tr("%n PUK tries left.", nullptr, request.triesLeft);
    }
    if (request.triesLeft == 1)
        return tr("Last try: a wrong PIN now blocks the card.");
    if (request.maxTries > 0)
        return tr("%n tries left of %1.", nullptr, request.triesLeft).arg(request.maxTries);
    return tr("%n tries left.", nullptr, request.triesLeft);
}

void PinDialog::retranslate()
{
    setWindowTitle(tr("PIN"));
    m_purpose->setText(purposeText(m_request.purpose));
    m_token->setText(m_request.tokenLabel.isEmpty() ? QString()
                                                    : tr("Card: %1").arg(m_request.tokenLabel));
    m_token->setVisible(!m_request.tokenLabel.isEmpty());
    QString tries = triesText(m_request);
    if (m_request.afterWrongPin)
        tries = tr("The PIN was wrong.") + QLatin1Char(' ') + tries;
    m_tries->setText(tries);
    m_tries->setVisible(!tries.isEmpty());
    // Said with the field that has the focus, so that a screen reader gives it with "PIN".
    m_pin->setAccessibleDescription(tries);
    const bool puk = m_request.purpose == PinRequest::Purpose::Puk;
    m_pinLabel->setText(puk ? tr("P&UK:") : tr("&PIN:"));
    m_confirmLabel->setText(tr("&Type the new PIN again:"));
    m_confirm->setAccessibleName(tr("New PIN again"));
    m_pin->setAccessibleName(puk ? tr("PUK") : tr("PIN"));
    m_rules->setText(
        m_request.minLength == m_request.maxLength
            ? tr("%n digits.", nullptr, m_request.minLength)
            : tr("%1 to %2 digits.").arg(m_request.minLength).arg(m_request.maxLength));
}

void PinDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Once a wrong PIN was typed, here or in an earlier sign-in, the tries left are
    // news, not a detail to find in the dialog.
    const bool used = m_request.triesLeft >= 0 &&
                      (m_request.triesLeft == 1 ||
                       (m_request.maxTries > 0 && m_request.triesLeft < m_request.maxTries));
    if (m_request.afterWrongPin || used)
        Announcer::announce(this, m_tries->text());
}

void PinDialog::updateAcceptance()
{
    const int length = m_pin->pinLength();
    const bool confirmed =
        m_request.purpose != PinRequest::Purpose::NewPin || m_confirm->samePinAs(*m_pin);
    const bool lengthOk = length >= m_request.minLength && length <= m_request.maxLength;
    DisabledReason::apply(m_buttons->button(QDialogButtonBox::Ok), lengthOk && confirmed,
                          !lengthOk ? m_rules->text()
                                    : tr("Type the same new PIN in both fields first."));
}

SecretBuffer PinDialog::takePin()
{
    m_confirm->wipe();
    return m_pin->takePin();
}

void PinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    updateAcceptance(); // its reason too
    QDialog::changeEvent(event);
}

PinPadDialog::PinPadDialog(const PinRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("pinPadDialog"));
    m_message = plainLabel(this, QStringLiteral("pinPadMessage"));
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_tries = plainLabel(this, QStringLiteral("pinPadTries"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tries);
    layout->addWidget(m_buttons);
    retranslate();
}

void PinPadDialog::retranslate()
{
    setWindowTitle(tr("PIN"));
    m_message->setText(
        m_request.purpose == PinRequest::Purpose::Puk
            ? tr("Enter the PUK and then your new PIN on the reader's keypad, and confirm on "
                 "the reader.")
            : tr("Enter your PIN on the reader's keypad, then confirm on the reader."));
    const QString tries = PinDialog::triesText(m_request);
    m_tries->setText(tries);
    m_tries->setVisible(!tries.isEmpty());
}

void PinPadDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace guichet
