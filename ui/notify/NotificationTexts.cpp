#include "NotificationTexts.h"

#include "SpaceTexts.h"

#include <QCoreApplication>
#include <QLocale>

// The translation context of every notification text (and of FreedesktopNotifier's
// "Open"); at global scope so lupdate and the run time agree on its name.
class Notifications
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)
};

namespace guichet::notify {
namespace {

// "A, B and 3 more": a few names, never a wall of them.
QString someOf(const QStringList& names)
{
    constexpr qsizetype Shown = 3;
    if (names.size() <= Shown)
        return QLocale().createSeparatedList(names);
    return Notifications::tr("%1 and %n more", nullptr, int(names.size() - Shown))
        .arg(QStringList(names.mid(0, Shown)).join(QStringLiteral(", ")));
}

QString inSpace(const News& news)
{
    return Notifications::tr("In %1.").arg(news.spaceName);
}

DesktopNotification dossiers(const News& news, Detail detail)
{
    if (detail == Detail::Detailed && news.count == 1)
        return {{},
                Notifications::tr("%1: %2").arg(news.subjects.value(0),
                                                SpaceTexts::dossierStatus(news.status)),
                inSpace(news)};
    if (detail == Detail::Detailed)
        return {{},
                Notifications::tr("%n dossiers have a new status", nullptr, news.count),
                inSpace(news) + u' ' + someOf(news.subjects)};
    return {{},
            Notifications::tr("%n dossiers have a new status", nullptr, news.count),
            inSpace(news) + u' ' +
                Notifications::tr("Open Guichet Desktop to see where they stand.")};
}

DesktopNotification messages(const News& news, Detail detail)
{
    const QString summary =
        Notifications::tr("%n new messages from the administration", nullptr, news.count);
    if (detail == Detail::Detailed)
        return {{},
                summary,
                inSpace(news) + u' ' + Notifications::tr("From: %1").arg(someOf(news.subjects))};
    return {{},
            summary,
            inSpace(news) + u' ' + Notifications::tr("Open Guichet Desktop to read them.")};
}

DesktopNotification accesses(const News& news, Detail detail)
{
    const QString summary = Notifications::tr("%n new accesses to your data", nullptr, news.count);
    if (detail == Detail::Detailed)
        return {{},
                summary,
                inSpace(news) + u' ' + Notifications::tr("By: %1").arg(someOf(news.subjects))};
    return {{},
            summary,
            inSpace(news) + u' ' +
                Notifications::tr("See who accessed your data, and why, in Guichet Desktop.")};
}

DesktopNotification certificates(const News& news, Detail detail)
{
    QString body =
        Notifications::tr("Renew it in time to keep signing in and signing.", nullptr, news.count);
    if (detail == Detail::Detailed)
        body = someOf(news.subjects) + u' ' + body;
    return {
        {}, Notifications::tr("%n certificates of your card end soon", nullptr, news.count), body};
}

} // namespace

QString notificationKey(NewsKind kind, const QString& spaceId)
{
    return spaceId + u'/' + QString::number(int(kind));
}

DesktopNotification notificationFor(const News& news, Detail detail)
{
    DesktopNotification notification;
    switch (news.kind) {
    case NewsKind::DossierStatus:
        notification = dossiers(news, detail);
        break;
    case NewsKind::Message:
        notification = messages(news, detail);
        break;
    case NewsKind::Access:
        notification = accesses(news, detail);
        break;
    case NewsKind::RequestRefused:
        notification = {
            {},
            Notifications::tr("The portal refused %n of your requests", nullptr, news.count),
            inSpace(news) + u' ' + Notifications::tr("Open Guichet Desktop to see why.")};
        break;
    case NewsKind::RequestLate:
        notification = {
            {},
            Notifications::tr("%n requests are still waiting to be sent", nullptr, news.count),
            inSpace(news) + u' ' +
                Notifications::tr("They are kept and sent as soon as the portal can be reached.")};
        break;
    case NewsKind::CertificateExpiring:
        notification = certificates(news, detail);
        break;
    case NewsKind::SessionEnded:
        notification = {
            {},
            Notifications::tr("Sign in again to stay up to date"),
            Notifications::tr("Your session with the portal ended. Insert your card and open "
                              "Guichet Desktop to sign in.")};
        break;
    }
    notification.key = notificationKey(news.kind, news.spaceId);
    return notification;
}

} // namespace guichet::notify
