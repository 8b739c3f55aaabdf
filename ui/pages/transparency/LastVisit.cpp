#include "LastVisit.h"

#include <QSettings>

namespace guichet::LastVisit {
namespace {

QString group(const QString& screen)
{
    return screen + QStringLiteral("LastVisit");
}

} // namespace

QDateTime read(const QString& seenFile, const QString& screen, const QString& spaceId)
{
    if (seenFile.isEmpty() || spaceId.isEmpty())
        return {};
    QSettings seen(seenFile, QSettings::IniFormat);
    seen.beginGroup(group(screen));
    return QDateTime::fromString(seen.value(spaceId).toString(), Qt::ISODateWithMs);
}

void write(const QString& seenFile, const QString& screen, const QString& spaceId,
           const QDateTime& when)
{
    if (seenFile.isEmpty() || spaceId.isEmpty())
        return;
    QSettings seen(seenFile, QSettings::IniFormat);
    seen.beginGroup(group(screen));
    seen.setValue(spaceId, when.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace guichet::LastVisit
