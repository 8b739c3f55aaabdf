#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guichet::notify {

// What one space holds right after a sync, reduced to what a notification may be
// about (SpaceSnapshotReader reads it from the local copy). Plain data, so what is
// news and how it is grouped is tested without a store, a window or a bus.
struct SpaceSnapshot
{
    struct Dossier
    {
        QString id;
        QString title; // in the interface's language when the catalogue has it
        QString status;
    };
    struct Message // an inbound message the person has not read
    {
        QString id;
        QString threadKey;
        QString administration;
    };
    struct Access // an entry of "Who accessed my data"
    {
        QString id;
        qint64 at = 0; // milliseconds since the epoch, UTC
        QString administration;
    };
    struct Request // an outbox entry the person asked to send
    {
        qint64 id = 0;
        QString pageId; // where it is shown ("forms", "messages"...)
        bool refused = false;
        QDateTime queuedAt;
    };

    QString spaceId;
    QString spaceName; // as the navigation shows it
    QList<Dossier> dossiers;
    QList<Message> unreadMessages;
    QList<Access> accesses;
    QList<Request> waitingOrRefused;
};

// What was already told about one space (NotificationLedger keeps it per identity).
// Nothing is news until a first snapshot set the baseline: signing in for the first
// time must not announce a whole history.
struct ToldState
{
    bool baseline = false;
    QHash<QString, QString> dossierStatus; // dossier id -> status last told (or found)
    QSet<QString> messages;                // ids of inbound messages told
    qint64 accessesUpTo = 0;               // accesses at or before this instant were told
    QSet<QString> accessesAtUpTo;          // ids of those exactly at accessesUpTo
    QSet<qint64> refusedRequests;
    QSet<qint64> lateRequests;
};

enum class NewsKind
{
    DossierStatus,
    Message,
    Access,
    RequestRefused,
    RequestLate,
    CertificateExpiring,
    SessionEnded,
};

// One notification's worth: every new thing of one kind in one space, grouped (ten new
// accesses are one piece of news).
struct News
{
    NewsKind kind = NewsKind::DossierStatus;
    QString spaceId;
    QString spaceName;
    int count = 0;
    QStringList subjects; // dossier titles, administrations, certificate holders; no repeats
    QString status;       // the new status when exactly one dossier moved
    QString pageId;       // where clicking leads
    QString itemId;       // the dossier or thread when there is exactly one; else empty
};

// An outbox entry still not sent after this long is worth telling once.
inline constexpr qint64 LateRequestSeconds = 3600;

// Compares the snapshot with what was told, returns at most one News per kind, and
// records the snapshot as told. The first call for a space only records.
[[nodiscard]] QList<News> findNews(const SpaceSnapshot& snapshot, ToldState& told,
                                   const QDateTime& now);

// A certificate of a token present now.
struct CertificateFact
{
    QString holder;
    QDateTime notAfter;
};

// Certificates that end within `days` (or already ended) and were not told yet, as one
// News; `told` holds a key per certificate already told and is updated.
[[nodiscard]] QList<News> findCertificateNews(const QList<CertificateFact>& certificates,
                                              QSet<QString>& told, const QDateTime& now, int days);

} // namespace guichet::notify
