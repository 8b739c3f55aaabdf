#include "SubmitterContact.h"

namespace guichet::forms {

bool SubmitterContact::isComplete() const
{
    return !givenName.trimmed().isEmpty() && !surname.trimmed().isEmpty() &&
           !email.trimmed().isEmpty();
}

QString SubmitterContact::fullName() const
{
    return QStringLiteral("%1 %2").arg(givenName.trimmed(), surname.trimmed()).trimmed();
}

QJsonObject SubmitterContact::toJson() const
{
    QJsonObject json{{QStringLiteral("givenName"), givenName.trimmed()},
                     {QStringLiteral("surname"), surname.trimmed()},
                     {QStringLiteral("email"), email.trimmed()}};
    if (birthDate.isValid())
        json.insert(QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate));
    if (!nationality.trimmed().isEmpty())
        json.insert(QStringLiteral("nationality"), nationality.trimmed().toUpper());
    if (!phone.trimmed().isEmpty())
        json.insert(QStringLiteral("phone"), phone.trimmed());
    return json;
}

} // namespace guichet::forms
