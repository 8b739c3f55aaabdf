// Being told (#21), end to end: the one composition of the portal side (PortalStack)
// signed in to the simulated portal over TLS on loopback, the real notification center
// and the real freedesktop notifier, talking over the test's private session bus
// (with-keyring.sh) to a fake notification server that records every Notify call.
// The portal's world moves between syncs (its clock moves a dossier on, an
// administration writes, a prefill logs accesses to the person's data), and the
// server must receive exactly the expected notifications: grouped, private by default,
// escaped for a server that reads markup, and a click leads to the right place.
#include "FakeNotifications.h"
#include "FreedesktopNotifier.h"
#include "LanguageManager.h"
#include "NotificationCenter.h"
#include "PersonalSpace.h"
#include "PortalServer.h"
#include "PortalStack.h"
#include "PortalTestClient.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SpaceIds.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace guichet;

namespace {

const QString PortalName = QStringLiteral("https://portal.test");
const QString Marie = QString::fromLatin1(sim::seed::kMariePrivateSpace);

// Texts that belong to the person or to an administration's letter: never in a
// private notification.
const QStringList PersonalTexts{QStringLiteral("Schmit"),       QStringLiteral("Marie"),
                                QStringLiteral("Vignette"),     QStringLiteral("Stationnement"),
                                QStringLiteral("Madame"),       QStringLiteral("Ministère"),
                                QStringLiteral("Pièce jointe"), QStringLiteral("CEDIES")};

QStringList summaries(const QJsonArray& received)
{
    QStringList list;
    for (const QJsonValue& value : received)
        list.append(value.toObject().value(QStringLiteral("summary")).toString());
    list.sort();
    return list;
}

// The application's wiring over one data folder: the real notifier (on whatever
// server the test started), the notification center with fresh settings, and the
// portal stack that tells it after every sync round.
struct ToldStack
{
    ToldStack(const net::PortalEndpoint& endpoint, const QString& folder,
              std::unique_ptr<Settings> settings)
        : options(std::move(settings)), center(*options, &notifier),
          stack(endpoint, PortalName, DataPaths(folder)),
          rounds(&stack.personal(), &PersonalSpace::roundSynced)
    {
        stack.tellThrough(center);
        stack.start();
    }

    notify::FreedesktopNotifier notifier;
    std::unique_ptr<Settings> options;
    notify::NotificationCenter center;
    PortalStack stack;
    QSignalSpy rounds;
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QTemporaryDir m_data;
    int m_messages = 0;
    LanguageManager m_languages;

    net::PortalEndpoint endpoint() const
    {
        net::PortalEndpoint portal;
        portal.url = m_server->baseUrl();
        portal.trust = net::TlsTrust({m_tls.caCertificate()});
        portal.proxy.mode = net::ProxySettings::Mode::None;
        portal.language = QStringLiteral("en");
        return portal;
    }

    // A fresh settings file: every kind on, private texts (the defaults).
    std::unique_ptr<Settings> settings()
    {
        const QString folder = m_data.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QDir().mkpath(folder);
        return std::make_unique<Settings>(folder + QStringLiteral("/user.ini"),
                                          folder + QStringLiteral("/system.ini"));
    }

    std::unique_ptr<ToldStack> toldStack(const char* folder)
    {
        return std::make_unique<ToldStack>(endpoint(), m_data.filePath(QLatin1String(folder)),
                                           settings());
    }

    // Signs in and waits for the first sync round (which only records: nothing is news yet).
    bool signInAndSync(ToldStack& told)
    {
        told.stack.sessions().signIn(std::make_unique<test::SimulatedTokenSigner>(
            m_token, QByteArray(sim::SimulatedToken::AuthenticationKeyId)));
        return QTest::qWaitFor([&] { return !told.rounds.isEmpty(); }, 90000);
    }

    bool syncAgain(ToldStack& told)
    {
        const qsizetype before = told.rounds.size();
        told.stack.personal().syncNow();
        return QTest::qWaitFor([&] { return told.rounds.size() > before; }, 60000);
    }

    // An administration writes to Marie in a conversation of its own.
    void administrationWrites(const QString& administration)
    {
        const QString n = QString::number(++m_messages);
        m_server->store().putItem(
            Marie, QStringLiteral("message"),
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("msg-test-%1").arg(n)},
                {QStringLiteral("threadId"), QStringLiteral("thr-test-%1").arg(n)},
                {QStringLiteral("dossierId"), QJsonValue::Null},
                {QStringLiteral("administration"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("adm-test")},
                             {QStringLiteral("name"), administration}}},
                {QStringLiteral("direction"), QStringLiteral("inbound")},
                {QStringLiteral("sender"), QStringLiteral("Service des tests")},
                {QStringLiteral("subject"), QStringLiteral("Pièce jointe manquante")},
                {QStringLiteral("body"), QStringLiteral("Madame Schmit, il manque une pièce.")},
                {QStringLiteral("sentAt"), m_server->clock().now().toString(Qt::ISODateWithMs)},
                {QStringLiteral("readAt"), QJsonValue::Null},
                {QStringLiteral("attachments"), QJsonArray()},
                {QStringLiteral("inReplyTo"), QJsonValue::Null},
                {QStringLiteral("version"), 1},
            });
    }

    // A form is prefilled: the portal reads authentic sources and logs each access.
    void prefill(PortalStack& stack)
    {
        test::PortalTestClient client(m_server->baseUrl(), m_tls.caCertificate());
        client.setAccessToken(stack.sessions().session()->accessToken);
        const test::PortalAnswer answer =
            client.mutate("POST", QStringLiteral("/api/v1/spaces/%1/prefill").arg(Marie),
                          QJsonObject{{QStringLiteral("formId"), QStringLiteral("F-STUDY-GRANT")}});
        QVERIFY2(answer.status == 200, answer.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        // The texts as an English-speaking person reads them (plural forms included).
        m_languages.setLanguage(QStringLiteral("en"));
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
    }

    void aSyncTellsWhatMovedOncePrivatelyAndAClickLeadsThere()
    {
        FakeNotifications server;
        QVERIFY(server.isRunning());
        const auto told = toldStack("first");
        QVERIFY2(told->notifier.isAvailable(), qPrintable(told->notifier.describe()));
        QVERIFY(told->notifier.describe().contains(QStringLiteral("fake-notification-server")));
        PortalStack& stack = told->stack;
        QVERIFY(signInAndSync(*told));
        // A first sign-in announces no history.
        QTest::qWait(300);
        QCOMPARE(server.received().size(), 0);

        // The world moves: a dossier goes into processing, an administration writes, a
        // prefill reads authentic sources.
        prefill(stack); // first: the access token is still fresh
        administrationWrites(QStringLiteral("Ministère des Tests"));
        m_server->clock().advance(3700);
        QVERIFY(syncAgain(*told));
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 3, 10000);
        const QJsonArray received = server.received();
        const QStringList shown = summaries(received);
        QVERIFY2(shown.contains(QStringLiteral("A dossier has a new status")),
                 qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("A new message from the administration")),
                 qPrintable(shown.join(u'|')));
        QVERIFY2(
            shown.filter(QRegularExpression(QStringLiteral("^\\d+ new accesses to your data$")))
                    .size() == 1,
            qPrintable(shown.join(u'|')));
        QJsonObject message;
        for (const QJsonValue& value : received) {
            const QJsonObject notification = value.toObject();
            QCOMPARE(notification.value(QStringLiteral("appName")).toString(),
                     QGuiApplication::applicationDisplayName());
            QCOMPARE(notification.value(QStringLiteral("replacesId")).toInteger(), 0);
            QVERIFY(notification.value(QStringLiteral("actions"))
                        .toArray()
                        .contains(QStringLiteral("default")));
            const QString words = notification.value(QStringLiteral("summary")).toString() + u' ' +
                                  notification.value(QStringLiteral("body")).toString();
            // Which space, never what: no names, no letter, no administration.
            QVERIFY2(words.contains(QStringLiteral("My private space")), qPrintable(words));
            for (const QString& personal : PersonalTexts)
                QVERIFY2(!words.contains(personal), qPrintable(words));
            if (words.contains(QStringLiteral("new message")))
                message = notification;
        }

        // A click on the message's notification leads to its conversation.
        QSignalSpy open(&told->center, &notify::NotificationCenter::openRequested);
        server.click(uint(message.value(QStringLiteral("id")).toInteger()));
        QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, 5000);
        QCOMPARE(open.first().at(0).toString(), Marie);
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("messages"));
        QCOMPARE(open.first().at(2).toString(), QStringLiteral("thr-test-1"));

        // Nothing new: nothing told, and nothing told twice.
        server.forget();
        QVERIFY(syncAgain(*told));
        QTest::qWait(300);
        QCOMPARE(server.received().size(), 0);
        stack.sessions().signOut();
    }

    void aRestartDoesNotTellAgain()
    {
        // Same person, same folder: the ledger in the person's folder remembers.
        FakeNotifications server;
        const auto told = toldStack("first");
        PortalStack& stack = told->stack;
        administrationWrites(QStringLiteral("Ministère des Tests"));
        QVERIFY(signInAndSync(*told));
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
        QTest::qWait(300);
        const QJsonArray received = server.received();
        QCOMPARE(received.size(), 1); // the new message only, not the ones told before
        QCOMPARE(received.first().toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("A new message from the administration"));
        const QDir folder = QFileInfo(stack.personal().source().seenFile()).dir();
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("notified.ini"))));
        stack.sessions().signOut();
    }

    void thousandsOfChangesMakeAHandfulAndSwitchedOffKindsStaySilent()
    {
        FakeNotifications server;
        const auto told = toldStack("many");
        QVERIFY(told->options->setValue(SettingKeys::NotifyAccesses, false).ok());
        PortalStack& stack = told->stack;
        QVERIFY(signInAndSync(*told));

        for (int i = 0; i < 1500; ++i)
            administrationWrites(QStringLiteral("Administration %1").arg(i % 40));
        prefill(stack); // accesses are switched off: not told
        QVERIFY(syncAgain(*told));
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
        QTest::qWait(300);
        const QJsonArray received = server.received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("1500 new messages from the administration"));
        stack.sessions().signOut();
    }

    void detailsAreEscapedForAServerThatReadsMarkup()
    {
        FakeNotifications server(true);
        const auto told = toldStack("markup");
        QVERIFY(told->options->setValue(SettingKeys::NotifyDetails, true).ok());
        PortalStack& stack = told->stack;
        QVERIFY(signInAndSync(*told));

        administrationWrites(QStringLiteral("<b>Tests & Co</b> <a href=\"x\">here</a>"));
        QVERIFY(syncAgain(*told));
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
        const QString body =
            server.received().first().toObject().value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral(
                     "From: &lt;b&gt;Tests &amp; Co&lt;/b&gt; &lt;a href=&quot;x&quot;&gt;here")),
                 qPrintable(body));
        QVERIFY(!body.contains(u'<'));
        stack.sessions().signOut();
    }

    void anEndedSessionIsToldInsteadOfAskingForThePin()
    {
        FakeNotifications server;
        const auto told = toldStack("expired");
        PortalStack& stack = told->stack;
        QVERIFY(signInAndSync(*told));
        QSignalSpy expired(&stack.sessions(), &SessionManager::sessionExpired);

        m_server->clock().advance(9 * 3600); // past the refresh token's lifetime
        stack.personal().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!expired.isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
        const QJsonObject ended = server.received().first().toObject();
        QCOMPARE(ended.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Sign in again to stay up to date"));
        QSignalSpy open(&told->center, &notify::NotificationCenter::openRequested);
        server.click(uint(ended.value(QStringLiteral("id")).toInteger()));
        QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, 5000);
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("signin"));
    }

    void withoutAServiceNothingIsShownAndDiagnosticsCanSaySo()
    {
        // No fake server on the bus: the notifier says why, the center swallows news.
        notify::FreedesktopNotifier notifier;
        QVERIFY(!notifier.isAvailable());
        QVERIFY2(notifier.describe().contains(QStringLiteral("no notification service")),
                 qPrintable(notifier.describe()));
        const auto options = settings();
        notify::NotificationCenter center(*options, &notifier);
        QVERIFY(!center.isAvailable());
        QSignalSpy shown(&center, &notify::NotificationCenter::shown);
        center.sessionEnded();
        QCOMPARE(shown.size(), 0);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
