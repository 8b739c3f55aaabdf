#pragma once

#include "News.h"
#include "NotificationLedger.h"
#include "NotificationTexts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace guichet {

class Settings;
class SpaceSource;
struct TokenStatus;

namespace notify {

class DesktopNotifier;

// Decides what the person is told outside the window and tells it. After each sync
// round it compares every space with what was already told (NotificationLedger, in the
// person's folder), groups what is new into one notification per kind and space,
// drops the kinds the person switched off, words them with the chosen detail, and
// hands them to the desktop. While the window is in front nothing is shown (Home and
// the navigation say it), but it counts as told. A click on a notification comes back
// as openRequested with the place to show.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    // notifier may be null (no notification service): everything still counts as told.
    NotificationCenter(Settings& settings, DesktopNotifier* notifier, QObject* parent = nullptr);
    ~NotificationCenter() override;

    [[nodiscard]] bool isAvailable() const;
    // For Diagnostics: what shows notifications, or why nothing can.
    [[nodiscard]] QString describe() const;

    // One space of the person, as read after a sync round.
    struct SyncedSpace
    {
        const SpaceSource* source = nullptr;
        QString name; // as the navigation shows it
    };
    // A sync round ended for the person whose ledger is ledgerFile.
    void spacesSynced(const QString& ledgerFile, const QList<SyncedSpace>& spaces);
    // The tokens present now: certificates that end soon are told once.
    void certificatesPresent(const QList<CertificateFact>& certificates);
    // The same from the card service's tokensChanged.
    void tokensPresent(const QList<guichet::TokenStatus>& tokens);
    // The portal ended the session: the card is needed (instead of a PIN dialog).
    void sessionEnded();
    // Nobody is signed in any more: the ledger is closed.
    void signedOut();

Q_SIGNALS:
    // The person clicked a notification: show this place (itemId may be empty).
    void openRequested(const QString& spaceId, const QString& pageId, const QString& itemId);
    // A notification was handed to the desktop (tests and the log follow it).
    void shown(const guichet::notify::DesktopNotification& notification);

private:
    [[nodiscard]] bool wanted(NewsKind kind) const;
    [[nodiscard]] bool windowInFront() const;
    void tell(const QList<News>& news);
    void onActivated(const QString& key);

    struct Place
    {
        QString spaceId;
        QString pageId;
        QString itemId;
    };

    Settings& m_settings;
    QPointer<DesktopNotifier> m_notifier;
    std::unique_ptr<NotificationLedger> m_ledger;
    QSet<QString> m_certificatesTold; // while nobody is signed in
    QHash<QString, Place> m_places;   // notification key -> where a click leads
};

} // namespace notify
} // namespace guichet
