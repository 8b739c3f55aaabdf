#include "ErrorCodes.h"
#include "HomePage.h"
#include "LanguageManager.h"
#include "LastVisit.h"
#include "MyProceduresPage.h"
#include "SignedInShell.h"
#include "home/AttentionItems.h"
#include "home/AttentionPanel.h"
#include "home/SpaceAttention.h"

#include <QCommandLinkButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace guichet;

namespace {

using Kind = AttentionItem::Kind;

QList<Kind> kinds(const QList<AttentionItem>& items)
{
    QList<Kind> list;
    for (const AttentionItem& item : items)
        list.append(item.kind);
    return list;
}

QJsonObject firstWithStatus(const QList<QJsonObject>& dossiers, const QString& status)
{
    for (const QJsonObject& dossier : dossiers) {
        if (dossier.value(u"status").toString() == status)
            return dossier;
    }
    return {};
}

store::OutboxEntry outboxEntry(const QString& spaceId, const QString& kind, const QString& path)
{
    store::OutboxEntry entry;
    entry.spaceId = spaceId;
    entry.kind = kind;
    entry.method = QStringLiteral("POST");
    entry.path = path;
    entry.idempotencyKey = QStringLiteral("key-") + path;
    entry.body = "{}";
    return entry;
}

} // namespace

// Home as the person's desk (issue #22 §1): what needs attention, most urgent first,
// read from the same local copy the other pages read, each line opening its place.
class TestHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English words and dates (the plural forms come from the English translation).
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void mostUrgentFirstInWordsThatCount()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        AttentionFacts facts;
        facts.draftIds = {QStringLiteral("draft-1")};
        facts.newestDraftTitle = QStringLiteral("Residents' parking permit");
        facts.newAccesses = 12;
        facts.accessAdministrations = {QStringLiteral("CNS"), QStringLiteral("ADEM"),
                                       QStringLiteral("CAE")};
        facts.unreadMessages = 1;
        facts.unreadThreads = {QStringLiteral("T-1")};
        facts.unreadAdministrations = {QStringLiteral("Commune de Luxembourg")};
        facts.refusedRequests = 2;
        facts.refusedPage = QStringLiteral("messages");
        facts.waitingRequests = 1;
        facts.waitingPage = QStringLiteral("forms");
        // Two requests: the one due first comes first, the one without a date last.
        facts.informationRequested = {
            {QStringLiteral("D-2"), QStringLiteral("Later"), QStringLiteral("R-2"), {}, {}},
            {QStringLiteral("D-1"), QStringLiteral("Sooner"), QStringLiteral("R-1"),
             QStringLiteral("Send the <b>certificate</b>"), QDate(2026, 12, 20)}};
        facts.certificates = {{QStringLiteral("Marie"), now.addDays(30)},
                              {QStringLiteral("Marie"), now.addDays(400)}};
        const QList<AttentionItem> items = attentionItems(facts, now);
        QCOMPARE(kinds(items),
                 (QList<Kind>{Kind::InformationRequested, Kind::InformationRequested,
                              Kind::RequestRefused, Kind::CertificateExpiring, Kind::UnreadMessages,
                              Kind::NewAccesses, Kind::RequestsWaiting, Kind::DraftsUnfinished}));
        QCOMPARE(items[0].itemId, QStringLiteral("D-1"));
        QCOMPARE(items[0].text, QStringLiteral("Information requested: Sooner"));
        QVERIFY2(items[0].detail.contains(QStringLiteral("20 December 2026")),
                 qPrintable(items[0].detail));
        QVERIFY(items[0].detail.contains(QStringLiteral("Send the <b>certificate</b>")));
        QCOMPARE(items[1].itemId, QStringLiteral("D-2"));
        QCOMPARE(items[2].text, QStringLiteral("2 requests refused by the portal"));
        QCOMPARE(items[2].pageId, QStringLiteral("messages"));
        QVERIFY(items[3].text.contains(QStringLiteral("expires on")));
        // One thread: the line opens it; one message is said in the singular.
        QCOMPARE(items[4].text, QStringLiteral("1 unread message"));
        QCOMPARE(items[4].itemId, QStringLiteral("T-1"));
        QCOMPARE(items[5].text, QStringLiteral("12 new accesses to your data"));
        QCOMPARE(items[5].detail, QStringLiteral("By CNS, ADEM and others"));
        QCOMPARE(items[7].itemId, QStringLiteral("draft-1"));

        // Two threads: the line opens the list, not one of them.
        facts.unreadThreads.append(QStringLiteral("T-2"));
        QVERIFY(attentionItems(facts, now)[4].itemId.isEmpty());
        // A certificate that ended is said so; one 61 days away is not mentioned yet.
        facts.certificates = {{QStringLiteral("Marie"), now.addDays(-1)}};
        QVERIFY(attentionItems(facts, now)[3].text.contains(QStringLiteral("expired on")));
        facts.certificates = {{QStringLiteral("Marie"), now.addDays(61)}};
        QVERIFY(!kinds(attentionItems(facts, now)).contains(Kind::CertificateExpiring));
        QVERIFY(attentionItems(AttentionFacts{}, now).isEmpty());
    }

    // Marie's space as the sync leaves it: the dossier where the administration waits
    // for her, named in English from the local catalogue, her unread messages as
    // Messages counts them, accesses since her last visit, what waits in the outbox.
    void readsTheSpaceAsItsPagesDo()
    {
        SpaceFixture space;
        space.fillCatalogue({QStringLiteral("en")});
        space.fillMarie();
        space.fillMariesMessagesAndAccesses();
        const QList<QJsonObject> dossiers = space.objects(QStringLiteral("dossier"));
        const QJsonObject asked =
            firstWithStatus(dossiers, QStringLiteral("information_requested"));
        QVERIFY2(!asked.isEmpty(), "Marie's seed has a dossier waiting for her");

        // Nothing recorded yet: her history is not news (as on "My procedures").
        Result<AttentionFacts> facts = readSpaceAttention(*space.source, nullptr);
        QVERIFY(facts);
        QCOMPARE(facts.value().changedDossiers.size(), 0);
        QCOMPARE(facts.value().newAccesses, 0);
        QCOMPARE(facts.value().informationRequested.size(), 1);
        const AttentionFacts::Dossier& need = facts.value().informationRequested.first();
        QCOMPARE(need.id, asked.value(u"id").toString());
        QCOMPARE(need.reference, asked.value(u"reference").toString());
        const auto english =
            space.source->procedure(QStringLiteral("en"), asked.value(u"procedureId").toString());
        QVERIFY(english && english.value());
        QCOMPARE(need.title, english.value()->title);
        QVERIFY(need.title != asked.value(u"title").toString()); // the portal's was French
        QVERIFY(facts.value().unreadMessages > 0);
        QVERIFY(!facts.value().unreadAdministrations.isEmpty());

        // She saw every status but one; she last looked at the access log a year ago;
        // a message and a correction wait to be sent and a submission was refused.
        for (const QJsonObject& dossier : dossiers)
            space.source->markSeen(dossier.value(u"id").toString(),
                                   dossier.value(u"status").toString());
        const QJsonObject moved = firstWithStatus(dossiers, QStringLiteral("decided"));
        QVERIFY(!moved.isEmpty());
        space.source->markSeen(moved.value(u"id").toString(), QStringLiteral("in_processing"));
        LastVisit::write(space.source->seenFile(), QString::fromLatin1(LastVisit::AccessLogScreen),
                         space.source->spaceId(), SpaceFixture::now().addYears(-1));
        const QString id = space.source->spaceId();
        QVERIFY(space.store->outbox().enqueue(
            outboxEntry(id, QStringLiteral("message"), QStringLiteral("/spaces/x/messages"))));
        QVERIFY(space.store->outbox().enqueue(
            outboxEntry(id, QStringLiteral("correction"), QStringLiteral("/c"))));
        const auto refused = space.store->outbox().enqueue(
            outboxEntry(id, QStringLiteral("submission"), QStringLiteral("/s")));
        QVERIFY(refused);
        QVERIFY(space.store->outbox().markFailed(
            refused.value(), Error(QStringLiteral("SUB-003"), QStringLiteral("refused")), false));
        facts = readSpaceAttention(*space.source, nullptr);
        QVERIFY(facts);
        QCOMPARE(facts.value().changedDossiers.size(), 1);
        QCOMPARE(facts.value().changedDossiers.first().id, moved.value(u"id").toString());
        int sinceLastYear = 0;
        for (const QJsonObject& access : space.objects(QStringLiteral("access")))
            sinceLastYear += QDateTime::fromString(access.value(u"accessedAt").toString(),
                                                   Qt::ISODate) > SpaceFixture::now().addYears(-1);
        QVERIFY(sinceLastYear > 0);
        QCOMPARE(facts.value().newAccesses, sinceLastYear);
        QVERIFY(!facts.value().accessAdministrations.isEmpty());
        QCOMPARE(facts.value().waitingRequests, 2);
        QCOMPARE(facts.value().waitingPage, QStringLiteral("messages"));
        QCOMPARE(facts.value().refusedRequests, 1);
        QCOMPARE(facts.value().refusedPage, QStringLiteral("forms"));
    }

    // The real window, signed in to the simulated portal with the simulated card: Home
    // turns from "how to start" into the desk, and a line opens its dossier.
    void signedInHomeOpensThePlace()
    {
        SignedInShell signedIn;
        ShellFixture& shell = *signedIn.shell;
        shell.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window.get()));
        auto* home = shell.window->findChild<HomePage*>();
        QVERIFY(shell.find<QWidget>(QStringLiteral("startPanel"))->isVisible());

        // "Sign in with your card" leads to the Sign in page, which signs in.
        auto* startSignIn = shell.find<QCommandLinkButton>(QStringLiteral("startSignIn"));
        QVERIFY(startSignIn);
        startSignIn->click();
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("signin"));
        QVERIFY(signedIn.signIn());

        QVERIFY(shell.window->showPage(QStringLiteral("home")));
        auto* panel = shell.find<AttentionPanel>(QStringLiteral("attentionPanel"));
        QVERIFY(panel->isVisible());
        QCOMPARE(shell.find<QLabel>(QStringLiteral("homeHeading"))->text(),
                 QStringLiteral("Bonjour, Marie Schmit"));
        const QList<AttentionItem> items = home->attention();
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().kind, Kind::InformationRequested);
        const QList<QCommandLinkButton*> links =
            panel->findChildren<QCommandLinkButton*>(QStringLiteral("attentionItem"));
        QCOMPARE(links.size(), items.size());
        for (QCommandLinkButton* link : links) {
            // Whole lines: never wider than the page, each named for screen readers.
            QVERIFY2(link->width() <= home->width(), qPrintable(link->text()));
            QVERIFY(!link->accessibleName().isEmpty());
        }
        QTest::mouseClick(links.first(), Qt::LeftButton);
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("dossiers"));
        auto* tree = shell.find<QTreeWidget>(QStringLiteral("dossierList"));
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), items.first().itemId);

        // Signing out turns Home back into "how to start".
        signedIn.sessions->signOut();
        QVERIFY(shell.window->showPage(QStringLiteral("home")));
        QVERIFY(shell.find<QWidget>(QStringLiteral("startPanel"))->isVisible());
    }

    // Names from the portal of 300 characters without a space wrap inside the page.
    void longNamesWrapInsteadOfWidening()
    {
        AttentionPanel panel;
        const QString endless(300, QLatin1Char('W'));
        panel.show(
            {{Kind::InformationRequested, QStringLiteral("Information requested: ") + endless,
              endless + QStringLiteral(" & more"), QStringLiteral("dossiers"),
              QStringLiteral("D-1")}},
            false);
        panel.resize(600, 400);
        panel.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* link = panel.findChild<QCommandLinkButton*>(QStringLiteral("attentionItem"));
        QVERIFY(link->width() <= 600);
        QVERIFY(panel.minimumSizeHint().width() <= 600);
        QVERIFY(link->heightForWidth(600) > link->fontMetrics().height() * 3);
        // Screen readers hear the text as the portal wrote it.
        QCOMPARE(link->accessibleName(), QStringLiteral("Information requested: ") + endless);
    }

private:
    LanguageManager m_languages;
};

QTEST_MAIN(TestHome)
#include "tst_home.moc"
