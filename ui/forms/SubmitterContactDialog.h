#pragma once

#include "SubmitterContact.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet {

// Before a procedure open without a card is submitted: who is submitting, since no
// card says it. Given name, surname and e-mail are required (the portal answers at
// that address); birth date, nationality and phone are optional. Object names are
// the test seam: the dialog is opened with open(), never exec(), so a test can fill
// it and press OK.
class SubmitterContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SubmitterContactDialog(const forms::SubmitterContact& initial,
                                    QWidget* parent = nullptr);

    [[nodiscard]] forms::SubmitterContact contact() const;

private:
    void updateOk();

    QLabel* m_intro = nullptr;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_surname = nullptr;
    QLineEdit* m_email = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QLineEdit* m_nationality = nullptr;
    QLineEdit* m_phone = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace guichet
