// Training scenarios switch the simulated world at run time, and each one fails the
// real code path (here the diagnosis's walk to the portal) with its own code; going
// back to "everything works" needs no restart.
#include "CardChecks.h"
#include "ErrorCodes.h"
#include "PortalProbe.h"
#include "PortalThread.h"
#include "PortalTls.h"
#include "SimulatedToken.h"
#include "TrainingScenarios.h"

#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

class TestTrainingScenarios : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    sim::PortalThread m_portal;
    net::PortalEndpoint m_endpoint;

    QList<Check> walk()
    {
        net::PortalProbe probe(m_endpoint);
        QSignalSpy finished(&probe, &net::PortalProbe::finished);
        probe.start();
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<QList<Check>>();
    }

    static const Check* firstFailure(const QList<Check>& checks)
    {
        for (const Check& check : checks)
            if (check.state == CheckState::Failed)
                return &check;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Check>>();
        const Result<QUrl> url =
            m_portal.start({m_token.pki().caCertificateDer()}, m_tls.serverConfiguration());
        QVERIFY(url);
        m_endpoint.url = url.value();
        m_endpoint.trust = net::TlsTrust({m_tls.caCertificate()});
        m_endpoint.proxy.mode = net::ProxySettings::Mode::None;
    }

    void everyScenarioFailsWithItsCodeAndIsUndone_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("layer");
        for (const sim::TrainingScenario& scenario : sim::trainingScenarios()) {
            if (scenario.id.startsWith(QLatin1String("pin-")))
                continue; // the card's scenarios: below
            Layer layer = Layer::PortalAnswer;
            if (scenario.id == QLatin1String("portal-unreachable"))
                layer = Layer::Connection;
            else if (scenario.id == QLatin1String("clock-ten-minutes-off"))
                layer = Layer::Clock;
            QTest::newRow(qPrintable(scenario.id)) << scenario.id << int(layer);
        }
    }

    void everyScenarioFailsWithItsCodeAndIsUndone()
    {
        QFETCH(QString, id);
        QFETCH(int, layer);
        sim::TrainingWorld world(m_portal, m_token);
        QVERIFY(world.apply(id));
        QCOMPARE(world.current(), id);
        const QList<Check> checks = walk();
        const Check* failure = firstFailure(checks);
        QVERIFY2(failure, qPrintable(id));
        QCOMPARE(int(failure->layer), layer);
        QCOMPARE(failure->code, sim::findTrainingScenario(id)->expectedCode);

        // Back to normal, without a restart.
        QVERIFY(world.apply(QString()));
        for (const Check& check : walk())
            QVERIFY2(check.state == CheckState::Ok,
                     qPrintable(id + QStringLiteral(" left ") + diagnosis::layerId(check.layer)));
    }

    // The card's scenarios change the simulated card's own counter, read the way a real
    // card's is: by the card checks of the diagnosis (and My card, and the PIN dialog).
    void pinScenariosSetTheCardsCounter()
    {
        sim::TrainingWorld world(m_portal, m_token);
        const auto tokenCheck = [this] {
            CardDiagnostics report;
            report.tokens = m_token.tokens();
            for (const Check& check : cardChecks(report, true, QDateTime::currentDateTimeUtc()))
                if (check.layer == Layer::Token)
                    return check;
            return Check();
        };
        QVERIFY(world.apply(QStringLiteral("pin-one-try-left")));
        QCOMPARE(tokenCheck().state, CheckState::Warning);
        QCOMPARE(tokenCheck().value(QStringLiteral("pin-tries-left")), QStringLiteral("1"));

        QVERIFY(world.apply(QStringLiteral("pin-blocked")));
        QCOMPARE(tokenCheck().state, CheckState::Failed);
        QCOMPARE(tokenCheck().code,
                 sim::findTrainingScenario(QStringLiteral("pin-blocked"))->expectedCode);

        // Back to a fresh card without a restart.
        QVERIFY(world.apply(QString()));
        QCOMPARE(tokenCheck().state, CheckState::Ok);
        QCOMPARE(m_token.triesLeft(), sim::SimulatedToken::MaxTries);
    }

    void anUnknownScenarioIsRefused()
    {
        sim::TrainingWorld world(m_portal, m_token);
        const Status refused = world.apply(QStringLiteral("meteor-strike"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QLatin1String(ErrorCode::BadCommandLine));
    }
};

QTEST_GUILESS_MAIN(TestTrainingScenarios)
#include "tst_training_scenarios.moc"
