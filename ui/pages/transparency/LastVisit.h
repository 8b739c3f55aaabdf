#pragma once

#include <QDateTime>
#include <QString>

// When the person last looked at a screen, per space, kept in their seen file
// (SpaceSource::seenFile(), an INI file of the identity) so "new since your last
// visit" survives a restart. An empty file name keeps nothing.
namespace guichet::LastVisit {

// The screens that keep a last visit.
inline constexpr char AccessLogScreen[] = "accessLog";

// Invalid when never recorded.
[[nodiscard]] QDateTime read(const QString& seenFile, const QString& screen,
                             const QString& spaceId);
void write(const QString& seenFile, const QString& screen, const QString& spaceId,
           const QDateTime& when);

} // namespace guichet::LastVisit
