// Training scenarios switch the demo world at run time, and each one fails the real
// code path — the card service over the simulated PC/SC service and card, the
// diagnosis's walk to the portal — with its own code; going back to "everything
// works" needs no restart.
#include "CardChecks.h"
#include "CardService.h"
#include "CredentialStore.h"
#include "DemoWorld.h"
#include "ErrorCodes.h"
#include "KeychainProbe.h"
#include "PortalProbe.h"
#include "ScriptedPcsc.h"
#include "SimulatedToken.h"
#include "TrainingScenarios.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

class TestTrainingScenarios : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<sim::DemoWorld> m_world;
    std::unique_ptr<CardService> m_cards;
    net::PortalEndpoint m_endpoint;

    QList<Check> portalChecks()
    {
        net::PortalProbe probe(m_endpoint);
        QSignalSpy finished(&probe, &net::PortalProbe::finished);
        probe.start();
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<QList<Check>>();
    }

    QList<Check> cardLayerChecks()
    {
        QFuture<CardDiagnostics> report = m_cards->diagnostics();
        // The service lives on this thread: its answer comes through the event loop.
        for (int waited = 0; !report.isFinished() && waited < 5000; waited += 10)
            QTest::qWait(10);
        if (!report.isFinished())
            return {};
        return cardChecks(report.result(), QDateTime::currentDateTimeUtc());
    }

    static QList<Check> keychainChecks()
    {
        QFuture<QList<Check>> checks = keychainProbe().start();
        for (int waited = 0; !checks.isFinished() && waited < 5000; waited += 10)
            QTest::qWait(10);
        return checks.isFinished() ? checks.result() : QList<Check>{};
    }

    QList<Check> allChecks()
    {
        QList<Check> checks = cardLayerChecks();
        checks << portalChecks();
        return checks;
    }

    static const Check* firstFailure(const QList<Check>& checks)
    {
        for (const Check& check : checks)
            if (check.state == CheckState::Failed)
                return &check;
        return nullptr;
    }

    static QString describe(const QList<Check>& checks)
    {
        QStringList lines;
        for (const Check& check : checks)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(diagnosis::layerId(check.layer), QString::number(int(check.state)),
                              check.code);
        return lines.join(QStringLiteral("; "));
    }

    // The card service sees a change a moment later (its reader monitor polls the
    // service, the simulated card calls back): wait until the layer shows what is wanted.
    bool waitForCardLayer(Layer layer, CheckState state, const QString& code = {})
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            for (const Check& check : cardLayerChecks())
                if (check.layer == layer && check.state == state && check.code == code)
                    return true;
            QTest::qWait(100);
        }
        return false;
    }

    static Layer layerOf(const QString& id)
    {
        static const QMap<QString, Layer> layers{
            {QStringLiteral("no-card-service"), Layer::PcscService},
            {QStringLiteral("no-reader"), Layer::Readers},
            {QStringLiteral("reader-without-card"), Layer::Card},
            {QStringLiteral("unknown-card"), Layer::Card},
            {QStringLiteral("middleware-missing"), Layer::Card},
            {QStringLiteral("card-without-certificates"), Layer::Token},
            {QStringLiteral("certificate-expired"), Layer::Certificate},
            {QStringLiteral("certificate-not-yet-valid"), Layer::Certificate},
            {QStringLiteral("untrusted-root"), Layer::Certificate},
            {QStringLiteral("pin-blocked"), Layer::Token},
            {QStringLiteral("portal-unreachable"), Layer::Connection},
            {QStringLiteral("proxy-refusing"), Layer::Connection},
            {QStringLiteral("tls-certificate-untrusted"), Layer::Tls},
            {QStringLiteral("clock-ten-minutes-off"), Layer::Clock},
            {QStringLiteral("keychain-unavailable"), Layer::Keychain},
        };
        return layers.value(id, Layer::PortalAnswer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Check>>();
        QVERIFY(m_home.isValid());
        m_world = std::make_unique<sim::DemoWorld>(QString());
        m_cards = std::make_unique<CardService>(m_home.filePath(QStringLiteral("user.ini")),
                                                m_home.filePath(QStringLiteral("system.ini")), true,
                                                m_world->readers());
        m_cards->setModuleRoot(m_world->moduleRoot());
        m_cards->addTrustedRoot(m_world->cardRootDer());
        m_cards->addBackend(m_world->token());
        CardService* cards = m_cards.get();
        m_world->token()->setChangeCallback([cards] {
            QMetaObject::invokeMethod(cards, &CardService::refresh, Qt::QueuedConnection);
        });
        m_cards->start();
        // As the application does (app/DemoSetup): the keychain and the client's proxy.
        sim::TrainingWorld::Switches switches;
        switches.keychain = &CredentialStore::simulateNoKeychain;
        switches.proxy = [this](quint16 port) {
            m_endpoint.proxy.mode =
                port ? net::ProxySettings::Mode::Manual : net::ProxySettings::Mode::None;
            m_endpoint.proxy.host = QStringLiteral("127.0.0.1");
            m_endpoint.proxy.port = port;
        };
        m_world->setTrainingSwitches(switches);

        const Result<QUrl> url = m_world->startPortal();
        QVERIFY(url);
        m_endpoint.url = url.value();
        m_endpoint.trust = net::TlsTrust({m_world->portalCa()});
        m_endpoint.proxy.mode = net::ProxySettings::Mode::None;
    }

    void cleanupTestCase()
    {
        m_cards.reset(); // before the readers it watches
        m_world.reset();
    }

    // Without a scenario every layer the demo has is healthy, the simulated card in its
    // simulated reader included.
    void theDemoWorldIsHealthy()
    {
        QVERIFY(m_world->applyScenario(QString()));
        QVERIFY(waitForCardLayer(Layer::Card, CheckState::Ok));
        const QList<Check> checks = allChecks();
        QVERIFY2(!firstFailure(checks), qPrintable(describe(checks)));
        const auto card = std::find_if(checks.begin(), checks.end(),
                                       [](const Check& c) { return c.layer == Layer::Card; });
        QCOMPARE(card->subject, QLatin1String(sim::DemoWorld::ReaderName));
        QCOMPARE(card->value(QStringLiteral("used-through")), QStringLiteral("simulated token"));
    }

    void everyScenarioFailsWithItsCodeAndIsUndone_data()
    {
        QTest::addColumn<QString>("id");
        for (const sim::TrainingScenario& scenario : sim::trainingScenarios())
            if (!scenario.expectedCode.isEmpty())
                QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }

    void everyScenarioFailsWithItsCodeAndIsUndone()
    {
        QFETCH(QString, id);
        const QString code = sim::findTrainingScenario(id)->expectedCode;
        const Layer layer = layerOf(id);
        QVERIFY(m_world->applyScenario(id));
        const bool cardLayer = layer <= Layer::Certificate;
        if (cardLayer)
            QVERIFY2(waitForCardLayer(layer, CheckState::Failed, code),
                     qPrintable(describe(cardLayerChecks())));
        const QList<Check> checks = cardLayer                  ? cardLayerChecks()
                                    : layer == Layer::Keychain ? keychainChecks()
                                                               : portalChecks();
        const Check* failure = firstFailure(checks);
        QVERIFY2(failure, qPrintable(id));
        QCOMPARE(diagnosis::layerId(failure->layer), diagnosis::layerId(layer));
        QCOMPARE(failure->code, code);

        // Back to normal, without a restart.
        QVERIFY(m_world->applyScenario(QString()));
        QVERIFY(waitForCardLayer(Layer::Card, CheckState::Ok));
        QVERIFY(waitForCardLayer(Layer::Token, CheckState::Ok));
        const QList<Check> after = allChecks();
        QVERIFY2(!firstFailure(after), qPrintable(id + QStringLiteral(" left ") + describe(after)));
    }

    // The card's PIN counter is read the way a real card's is.
    void pinOneTryLeftWarns()
    {
        QVERIFY(m_world->applyScenario(QStringLiteral("pin-one-try-left")));
        QVERIFY(waitForCardLayer(Layer::Token, CheckState::Warning));
        for (const Check& check : cardLayerChecks())
            if (check.layer == Layer::Token)
                QCOMPARE(check.value(QStringLiteral("pin-tries-left")), QStringLiteral("1"));
        QVERIFY(m_world->applyScenario(QString()));
        QVERIFY(waitForCardLayer(Layer::Token, CheckState::Ok));
        QCOMPARE(m_world->token()->triesLeft(), sim::SimulatedToken::MaxTries);
    }

    // A reader with a keypad: the PIN is asked for there, never in a dialog.
    void pinPadReaderAsksOnTheKeypad()
    {
        QVERIFY(m_world->applyScenario(QStringLiteral("pin-pad-reader")));
        QVERIFY(waitForCardLayer(Layer::Token, CheckState::Ok));
        bool pinPad = false;
        for (const Check& check : cardLayerChecks())
            if (check.layer == Layer::Token)
                pinPad = check.value(QStringLiteral("pin-pad")) == QLatin1String("yes");
        QVERIFY(pinPad);
        QVERIFY(m_world->applyScenario(QString()));
    }

    void anUnknownScenarioIsRefused()
    {
        const Status refused = m_world->applyScenario(QStringLiteral("meteor-strike"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QLatin1String(ErrorCode::BadCommandLine));
    }
};

QTEST_GUILESS_MAIN(TestTrainingScenarios)
#include "tst_training_scenarios.moc"
