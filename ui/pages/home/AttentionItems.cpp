#include "AttentionItems.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

#include <algorithm>

namespace guichet {
namespace {

// tr() with a context of its own, so translators see these lines together.
class Attention
{
    Q_DECLARE_TR_FUNCTIONS(Attention)

public:
    // "A", "A and B", "A, B and others": names from the portal, at most two.
    static QString names(const QStringList& all)
    {
        if (all.size() == 1)
            return all.first();
        if (all.size() == 2)
            return tr("%1 and %2").arg(all[0], all[1]);
        return tr("%1, %2 and others").arg(all[0], all[1]);
    }
};

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

void addInformationRequests(const AttentionFacts& facts, QList<AttentionItem>& items)
{
    QList<AttentionFacts::Dossier> asked = facts.informationRequested;
    // The nearest due date first; requests without one after those that have one.
    std::stable_sort(asked.begin(), asked.end(), [](const auto& a, const auto& b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    for (const AttentionFacts::Dossier& dossier : asked) {
        QString detail = dossier.dueDate.isValid()
                             ? Attention::tr("Reference %1 — answer by %2")
                                   .arg(dossier.reference, longDate(dossier.dueDate))
                             : Attention::tr("Reference %1").arg(dossier.reference);
        if (!dossier.request.isEmpty())
            detail += QLatin1Char('\n') + dossier.request;
        items.append({AttentionItem::Kind::InformationRequested,
                      Attention::tr("Information requested: %1").arg(dossier.title), detail,
                      QStringLiteral("dossiers"), dossier.id});
    }
}

void addCertificates(const AttentionFacts& facts, const QDateTime& now, QList<AttentionItem>& items)
{
    // One line for the certificate that ends first: a card's two certificates end together.
    std::optional<AttentionFacts::Certificate> first;
    for (const AttentionFacts::Certificate& certificate : facts.certificates) {
        if (certificate.notAfter.isValid() &&
            now.daysTo(certificate.notAfter) <= CertificateWarningDays &&
            (!first || certificate.notAfter < first->notAfter))
            first = certificate;
    }
    if (!first)
        return;
    const QString day = longDate(first->notAfter.toLocalTime().date());
    const bool ended = first->notAfter <= now;
    items.append({AttentionItem::Kind::CertificateExpiring,
                  ended ? Attention::tr("The certificate on your card expired on %1").arg(day)
                        : Attention::tr("The certificate on your card expires on %1").arg(day),
                  Attention::tr("Without a valid certificate you can no longer sign in or sign. "
                                "Ask for a new card or token in good time."),
                  QStringLiteral("card"), QString()});
}

} // namespace

QList<AttentionItem> attentionItems(const AttentionFacts& facts, const QDateTime& now)
{
    QList<AttentionItem> items;
    addInformationRequests(facts, items);

    if (facts.refusedRequests > 0)
        items.append(
            {AttentionItem::Kind::RequestRefused,
             Attention::tr("%n request(s) refused by the portal", nullptr, facts.refusedRequests),
             Attention::tr("Read why, then correct and send again or remove it."),
             facts.refusedPage, QString()});

    addCertificates(facts, now, items);

    if (facts.unreadMessages > 0)
        items.append(
            {AttentionItem::Kind::UnreadMessages,
             Attention::tr("%n unread message(s)", nullptr, facts.unreadMessages),
             facts.unreadAdministrations.isEmpty()
                 ? QString()
                 : Attention::tr("From %1").arg(Attention::names(facts.unreadAdministrations)),
             QStringLiteral("messages"),
             facts.unreadThreads.size() == 1 ? facts.unreadThreads.first() : QString()});

    if (!facts.changedDossiers.isEmpty()) {
        const int count = int(facts.changedDossiers.size());
        QStringList titles;
        for (const AttentionFacts::Dossier& dossier : facts.changedDossiers)
            titles.append(dossier.title);
        items.append({AttentionItem::Kind::DossiersChanged,
                      Attention::tr("%n procedure(s) moved on", nullptr, count),
                      Attention::names(titles), QStringLiteral("dossiers"),
                      count == 1 ? facts.changedDossiers.first().id : QString()});
    }

    if (facts.newAccesses > 0)
        items.append(
            {AttentionItem::Kind::NewAccesses,
             Attention::tr("%n new access(es) to your data", nullptr, facts.newAccesses),
             facts.accessAdministrations.isEmpty()
                 ? QString()
                 : Attention::tr("By %1").arg(Attention::names(facts.accessAdministrations)),
             QStringLiteral("accesslog"), QString()});

    if (facts.waitingRequests > 0)
        items.append(
            {AttentionItem::Kind::RequestsWaiting,
             Attention::tr("%n request(s) waiting to be sent", nullptr, facts.waitingRequests),
             Attention::tr("They leave on their own as soon as the portal can be "
                           "reached; nothing is lost meanwhile."),
             facts.waitingPage, QString()});

    if (!facts.draftIds.isEmpty()) {
        const int count = int(facts.draftIds.size());
        items.append({AttentionItem::Kind::DraftsUnfinished,
                      Attention::tr("%n draft(s) not sent yet", nullptr, count),
                      count == 1 ? facts.newestDraftTitle
                                 : Attention::tr("The latest: %1").arg(facts.newestDraftTitle),
                      QStringLiteral("forms"), count == 1 ? facts.draftIds.first() : QString()});
    }
    return items;
}

} // namespace guichet
