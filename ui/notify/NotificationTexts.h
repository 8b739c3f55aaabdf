#pragma once

#include "News.h"

#include <QString>

namespace guichet::notify {

// A notification as the desktop shows it: plain text (the notifier escapes it for
// servers that read markup). key names what it is about (a kind in a space), so a
// newer one of the same kind replaces the older instead of piling up.
struct DesktopNotification
{
    QString key;
    QString summary;
    QString body;
};

// How much a notification may say. Private (the default) says that something happened
// and in which space: the lock screen may show it. Detailed adds dossier titles,
// statuses and who wrote or read; never a message's text or national data.
enum class Detail
{
    Private,
    Detailed,
};

// The words of one piece of news in the interface's language.
[[nodiscard]] DesktopNotification notificationFor(const News& news, Detail detail);

// The key of a kind of news in a space (DesktopNotification::key).
[[nodiscard]] QString notificationKey(NewsKind kind, const QString& spaceId);

} // namespace guichet::notify
