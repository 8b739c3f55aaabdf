#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace guichet::forms {

// Who submits a procedure open without a card (SubmitterContact in
// docs/api/portal.yaml): without a card the portal knows the person only by what
// they type here, and answers them at this e-mail address.
struct SubmitterContact
{
    QString givenName;
    QString surname;
    QString email;
    QDate birthDate;     // optional
    QString nationality; // optional, ISO 3166-1 alpha-2 ("PT")
    QString phone;       // optional

    // The portal requires given name, surname and e-mail.
    [[nodiscard]] bool isComplete() const;
    // "Ana Ferreira" (shown in the summary as who filled in the form).
    [[nodiscard]] QString fullName() const;
    // The manifest's `contact` object; optional members left out when empty.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace guichet::forms
