#include "News.h"

#include <QCryptographicHash>

namespace guichet::notify {
namespace {

void appendOnce(QStringList& list, const QString& text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

News newsOf(NewsKind kind, const SpaceSnapshot& snapshot, const QString& pageId)
{
    News news;
    news.kind = kind;
    news.spaceId = snapshot.spaceId;
    news.spaceName = snapshot.spaceName;
    news.pageId = pageId;
    return news;
}

// Every dossier whose status differs from the one told; new dossiers count too (the
// administration opened one for the person), except before the baseline.
void findDossiers(const SpaceSnapshot& snapshot, ToldState& told, QList<News>& found)
{
    News news = newsOf(NewsKind::DossierStatus, snapshot, QStringLiteral("dossiers"));
    for (const SpaceSnapshot::Dossier& dossier : snapshot.dossiers) {
        const auto known = told.dossierStatus.constFind(dossier.id);
        if (known != told.dossierStatus.constEnd() && *known == dossier.status)
            continue;
        told.dossierStatus.insert(dossier.id, dossier.status);
        if (!told.baseline)
            continue;
        ++news.count;
        appendOnce(news.subjects, dossier.title);
        news.itemId = news.count == 1 ? dossier.id : QString();
        news.status = news.count == 1 ? dossier.status : QString();
    }
    if (news.count > 0)
        found.append(news);
}

void findMessages(const SpaceSnapshot& snapshot, ToldState& told, QList<News>& found)
{
    News news = newsOf(NewsKind::Message, snapshot, QStringLiteral("messages"));
    QSet<QString> threads;
    for (const SpaceSnapshot::Message& message : snapshot.unreadMessages) {
        if (told.messages.contains(message.id))
            continue;
        told.messages.insert(message.id);
        if (!told.baseline)
            continue;
        ++news.count;
        threads.insert(message.threadKey);
        appendOnce(news.subjects, message.administration);
        news.itemId = message.threadKey;
    }
    if (threads.size() > 1)
        news.itemId.clear(); // several conversations: the list
    // Read elsewhere (on the portal's website): no need to remember it any longer.
    QSet<QString> unread;
    for (const SpaceSnapshot::Message& message : snapshot.unreadMessages)
        unread.insert(message.id);
    told.messages.intersect(unread);
    if (news.count > 0)
        found.append(news);
}

void findAccesses(const SpaceSnapshot& snapshot, ToldState& told, QList<News>& found)
{
    News news = newsOf(NewsKind::Access, snapshot, QStringLiteral("accesslog"));
    qint64 newest = told.accessesUpTo;
    for (const SpaceSnapshot::Access& access : snapshot.accesses)
        newest = qMax(newest, access.at);
    QSet<QString> atNewest = newest == told.accessesUpTo ? told.accessesAtUpTo : QSet<QString>();
    for (const SpaceSnapshot::Access& access : snapshot.accesses) {
        const bool isNew =
            access.at > told.accessesUpTo ||
            (access.at == told.accessesUpTo && !told.accessesAtUpTo.contains(access.id));
        if (access.at == newest)
            atNewest.insert(access.id);
        if (!isNew || !told.baseline)
            continue;
        ++news.count;
        appendOnce(news.subjects, access.administration);
    }
    told.accessesUpTo = newest;
    told.accessesAtUpTo = atNewest;
    if (news.count > 0)
        found.append(news);
}

void findRequests(const SpaceSnapshot& snapshot, ToldState& told, const QDateTime& now,
                  QList<News>& found)
{
    News refused = newsOf(NewsKind::RequestRefused, snapshot, QString());
    News late = newsOf(NewsKind::RequestLate, snapshot, QString());
    QSet<qint64> present;
    for (const SpaceSnapshot::Request& request : snapshot.waitingOrRefused) {
        present.insert(request.id);
        News* news = nullptr;
        if (request.refused && !told.refusedRequests.contains(request.id)) {
            told.refusedRequests.insert(request.id);
            news = &refused;
        } else if (!request.refused && !told.lateRequests.contains(request.id) &&
                   request.queuedAt.isValid() &&
                   request.queuedAt.secsTo(now) >= LateRequestSeconds) {
            told.lateRequests.insert(request.id);
            news = &late;
        }
        if (!news || !told.baseline)
            continue;
        if (news->count++ == 0)
            news->pageId = request.pageId;
        else if (news->pageId != request.pageId)
            news->pageId = QStringLiteral("home"); // of several kinds: Home lists them all
    }
    // Sent or discarded since: forget them.
    told.refusedRequests.intersect(present);
    told.lateRequests.intersect(present);
    for (const News& news : {refused, late})
        if (news.count > 0)
            found.append(news);
}

} // namespace

QList<News> findNews(const SpaceSnapshot& snapshot, ToldState& told, const QDateTime& now)
{
    QList<News> found;
    findDossiers(snapshot, told, found);
    findMessages(snapshot, told, found);
    findAccesses(snapshot, told, found);
    findRequests(snapshot, told, now, found);
    told.baseline = true;
    return found;
}

QList<News> findCertificateNews(const QList<CertificateFact>& certificates, QSet<QString>& told,
                                const QDateTime& now, int days)
{
    News news;
    news.kind = NewsKind::CertificateExpiring;
    news.pageId = QStringLiteral("card");
    for (const CertificateFact& certificate : certificates) {
        if (!certificate.notAfter.isValid() || now.daysTo(certificate.notAfter) > days)
            continue;
        // Hashed: the ledger file never holds a name.
        const QString key = QString::fromLatin1(
            QCryptographicHash::hash(
                (certificate.holder + u'|' + certificate.notAfter.toUTC().toString(Qt::ISODate))
                    .toUtf8(),
                QCryptographicHash::Sha256)
                .toHex());
        if (told.contains(key))
            continue;
        told.insert(key);
        ++news.count;
        appendOnce(news.subjects, certificate.holder);
    }
    return news.count > 0 ? QList<News>{news} : QList<News>{};
}

} // namespace guichet::notify
