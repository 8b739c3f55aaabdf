#include "SubmitterContactDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace guichet {
namespace {

QLineEdit* lineEdit(const char* objectName, const QString& text, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

} // namespace

SubmitterContactDialog::SubmitterContactDialog(const forms::SubmitterContact& initial,
                                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("submitterContactDialog"));
    setWindowTitle(tr("Who is submitting"));
    m_intro = new QLabel(
        tr("You are not signed in with a card, so the administration knows you only by what "
           "you enter here. It will answer you at this e-mail address."),
        this);
    m_intro->setWordWrap(true);
    m_givenName = lineEdit("contactGivenName", initial.givenName, this);
    m_surname = lineEdit("contactSurname", initial.surname, this);
    m_email = lineEdit("contactEmail", initial.email, this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("contactBirthDate"));
    m_birthDate->setCalendarPopup(true);
    // The minimum means "not given" (shown as an empty field).
    m_birthDate->setMinimumDate(QDate(1900, 1, 1));
    m_birthDate->setSpecialValueText(tr("Not given"));
    m_birthDate->setDate(initial.birthDate.isValid() ? initial.birthDate
                                                     : m_birthDate->minimumDate());
    m_nationality = lineEdit("contactNationality", initial.nationality, this);
    m_nationality->setMaxLength(2);
    m_nationality->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_nationality));
    m_nationality->setPlaceholderText(tr("e.g. PT"));
    m_phone = lineEdit("contactPhone", initial.phone, this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Given name (required)"), m_givenName);
    form->addRow(tr("S&urname (required)"), m_surname);
    form->addRow(tr("&E-mail (required)"), m_email);
    form->addRow(tr("&Date of birth"), m_birthDate);
    form->addRow(tr("&Nationality (two-letter country code)"), m_nationality);
    form->addRow(tr("&Phone"), m_phone);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("contactOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* required : {m_givenName, m_surname, m_email})
        connect(required, &QLineEdit::textChanged, this, &SubmitterContactDialog::updateOk);
    updateOk();
}

forms::SubmitterContact SubmitterContactDialog::contact() const
{
    forms::SubmitterContact contact;
    contact.givenName = m_givenName->text().trimmed();
    contact.surname = m_surname->text().trimmed();
    contact.email = m_email->text().trimmed();
    if (m_birthDate->date() != m_birthDate->minimumDate())
        contact.birthDate = m_birthDate->date();
    contact.nationality = m_nationality->text().trimmed().toUpper();
    contact.phone = m_phone->text().trimmed();
    return contact;
}

void SubmitterContactDialog::updateOk()
{
    // A light check only: the portal checks the address itself.
    const bool emailLooksRight = m_email->text().trimmed().contains(u'@');
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(contact().isComplete() && emailLooksRight);
}

} // namespace guichet
