// Being told (#21), without a bus: what is news and how it is grouped (findNews), what
// a notification says at each level of detail, the ledger that keeps "told" across
// restarts, the snapshot read from a real local copy, the Settings panel with an
// administrator's locks, start at login, and where a click leads in the real window.
// The D-Bus side is tested end to end in tests/integration/app/tst_notifications.cpp.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "News.h"
#include "NotificationCenter.h"
#include "NotificationLedger.h"
#include "NotificationTexts.h"
#include "Page.h"
#include "SettingKeys.h"
#include "ShellFixture.h"
#include "ShellPages.h"
#include "SpaceFixture.h"
#include "SpaceSnapshotReader.h"
#include "background/StartAtLogin.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::notify;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

SpaceSnapshot marie()
{
    SpaceSnapshot snapshot;
    snapshot.spaceId = QStringLiteral("sp-priv-marie");
    snapshot.spaceName = QStringLiteral("My private space");
    snapshot.dossiers = {
        {QStringLiteral("d1"), QStringLiteral("Study grant"), QStringLiteral("submitted")},
        {QStringLiteral("d2"), QStringLiteral("Parking card"), QStringLiteral("in_processing")}};
    snapshot.unreadMessages = {
        {QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("CEDIES")}};
    snapshot.accesses = {{QStringLiteral("a1"), 1000, QStringLiteral("CNS")}};
    return snapshot;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void theFirstLookOnlyRecords()
    {
        ToldState told;
        QVERIFY(findNews(marie(), told, Now).isEmpty());
        QVERIFY(told.baseline);
        QCOMPARE(told.dossierStatus.value(QStringLiteral("d1")), QStringLiteral("submitted"));
        QVERIFY(told.messages.contains(QStringLiteral("m1")));
        QCOMPARE(told.accessesUpTo, 1000);
        // The same again: still nothing.
        QVERIFY(findNews(marie(), told, Now).isEmpty());
    }

    void whatChangedIsToldOncePerKindAndLeadsToTheItem()
    {
        ToldState told;
        (void)findNews(marie(), told, Now);
        SpaceSnapshot next = marie();
        next.dossiers[1].status = QStringLiteral("decided");
        next.unreadMessages.append(
            {QStringLiteral("m2"), QStringLiteral("t2"), QStringLiteral("Ville d'Esch")});
        next.accesses.append({QStringLiteral("a2"), 2000, QStringLiteral("CNS")});
        next.accesses.append({QStringLiteral("a3"), 2000, QStringLiteral("CCSS")});
        const QList<News> news = findNews(next, told, Now);
        QCOMPARE(news.size(), 3);
        QCOMPARE(news.at(0).kind, NewsKind::DossierStatus);
        QCOMPARE(news.at(0).count, 1);
        QCOMPARE(news.at(0).itemId, QStringLiteral("d2")); // one dossier: that one
        QCOMPARE(news.at(0).status, QStringLiteral("decided"));
        QCOMPARE(news.at(0).pageId, QStringLiteral("dossiers"));
        QCOMPARE(news.at(1).kind, NewsKind::Message);
        QCOMPARE(news.at(1).itemId, QStringLiteral("t2"));
        QCOMPARE(news.at(2).kind, NewsKind::Access);
        QCOMPARE(news.at(2).count, 2);
        QCOMPARE(news.at(2).subjects, (QStringList{QStringLiteral("CNS"), QStringLiteral("CCSS")}));
        QVERIFY(findNews(next, told, Now).isEmpty()); // told once
        // An access at the same instant as the last one told is still news.
        next.accesses.append({QStringLiteral("a4"), 2000, QStringLiteral("CNS")});
        const QList<News> again = findNews(next, told, Now);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().count, 1);
    }

    void thousandsOfChangesAreAHandfulOfNews()
    {
        ToldState told;
        (void)findNews(marie(), told, Now);
        SpaceSnapshot flood = marie();
        for (int i = 0; i < 5000; ++i) {
            flood.dossiers.append({QStringLiteral("n%1").arg(i),
                                   QStringLiteral("Dossier %1").arg(i),
                                   QStringLiteral("submitted")});
            flood.unreadMessages.append({QStringLiteral("mm%1").arg(i),
                                         QStringLiteral("tt%1").arg(i % 7),
                                         QStringLiteral("Administration %1").arg(i % 30)});
            flood.accesses.append({QStringLiteral("aa%1").arg(i), 5000 + i, QStringLiteral("CNS")});
        }
        const QList<News> news = findNews(flood, told, Now);
        QCOMPARE(news.size(), 3);
        for (const News& item : news) {
            QCOMPARE(item.count, 5000);
            QVERIFY(item.itemId.isEmpty()); // many: the page, not one item
            QVERIFY(item.subjects.size() <= 5000);
        }
        const DesktopNotification detailed = notificationFor(news.at(1), Detail::Detailed);
        QVERIFY2(detailed.body.size() < 200, qPrintable(detailed.body)); // a few names, not 30
        QVERIFY(detailed.body.contains(QStringLiteral("and 27 more")));
    }

    void requestsAreToldWhenRefusedOrLateAndForgottenWhenSent()
    {
        ToldState told;
        SpaceSnapshot snapshot = marie();
        (void)findNews(snapshot, told, Now);
        snapshot.waitingOrRefused = {{7, QStringLiteral("forms"), true, Now.addSecs(-60)},
                                     {8, QStringLiteral("messages"), false, Now.addSecs(-60)},
                                     {9, QStringLiteral("messages"), false, Now.addSecs(-7200)}};
        QList<News> news = findNews(snapshot, told, Now);
        QCOMPARE(news.size(), 2);
        QCOMPARE(news.at(0).kind, NewsKind::RequestRefused);
        QCOMPARE(news.at(0).pageId, QStringLiteral("forms"));
        QCOMPARE(news.at(1).kind, NewsKind::RequestLate);
        QCOMPARE(news.at(1).count, 1); // entry 8 is young
        QVERIFY(findNews(snapshot, told, Now).isEmpty());
        // An hour later, entry 8 is late too; 9 was sent meanwhile and is forgotten.
        snapshot.waitingOrRefused.removeLast();
        news = findNews(snapshot, told, Now.addSecs(3700));
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().kind, NewsKind::RequestLate);
        QVERIFY(!told.lateRequests.contains(9));
    }

    void certificatesAreToldOnceNearTheirEnd()
    {
        QSet<QString> told;
        const QList<CertificateFact> certificates{
            {QStringLiteral("Marie Schmit"), Now.addDays(30)},
            {QStringLiteral("Marie Schmit (signature)"), Now.addDays(400)}};
        const QList<News> news = findCertificateNews(certificates, told, Now, 60);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().count, 1);
        QCOMPARE(news.first().pageId, QStringLiteral("card"));
        QVERIFY(findCertificateNews(certificates, told, Now, 60).isEmpty());
        // The ledger keeps a hash, never the name.
        QVERIFY(!told.values().first().contains(QStringLiteral("Marie")));
    }

    void privateTextsSayThatAndWhereDetailedOnesSayWhat()
    {
        ToldState told;
        (void)findNews(marie(), told, Now);
        SpaceSnapshot next = marie();
        next.dossiers[0].status = QStringLiteral("decided");
        next.unreadMessages.append(
            {QStringLiteral("m2"), QStringLiteral("t2"), QStringLiteral("<b>Ville & Co</b>")});
        const QList<News> news = findNews(next, told, Now);
        QCOMPARE(news.size(), 2);

        const DesktopNotification dossier = notificationFor(news.at(0), Detail::Private);
        QCOMPARE(dossier.summary, QStringLiteral("A dossier has a new status"));
        QCOMPARE(dossier.body, QStringLiteral("In My private space. Open Guichet Desktop to see "
                                              "where they stand."));
        QVERIFY(!dossier.body.contains(QStringLiteral("Study grant")));
        const DesktopNotification named = notificationFor(news.at(0), Detail::Detailed);
        QVERIFY2(named.summary.startsWith(QStringLiteral("Study grant: ")),
                 qPrintable(named.summary));

        const DesktopNotification message = notificationFor(news.at(1), Detail::Private);
        QVERIFY(!message.body.contains(QStringLiteral("Ville")));
        // Detailed text stays plain: the notifier escapes it for servers that read markup.
        QVERIFY(notificationFor(news.at(1), Detail::Detailed)
                    .body.contains(QStringLiteral("From: <b>Ville & Co</b>")));
        QCOMPARE(message.key, notificationKey(NewsKind::Message, QStringLiteral("sp-priv-marie")));
        QVERIFY(message.key != dossier.key);

        // In the person's language, switched at run time.
        m_languages.setLanguage(QStringLiteral("de"));
        QCOMPARE(notificationFor(news.at(0), Detail::Private).summary,
                 QStringLiteral("Ein Vorgang hat einen neuen Status"));
        m_languages.setLanguage(QStringLiteral("fr"));
        QCOMPARE(notificationFor(news.at(1), Detail::Private).summary,
                 QStringLiteral("Un nouveau message de l'administration"));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void theLedgerSurvivesARestartAndHoldsNoText()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notified.ini"));
        {
            NotificationLedger ledger(file);
            ToldState& told = ledger.space(QStringLiteral("sp/with/slashes"));
            (void)findNews(marie(), told, Now);
            ledger.certificates().insert(QStringLiteral("abc"));
            ledger.save();
        }
        NotificationLedger again(file);
        ToldState& told = again.space(QStringLiteral("sp/with/slashes"));
        QVERIFY(told.baseline);
        QCOMPARE(told.dossierStatus.size(), 2);
        QCOMPARE(told.accessesUpTo, 1000);
        QVERIFY(again.certificates().contains(QStringLiteral("abc")));
        QVERIFY(findNews(marie(), told, Now).isEmpty());
        QVERIFY(!again.space(QStringLiteral("another")).baseline);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        for (const char* personal : {"CEDIES", "CNS", "Study grant", "Parking"})
            QVERIFY2(!text.contains(personal), personal);
    }

    void theSnapshotCountsWhatThePagesCount()
    {
        SpaceFixture space;
        space.fillCatalogue({QStringLiteral("en")});
        space.fillMarie();
        space.fillMariesMessagesAndAccesses();
        const Result<SpaceSnapshot> snapshot =
            readSpaceSnapshot(*space.source, QStringLiteral("My private space"), 0);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().spaceId, space.source->spaceId());
        QVERIFY(!snapshot.value().dossiers.isEmpty());
        QVERIFY(!snapshot.value().unreadMessages.isEmpty());
        QVERIFY(!snapshot.value().accesses.isEmpty());
        // Accesses before the given instant are not even read.
        const Result<SpaceSnapshot> recent =
            readSpaceSnapshot(*space.source, QString(), std::numeric_limits<qint64>::max());
        QVERIFY(recent.ok());
        QVERIFY(recent.value().accesses.isEmpty());
        // A message whose read mark waits in the outbox is read.
        const QString first = snapshot.value().unreadMessages.first().id;
        QVERIFY(space.source->markMessageRead(first).ok());
        const Result<SpaceSnapshot> after = readSpaceSnapshot(*space.source, QString(), 0);
        QCOMPARE(after.value().unreadMessages.size(), snapshot.value().unreadMessages.size() - 1);
        QVERIFY(after.value().waitingOrRefused.isEmpty()); // a read mark is bookkeeping
    }

    void switchedOffKindsAreRecordedButNotShown()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("user.ini")),
                          dir.filePath(QStringLiteral("system.ini")));
        QVERIFY(settings.setValue(SettingKeys::NotifyMessages, false).ok());
        NotificationCenter center(settings, nullptr);
        QVERIFY(!center.isAvailable());
        QCOMPARE(center.describe(), QStringLiteral("no notification service"));
        SpaceFixture space;
        space.fillMarie();
        QSignalSpy shown(&center, &NotificationCenter::shown);
        center.spacesSynced(dir.filePath(QStringLiteral("notified.ini")),
                            {{space.source.get(), QStringLiteral("My private space")}});
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notified.ini"))));
        QCOMPARE(shown.size(), 0);
    }

    void theSettingsPanelKeepsChoicesAndRespectsLocks()
    {
        ShellFixture shell("[policy]\nlocked=notifications/showDetails\n"
                           "[notifications]\nshowDetails=false\n");
        shell.window->show();
        shell.window->showPage(QStringLiteral("settings"));
        auto* messages = shell.find<QCheckBox>(QStringLiteral("notifyMessages"));
        auto* details = shell.find<QCheckBox>(QStringLiteral("notifyDetails"));
        QVERIFY(messages->isChecked());
        messages->click();
        QCOMPARE(shell.settings->value(SettingKeys::NotifyMessages), false);
        QVERIFY(!details->isEnabled());
        QVERIFY(!details->isChecked());
        auto* note = shell.find<QLabel>(QStringLiteral("notificationSettingsNote"));
        QVERIFY(note->text().contains(QStringLiteral("administrat")));
        // Offscreen there is no notification area: closing would quit, and it says so.
        auto* keep = shell.find<QCheckBox>(QStringLiteral("keepRunning"));
        QVERIFY(!keep->isEnabled());
    }

    void startAtLoginWritesAnXdgAutostartEntry()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        const QString entry = StartAtLogin::location();
        QVERIFY2(entry.startsWith(home.path() + QStringLiteral("/autostart/")), qPrintable(entry));
        QVERIFY(!StartAtLogin::isEnabled());
        QVERIFY(StartAtLogin::setEnabled(true).ok());
        QVERIFY(StartAtLogin::isEnabled());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("Exec=\"") + QCoreApplication::applicationFilePath() +
                              QStringLiteral("\" --background\n")));
        file.close();
        // What session managers read: valid by the Desktop Entry specification.
        if (const QString validator =
                QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
            !validator.isEmpty()) {
            QProcess check;
            check.start(validator, {entry});
            QVERIFY(check.waitForFinished(30000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        }
        QVERIFY(StartAtLogin::setEnabled(false).ok());
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!StartAtLogin::isEnabled());
        // A folder that cannot be made: APP-009, nothing half-written.
        QFile blocker(home.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", blocker.fileName().toUtf8());
        const Status refused = StartAtLogin::setEnabled(true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QStringLiteral("APP-009"));
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
    }

    void diagnosticsSaysWhenNotificationsAreUnavailable()
    {
        Settings settings(m_dir.filePath(QStringLiteral("user.ini")),
                          m_dir.filePath(QStringLiteral("system.ini")));
        NotificationCenter center(settings, nullptr);
        ShellFixture shell(QByteArray(), false, [&center](ShellFixture& fixture) {
            fixture.context.notifications = &center;
        });
        shell.languages.setLanguage(QStringLiteral("en")); // the shell starts in French
        shell.window->show();
        shell.window->showPage(QStringLiteral("diagnostics"));
        auto* line = shell.find<QLabel>(QStringLiteral("diagnosticsNotifications"));
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(),
                 QStringLiteral("Desktop notifications are unavailable (no notification "
                                "service). The application works as usual; what changes is "
                                "shown only in its window."));
        shell.languages.setLanguage(QStringLiteral("de"));
        QVERIFY2(line->text().startsWith(QStringLiteral("Desktop-Benachrichtigungen sind nicht")),
                 qPrintable(line->text()));
    }

    void aClickLeadsToThePlaceInTheWindow()
    {
        SpaceFixture space;
        space.fillCatalogue({QStringLiteral("en")});
        space.fillMarie();
        space.fillMariesMessagesAndAccesses();
        space.source->setState(DataState::Ready);
        ShellFixture shell(QByteArray(), false, [&space](ShellFixture& fixture) {
            fixture.context.space = space.source.get();
        });
        shell.window->show();
        QVERIFY(openPlace(*shell.window, QStringLiteral("accesslog"), QString()));
        QCOMPARE(shell.window->currentPage()->pageId(), QStringLiteral("accesslog"));
        QVERIFY(!openPlace(*shell.window, QStringLiteral("no-such-page"), QString()));
    }

private:
    LanguageManager m_languages;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
