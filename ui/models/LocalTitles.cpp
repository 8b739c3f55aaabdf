#include "LocalTitles.h"

#include "SpaceSource.h"

#include <QLocale>

namespace guichet::LocalTitles {

QString currentLanguage()
{
    switch (QLocale().language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("fr");
    }
}

QString procedureTitle(const SpaceSource& source, const QString& procedureId,
                       const QString& portalTitle)
{
    if (procedureId.isEmpty())
        return portalTitle;
    const auto entry = source.procedure(currentLanguage(), procedureId);
    if (!entry || !entry.value() || entry.value()->title.isEmpty())
        return portalTitle;
    return entry.value()->title;
}

} // namespace guichet::LocalTitles
