#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// What Home knows about the signed-in person's space at one moment, gathered from the
// local copy, the drafts and the card (AttentionFacts.h). Plain data, so the choice
// and order of what Home says can be tested without a window.
struct AttentionFacts
{
    struct Dossier
    {
        QString id;
        QString title; // in the current language when the catalogue has it
        QString reference;
        QString request; // what the administration asks for (portal text, plain)
        QDate dueDate;   // invalid when the administration gave none
    };
    struct Certificate
    {
        QString holder; // the certificate's subject name, for telling two apart
        QDateTime notAfter;
    };

    QList<Dossier> informationRequested; // the administration waits for the person
    QList<Dossier> changedDossiers;      // status changed since the person last looked
    int unreadMessages = 0;
    QStringList unreadThreads;         // thread keys, newest activity first
    QStringList unreadAdministrations; // who wrote, without repeats, newest first
    int newAccesses = 0;
    QStringList accessAdministrations; // who read the data, without repeats, newest first
    int refusedRequests = 0;           // the portal refused them for good
    QString refusedPage;               // where the first refused one is explained
    int waitingRequests = 0;           // queued or on their way
    QString waitingPage;
    QStringList draftIds; // newest first
    QString newestDraftTitle;
    QList<Certificate> certificates; // of the tokens present now
};

// One line of "What needs your attention": what happened, in words, and the one place
// that deals with it (a page, and the item on it when there is exactly one).
struct AttentionItem
{
    enum class Kind
    {
        InformationRequested,
        RequestRefused,
        CertificateExpiring,
        UnreadMessages,
        DossiersChanged,
        NewAccesses,
        RequestsWaiting,
        DraftsUnfinished,
    };
    Kind kind;
    QString text;   // translated
    QString detail; // translated; may quote portal text, always shown as plain text
    QString pageId;
    QString itemId; // empty: the page as a whole
};

// Days before its end from which a certificate is worth mentioning.
inline constexpr int CertificateWarningDays = 60;

// The lines Home shows, most urgent first (the order of AttentionItem::Kind; requests
// with the nearest due date first); empty when nothing needs the person.
[[nodiscard]] QList<AttentionItem> attentionItems(const AttentionFacts& facts,
                                                  const QDateTime& now);

} // namespace guichet
