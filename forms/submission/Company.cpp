#include "Company.h"

#include <QCoreApplication>

namespace guichet::forms {

QString Company::identifier() const
{
    if (!rcsNumber.isEmpty())
        return QCoreApplication::translate("Company", "RCS %1").arg(rcsNumber);
    if (!vatNumber.isEmpty())
        return QCoreApplication::translate("Company", "VAT %1").arg(vatNumber);
    return {};
}

QString Company::nameWithIdentifier() const
{
    const QString id = identifier();
    return id.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace guichet::forms
